/**
 * TensorFlow.js through JSO: only the parts MaskAI calls (backends, graph models, tensors,
 * scopes), and {@link app.maskai.web.tf.TfFaceModels}, which runs the core's face pipeline on them.
 */
package app.maskai.web.tf;

/**
 * BlazeFace face detection maths: anchors, decoding the detector's raw output, non-maximum suppression.
 * Depends only on app.maskai.core.geometry; the model itself runs behind app.maskai.core.pipeline.FaceModels.
 */
package app.maskai.core.detect;

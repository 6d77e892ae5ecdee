/**
 * Inference off the page's thread: a dedicated Web Worker (js/worker.js loads TF.js and this
 * package's TeaVM build, js/maskai-worker.js) that owns the face models and the live
 * {@link app.maskai.core.track.Tracker}, and the page's side of its messages. See
 * docs/CONTRACTS.md, "Inference worker", for the messages.
 */
package app.maskai.web.worker;

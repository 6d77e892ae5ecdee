/**
 * The photo face pipeline: detect (the short-range detector on the photo and on tiles, four orientations), landmarks, back to full resolution.
 * Depends on app.maskai.core.geometry, .detect and .landmarks; the models run behind the FaceModels interface (the browser edge implements it).
 */
package app.maskai.core.pipeline;

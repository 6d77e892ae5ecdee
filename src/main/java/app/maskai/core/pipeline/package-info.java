/**
 * The photo face pipeline: detect (the short-range detector on the photo at 128² and at larger scales, four orientations), landmarks, back to full resolution.
 * Depends on app.maskai.core.geometry, .detect and .landmarks; the models run behind the FaceModels interface (the browser edge implements it).
 */
package app.maskai.core.pipeline;

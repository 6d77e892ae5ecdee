/**
 * The photo face pipeline: detect (short and full range, four orientations, tiles of large photos), landmarks, back to full resolution.
 * Depends on app.maskai.core.geometry, .detect and .landmarks; the models run behind the FaceModels interface (the browser edge implements it).
 */
package app.maskai.core.pipeline;

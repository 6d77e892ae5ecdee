/**
 * Fitting a mask's mesh to a face: where each mask vertex lands (landmarks, affine extra
 * vertices, rigid parts by a 3D similarity), per-face adjustments, the face's own axes, live
 * smoothing (One Euro) and the sensitivity presets. Depends on app.maskai.core.mask,
 * app.maskai.core.layout and the landmark constants of app.maskai.core.landmarks.
 */
package app.maskai.core.fit;

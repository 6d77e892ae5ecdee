/**
 * Fitting a mask's mesh to a face: where each mask vertex lands, from the face's landmarks.
 * Depends on app.maskai.core.mask (the MaskSpec) and the landmark layout of app.maskai.core.landmarks.
 */
package app.maskai.core.fit;

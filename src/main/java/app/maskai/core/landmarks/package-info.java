/**
 * FaceMesh landmark maths: the region of interest fed to the landmark model and the projection of its 468 points back to the image.
 * Depends on app.maskai.core.geometry and app.maskai.core.detect (a Detection seeds the region).
 */
package app.maskai.core.landmarks;

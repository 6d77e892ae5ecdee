/**
 * A development aid, not run by the build: Preview lays the generated masks on a photo to look at.
 * May depend on the core and on draw's TriangleRaster; it reads the generator's output files only.
 */
package app.maskai.masks.preview;

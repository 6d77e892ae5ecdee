/**
 * A development aid, not run by the build: Preview lays the generated masks on a photo to look at.
 * May depend on the core only; it reads the generator's output files, not its classes.
 */
package app.maskai.masks.preview;

/**
 * The mask generator's main class, {@link app.maskai.masks.MaskArt}: catalogue in, masks out.
 * May depend on the packages below it and on the core (app.maskai.core); nothing depends on it.
 */
package app.maskai.masks;

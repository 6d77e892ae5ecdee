/**
 * The catalogue's rows and styles (MaskDesign, Style) and one Painter per style, and their parts.
 * May depend on app.maskai.masks.draw and the core's mask metadata; not on output or MaskArt.
 */
package app.maskai.masks.paint;

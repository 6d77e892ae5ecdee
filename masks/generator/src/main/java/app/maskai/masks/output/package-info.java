/**
 * What the generator writes for a painted mask: its mesh as metadata, texture files, thumbnail.
 * May depend on app.maskai.masks.draw, app.maskai.masks.paint and the core; not on MaskArt.
 */
package app.maskai.masks.output;

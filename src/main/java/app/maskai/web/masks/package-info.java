/**
 * The mask library in the browser: fetches the manifest, the metadata (parsed and validated by
 * the core's {@code MaskSpecParser}) and the textures of the built-in masks from our origin.
 */
package app.maskai.web.masks;

/**
 * The one try-on flow, image → detect → landmarks → fit → render, that the page, the public API
 * and the live view share (TryOnEngine), its warm-up after start, and failures as sentences.
 * Depends on the core and on web.dom, web.masks, web.render and web.tf; nothing here knows the page.
 */
package app.maskai.web.tryon;

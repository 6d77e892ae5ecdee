/**
 * {@code window.MaskAI}, the public JavaScript API for embedding and automation (documented in
 * README.md). A thin adapter from JavaScript values to the {@code TryOnEngine}.
 */
package app.maskai.web.api;

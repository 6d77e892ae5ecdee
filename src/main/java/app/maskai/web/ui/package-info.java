/**
 * The one page: photo in (picker, drag and drop), mask gallery, result, download and discard,
 * status and diagnostics. Wires DOM events to the {@code TryOnEngine}; holds no face maths.
 */
package app.maskai.web.ui;

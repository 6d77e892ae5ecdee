/**
 * The settings' browser edge: localStorage for {@link app.maskai.core.settings.Settings}, the
 * theme on {@code <html data-theme>}, the Settings panel, "Clear all app data", and the privacy
 * policy's dialog and first-run notice. Depends on app.maskai.core.settings and the page's
 * public hooks (app.maskai.web.ui.Page, app.maskai.web.tryon.TryOnEngine).
 */
package app.maskai.web.settings;

/**
 * Getting a photo in and the result out, beyond the file picker and drop zone: paste from the
 * clipboard, Download in the chosen image quality, Share (Web Share API with files), and the
 * before/after comparison. Depends on the page's public hooks (app.maskai.web.ui.Page) and
 * app.maskai.core.settings.ImageQuality.
 */
package app.maskai.web.photo;

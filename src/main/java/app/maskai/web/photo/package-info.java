/**
 * Getting a photo in and the result out, beyond the file picker and drop zone: paste from the
 * clipboard, Download in the chosen image quality, Share (Web Share API with files), and the
 * before/after comparison. Reads the photo session (app.maskai.core.session.PhotoSession) for the
 * photo and the result's name; depends on app.maskai.core.settings.ImageQuality, never on the page.
 */
package app.maskai.web.photo;

/**
 * The photo page: FaceFinder brings each photo through the try-on flow (web.tryon) into the photo
 * session (core.session.PhotoSession), Page draws it, and the views show the session: PhotoInput
 * (picker, drag and drop), MaskGallery, ResultView (result, marks, busy state, download and
 * discard), SessionView (fit panel, selection, the summary), StatusLine, Diagnostics. Holds no
 * face maths.
 */
package app.maskai.web.ui;

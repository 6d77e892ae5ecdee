/**
 * The person's session with one photo: the photo on show, its faces, the masks and adjustments
 * chosen for them, the selected face, and what the status line says about it. No browser: the
 * page's views render it and listen to it. Depends on app.maskai.core.pipeline (Face) and
 * app.maskai.core.fit (FitAdjustment).
 */
package app.maskai.core.session;

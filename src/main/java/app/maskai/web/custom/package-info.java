/**
 * A person's own mask, for this session only: the file checks, the one-time edit of its pixels
 * (flat background removal, undoable), the six-anchor editor with a live preview on the photo,
 * and the session's custom masks (in the mask library, the gallery and {@code MaskAI.addMask}).
 * Depends on app.maskai.core.custom, core.layout and core.mask for the maths, and on the web
 * edge (masks, ui.Page, render, dom) for the rest. Nothing here is written to any storage.
 */
package app.maskai.web.custom;

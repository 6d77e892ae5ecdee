/**
 * JSO bindings for the browser APIs TeaVM's own bindings lack (ImageBitmap, fetch), with the
 * few JavaScript helpers the edge needs. Depends only on {@code org.teavm.jso}.
 */
package app.maskai.web.dom;

/**
 * Bindings for the browser APIs TeaVM's own lack, each class one subject: images, this app's
 * files, errors, plain JavaScript values, the clock, idle moments, pointer positions. Depends only
 * on {@code org.teavm.jso}.
 */
package app.maskai.web.dom;

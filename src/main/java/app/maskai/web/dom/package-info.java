/**
 * Bindings for the browser APIs TeaVM's own lack, each class one subject: images, this app's
 * files, errors, plain JavaScript values, the clock, idle moments and microtasks, pointer
 * positions, focus, layout and scrolling, dialogs, file drops, the console, the platform's
 * features. Depends only on {@code org.teavm.jso}.
 */
package app.maskai.web.dom;

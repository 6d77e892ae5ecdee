/**
 * Installable and offline: registers the service worker (src/main/webapp/sw.js, which precaches
 * one build's files) and tells the person when a new version is ready. Depends on the DOM only.
 */
package app.maskai.web.offline;

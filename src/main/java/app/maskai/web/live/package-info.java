/**
 * Live camera try-on: the camera (getUserMedia), the per-frame loop (video → core.track.Tracker →
 * fit → render) and the #live section's controls. Depends on core, web.tf, web.render, web.ui.
 */
package app.maskai.web.live;

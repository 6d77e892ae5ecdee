/**
 * Recording the live view (issue 14 §2): which container and codec to ask the browser's
 * MediaRecorder for, what the person sees while it records, and the WebM file's duration, which
 * MediaRecorder leaves out. Pure Java, no browser types.
 */
package app.maskai.core.record;

/**
 * Live video: follows faces from frame to frame over any {@link app.maskai.core.pipeline.FaceModels},
 * running the detector only when tracking is lost or on a schedule, and smooths the landmarks.
 * Depends on core.pipeline, core.landmarks, core.fit; no browser imports.
 */
package app.maskai.core.track;

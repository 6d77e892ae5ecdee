package app.maskai.core.pipeline;

/**
 * How far a photo is scaled down before inference.
 *
 * <p>MAX_SIDE is a project choice, not a model constant. The detectors see the whole photo at
 * 128 or 192 pixels and the landmark model a 192-pixel crop 1.5× the face, so extra resolution
 * only helps faces smaller than about 128 pixels; at a 1536-pixel long side a face a twentieth
 * of the photo wide still has about 77 pixels. Larger inputs cost time and GPU memory for nothing.
 */
public final class InferenceSize {
  /** Longest side of the inference image, in pixels. */
  public static final int MAX_SIDE = 1536;

  private InferenceSize() {
  }

  /** Scale factor to apply to a width×height photo: min(1, MAX_SIDE / max(width, height)). */
  public static float scaleFor(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
    }
    return Math.min(1f, (float) MAX_SIDE / Math.max(width, height));
  }
}

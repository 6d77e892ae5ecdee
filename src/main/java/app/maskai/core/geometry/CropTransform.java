package app.maskai.core.geometry;

/**
 * The projective transform that {@code tf.image.transform} needs to resample a {@link RotatedRect}
 * of an image into an outWidth×outHeight tensor.
 *
 * <p>{@code tf.image.transform(images, transforms, 'bilinear', fillMode, fillValue, [outH, outW])}
 * reads, for output pixel (x, y), the input at ((a0 x + a1 y + a2) / k, (b0 x + b1 y + b2) / k)
 * with k = c0 x + c1 y + 1 (all in pixel-index coordinates). We compute the coefficients the way
 * the reference does: tfjs-models shared/calculators/convert_image_to_tensor.ts builds MediaPipe's
 * 4×4 "rotated sub-rect to rect" matrix in normalised image coordinates
 * (get_rotated_sub_rect_to_rect_transformation_matrix.ts, after MediaPipe's
 * image_to_tensor_utils.cc), then image_utils.ts getProjectiveTransformMatrix rescales it from
 * normalised output to output pixels and from normalised input to input pixels. The result is
 * affine (c0 = c1 = 0) and equals {@link RotatedRect#cropToImage}.
 */
public final class CropTransform {
  private CropTransform() {
  }

  /** Returns [a0, a1, a2, b0, b1, b2, c0, c1] for {@code tf.image.transform}. */
  public static float[] forRect(RotatedRect rect, int imageWidth, int imageHeight, int outWidth,
      int outHeight) {
    if (imageWidth <= 0 || imageHeight <= 0 || outWidth <= 0 || outHeight <= 0) {
      throw new IllegalArgumentException("sizes must be positive: image " + imageWidth + "x"
          + imageHeight + ", output " + outWidth + "x" + outHeight);
    }
    // MediaPipe's matrix M = postScale * translate * rotate * scale * initialTranslate, mapping a
    // normalised output point (0..1) to a normalised image point. No horizontal flip here.
    double a = rect.width;
    double b = rect.height;
    double c = rect.cos();
    double d = rect.sin();
    double e = rect.cx;
    double f = rect.cy;
    double g = 1.0 / imageWidth;
    double h = 1.0 / imageHeight;
    double m00 = a * c * g;
    double m01 = -b * d * g;
    double m03 = (-0.5 * a * c + 0.5 * b * d + e) * g;
    double m10 = a * d * h;
    double m11 = b * c * h;
    double m13 = (-0.5 * b * c - 0.5 * a * d + f) * h;

    // getProjectiveTransformMatrix: output pixels -> normalised (1 / out size), then normalised
    // image -> image pixels (× image size).
    return new float[] {
        (float) ((1.0 / outWidth) * m00 * imageWidth),
        (float) ((1.0 / outHeight) * m01 * imageWidth),
        (float) (m03 * imageWidth),
        (float) ((1.0 / outWidth) * m10 * imageHeight),
        (float) ((1.0 / outHeight) * m11 * imageHeight),
        (float) (m13 * imageHeight),
        0f,
        0f};
  }
}

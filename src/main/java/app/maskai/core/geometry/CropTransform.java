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
        return forRect(rect, imageWidth, imageHeight, outWidth, outHeight, new float[8]);
    }

    /** {@link #forRect(RotatedRect, int, int, int, int)} into {@code dest} (8 floats), which it returns. */
    public static float[] forRect(RotatedRect rect, int imageWidth, int imageHeight, int outWidth,
            int outHeight, float[] dest) {
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
        dest[0] = (float) ((1.0 / outWidth) * m00 * imageWidth);
        dest[1] = (float) ((1.0 / outHeight) * m01 * imageWidth);
        dest[2] = (float) (m03 * imageWidth);
        dest[3] = (float) ((1.0 / outWidth) * m10 * imageHeight);
        dest[4] = (float) ((1.0 / outHeight) * m11 * imageHeight);
        dest[5] = (float) (m13 * imageHeight);
        dest[6] = 0f;
        dest[7] = 0f;
        return dest;
    }

    /**
     * The same crop as {@link #forRect}'s coefficients, as the matrix a 2D canvas draws the image
     * through ({@code setTransform(a, b, c, d, e, f)}: output = (a x + c y + e, b x + d y + f)).
     *
     * <p>{@code tf.image.transform} works in pixel-index coordinates (pixel i's centre at i) and
     * samples the input at A·o + t for output pixel index o; a canvas puts pixel i's centre at
     * i + 0.5 in both its own and the image's space. So the canvas's inverse map is
     * q ↦ A (q − ½) + t + ½, and this returns its inverse. With bilinear sampling both read the
     * same points of the image.
     *
     * @param coefficients [a0, a1, a2, b0, b1, b2, c0, c1] from {@link #forRect}; must be affine
     *     (c0 = c1 = 0) and invertible
     * @return {a, b, c, d, e, f}
     */
    public static double[] canvasMatrix(float[] coefficients) {
        return canvasMatrix(coefficients, new double[6]);
    }

    /** {@link #canvasMatrix(float[])} into {@code dest} (6 doubles), which it returns. */
    public static double[] canvasMatrix(float[] coefficients, double[] dest) {
        if (coefficients.length != 8 || coefficients[6] != 0f || coefficients[7] != 0f) {
            throw new IllegalArgumentException("expected 8 affine coefficients");
        }
        double a0 = coefficients[0];
        double a1 = coefficients[1];
        double b0 = coefficients[3];
        double b1 = coefficients[4];
        double det = a0 * b1 - a1 * b0;
        if (det == 0 || Double.isNaN(det) || Double.isInfinite(det)) {
            throw new IllegalArgumentException("the crop transform is not invertible");
        }
        // Inverse map's translation: t + ½ − A·(½, ½).
        double tx = coefficients[2] + 0.5 - 0.5 * (a0 + a1);
        double ty = coefficients[5] + 0.5 - 0.5 * (b0 + b1);
        double a = b1 / det;
        double b = -b0 / det;
        double c = -a1 / det;
        double d = a0 / det;
        dest[0] = a;
        dest[1] = b;
        dest[2] = c;
        dest[3] = d;
        dest[4] = -(a * tx + c * ty);
        dest[5] = -(b * tx + d * ty);
        return dest;
    }
}

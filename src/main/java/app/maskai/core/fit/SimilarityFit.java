package app.maskai.core.fit;

/**
 * The 3D similarity q ≈ s·R·p + t (uniform scale s, rotation R, translation t) that best fits
 * point pairs in the least-squares sense (Umeyama 1991, "Least-squares estimation of
 * transformation parameters between two point patterns", IEEE TPAMI 13(4)).
 *
 * <p>The rotation comes from Horn's closed form (Horn 1987, "Closed-form solution of absolute
 * orientation using unit quaternions", JOSA A 4(4)): the unit quaternion is the eigenvector of the
 * largest eigenvalue of a symmetric 4×4 matrix built from the cross-covariance of the centred
 * points, found here with cyclic Jacobi rotations (Golub and Van Loan, Matrix Computations,
 * §8.5), so no linear-algebra library is needed and R is always a proper rotation (det +1). The
 * scale is Umeyama's: s = Σ q'·R p' / Σ |p'|² with p', q' centred.
 *
 * <p>{@link #rotation} is row-major: x' = r[0] x + r[1] y + r[2] z. Mutable; {@link #fit} and
 * {@link #apply} allocate nothing. One instance per thread.
 */
public final class SimilarityFit {
    private static final int MAX_SWEEPS = 50;

    /** Uniform scale s. */
    public double scale = 1;
    /** Rotation R, row-major 3×3. */
    public final double[] rotation = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    /** Translation t. */
    public final double[] translation = new double[3];

    private final double[] n = new double[16];
    private final double[] v = new double[16];

    /**
     * Fits the similarity taking {@code from} points to {@code to} points over the given indices
     * (both flat x, y, z arrays; point i is at 3i). Returns false, leaving the identity, when the
     * {@code from} points all coincide.
     */
    public boolean fit(float[] from, float[] to, int[] indices) {
        int count = indices.length;
        double px = 0;
        double py = 0;
        double pz = 0;
        double qx = 0;
        double qy = 0;
        double qz = 0;
        for (int i = 0; i < count; i++) {
            int o = 3 * indices[i];
            px += from[o];
            py += from[o + 1];
            pz += from[o + 2];
            qx += to[o];
            qy += to[o + 1];
            qz += to[o + 2];
        }
        px /= count;
        py /= count;
        pz /= count;
        qx /= count;
        qy /= count;
        qz /= count;
        double sxx = 0;
        double sxy = 0;
        double sxz = 0;
        double syx = 0;
        double syy = 0;
        double syz = 0;
        double szx = 0;
        double szy = 0;
        double szz = 0;
        double spread = 0;
        for (int i = 0; i < count; i++) {
            int o = 3 * indices[i];
            double ax = from[o] - px;
            double ay = from[o + 1] - py;
            double az = from[o + 2] - pz;
            double bx = to[o] - qx;
            double by = to[o + 1] - qy;
            double bz = to[o + 2] - qz;
            sxx += ax * bx;
            sxy += ax * by;
            sxz += ax * bz;
            syx += ay * bx;
            syy += ay * by;
            syz += ay * bz;
            szx += az * bx;
            szy += az * by;
            szz += az * bz;
            spread += ax * ax + ay * ay + az * az;
        }
        if (!(spread > 0)) {
            setIdentity();
            return false;
        }
        // Horn's N (his eq. 4.10 in the notation S_ab = sum of a-component of p' times b of q').
        n[0] = sxx + syy + szz;
        n[1] = syz - szy;
        n[2] = szx - sxz;
        n[3] = sxy - syx;
        n[5] = sxx - syy - szz;
        n[6] = sxy + syx;
        n[7] = szx + sxz;
        n[10] = -sxx + syy - szz;
        n[11] = syz + szy;
        n[15] = -sxx - syy + szz;
        n[4] = n[1];
        n[8] = n[2];
        n[12] = n[3];
        n[9] = n[6];
        n[13] = n[7];
        n[14] = n[11];
        jacobi(n, v);
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (n[5 * k] > n[5 * best]) {
                best = k;
            }
        }
        double w = v[best];
        double x = v[4 + best];
        double y = v[8 + best];
        double z = v[12 + best];
        double norm = Math.sqrt(w * w + x * x + y * y + z * z);
        w /= norm;
        x /= norm;
        y /= norm;
        z /= norm;
        double[] r = rotation;
        r[0] = w * w + x * x - y * y - z * z;
        r[1] = 2 * (x * y - w * z);
        r[2] = 2 * (x * z + w * y);
        r[3] = 2 * (x * y + w * z);
        r[4] = w * w - x * x + y * y - z * z;
        r[5] = 2 * (y * z - w * x);
        r[6] = 2 * (x * z - w * y);
        r[7] = 2 * (y * z + w * x);
        r[8] = w * w - x * x - y * y + z * z;
        // Σ q'·R p' = trace(R Sᵀ) with S = Σ p' q'ᵀ.
        double along = r[0] * sxx + r[1] * syx + r[2] * szx
                + r[3] * sxy + r[4] * syy + r[5] * szy
                + r[6] * sxz + r[7] * syz + r[8] * szz;
        scale = along / spread;
        translation[0] = qx - scale * (r[0] * px + r[1] * py + r[2] * pz);
        translation[1] = qy - scale * (r[3] * px + r[4] * py + r[5] * pz);
        translation[2] = qz - scale * (r[6] * px + r[7] * py + r[8] * pz);
        return true;
    }

    /** Writes s·R·(x, y, z) + t into dest[offset..offset+2]. */
    public void apply(double x, double y, double z, float[] dest, int offset) {
        double[] r = rotation;
        dest[offset] = (float) (scale * (r[0] * x + r[1] * y + r[2] * z) + translation[0]);
        dest[offset + 1] = (float) (scale * (r[3] * x + r[4] * y + r[5] * z) + translation[1]);
        dest[offset + 2] = (float) (scale * (r[6] * x + r[7] * y + r[8] * z) + translation[2]);
    }

    public void setIdentity() {
        scale = 1;
        for (int i = 0; i < 9; i++) {
            rotation[i] = i % 4 == 0 ? 1 : 0;
        }
        translation[0] = 0;
        translation[1] = 0;
        translation[2] = 0;
    }

    /**
     * Cyclic Jacobi on the symmetric 4×4 {@code a} (row-major): on return its diagonal holds the
     * eigenvalues and column k of {@code vectors} the eigenvector of a[k][k].
     */
    static void jacobi(double[] a, double[] vectors) {
        for (int i = 0; i < 16; i++) {
            vectors[i] = i % 5 == 0 ? 1 : 0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double scaleOfA = 0;
            for (int p = 0; p < 4; p++) {
                scaleOfA += a[5 * p] * a[5 * p];
                for (int q = p + 1; q < 4; q++) {
                    off += a[4 * p + q] * a[4 * p + q];
                }
            }
            if (off <= 1e-30 * (scaleOfA + off) || off == 0) {
                return;
            }
            for (int p = 0; p < 3; p++) {
                for (int q = p + 1; q < 4; q++) {
                    double apq = a[4 * p + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[5 * q] - a[5 * p]) / (2 * apq);
                    double t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    // a <- Jᵀ a J, with J the rotation in the (p, q) plane.
                    for (int k = 0; k < 4; k++) {
                        double akp = a[4 * k + p];
                        double akq = a[4 * k + q];
                        a[4 * k + p] = c * akp - s * akq;
                        a[4 * k + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 4; k++) {
                        double apk = a[4 * p + k];
                        double aqk = a[4 * q + k];
                        a[4 * p + k] = c * apk - s * aqk;
                        a[4 * q + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < 4; k++) {
                        double vkp = vectors[4 * k + p];
                        double vkq = vectors[4 * k + q];
                        vectors[4 * k + p] = c * vkp - s * vkq;
                        vectors[4 * k + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
    }
}

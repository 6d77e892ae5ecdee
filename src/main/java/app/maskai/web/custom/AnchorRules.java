package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.core.layout.FaceLayout;

/**
 * Whether six anchors make a mask that can be worn, and if not, what to tell the person. Plain
 * Java on the arrays the core gives (no browser API), checked in this order:
 * <ol>
 *   <li>the chin (6) lies below the top of the nose bridge (1);
 *   <li>the wearer's right (2, 4) lies on the picture's left of the wearer's left (3, 5);
 *   <li>the thin-plate spline through the anchors does not fold the face: at most
 *       {@link #MAX_FOLDED_SHARE} of the face triangles' layout area lands mirrored on the
 *       picture (a fold shows as the mask turning inside out between points that cross).
 * </ol>
 * The first two are the folds people make most, with a message that says which points to move.
 */
final class AnchorRules {
    /** Mirrored share of the face's area tolerated: thin slivers along the oval may flip a little. */
    static final double MAX_FOLDED_SHARE = 0.01;

    private AnchorRules() {
    }

    /**
     * Null when the arrangement is fine, else a sentence for the person. {@code anchors}: 12
     * floats in {@link AnchorFit#ANCHOR_LANDMARKS} order; {@code texture}: the fit's texture
     * coordinates (2 per layout vertex) in a picture of {@code width} × {@code height}.
     */
    static String problem(float[] anchors, FaceLayout layout, float[] texture, int width, int height) {
        if (anchors[11] <= anchors[1]) {
            return "The chin (6) is above the top of the nose bridge (1): move the chin below it.";
        }
        if (anchors[2] >= anchors[4] || anchors[6] >= anchors[8]) {
            return "Right and left are swapped: the wearer's right (points 2 and 4) goes on the picture's left,"
                    + " their left (3 and 5) on its right.";
        }
        if (foldedShare(layout, texture, width, height) > MAX_FOLDED_SHARE) {
            return "Some points cross over others, so the mask would fold: put them back in the order the"
                    + " legend shows.";
        }
        return null;
    }

    /** Share of the face triangles' layout area whose picture triangle is wound the other way. */
    static double foldedShare(FaceLayout layout, float[] texture, int width, int height) {
        float[] uv = layout.uv();
        int[] triangles = layout.faceTriangles();
        double total = 0;
        double folded = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            int a = triangles[t];
            int b = triangles[t + 1];
            int c = triangles[t + 2];
            double layoutArea = cross(uv, a, b, c, 1, 1);
            double pictureArea = cross(texture, a, b, c, width, height);
            total += Math.abs(layoutArea);
            if (layoutArea * pictureArea < 0) {
                folded += Math.abs(layoutArea);
            }
        }
        return total == 0 ? 0 : folded / total;
    }

    /** Twice the signed area of triangle a, b, c of {@code points} (x, y pairs) scaled by sx, sy. */
    private static double cross(float[] points, int a, int b, int c, double sx, double sy) {
        double abx = (points[2 * b] - points[2 * a]) * sx;
        double aby = (points[2 * b + 1] - points[2 * a + 1]) * sy;
        double acx = (points[2 * c] - points[2 * a]) * sx;
        double acy = (points[2 * c + 1] - points[2 * a + 1]) * sy;
        return abx * acy - aby * acx;
    }
}

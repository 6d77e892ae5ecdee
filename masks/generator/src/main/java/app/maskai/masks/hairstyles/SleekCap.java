package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import app.maskai.masks.templates.Strands;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Hair pulled back smooth and tight over the skull from a natural hairline, the ears bare: what
 * the bun and the ponytail share. The hair thins out over the last few millimetres at the hairline.
 */
final class SleekCap {
    private SleekCap() {
    }

    /** The cap's outline: the skull a few millimetres out, down to over the ears, short sideburns in front. */
    static Path2D.Double outline(HairCanvas c) {
        List<Point2D.Double> half = new ArrayList<>(c.points(0, -14.15, 4.5, -13.3, 7.6, -10.7, 8.85, -7.2, 8.95,
                -4.7, 8.6, -3.55, 8.05, -3.35, 7.85, -2.3, 7.6, -1.7));
        // Inside the face's outline: the last few millimetres, where the hair thins out, lie on the skin.
        double[][] ring = {{7, -0.05}, {6, -0.07}, {5, -0.08}, {4, -0.06}, {3, -0.045}, {2, -0.035}, {1, -0.03}};
        for (double[] q : ring) {
            half.add(c.ring((int) q[0], q[1]));
        }
        half.add(c.ring(0, -0.03));
        return c.symmetric(half);
    }

    /** The cap as a mass: its hair running along {@code flow}, glossy, fine, thinning at the hairline. */
    static HairMass mass(HairCanvas c, Strands.Flow flow) {
        Relief.Form form = Relief.dome(c.face.x(0), c.face.y(-4.4), c.face.px(9.3), c.face.px(10.2), 1);
        return new HairMass(outline(c), flow, form)
                .density((x, y) -> {
                    double t = Math.max(0, Math.min(1, (1 - c.nearFace(x, y) - 0.25) / 0.6));
                    return t * t * (3 - 2 * t);
                })
                .occlusion((x, y) -> 1 - 0.15 * c.nearFace(x, y))
                .bevel(c.face.px(0.35), 0.25).gloss(1.25, -0.05).edge(2.5, 0.25, 0.25).grain(40, 0.7)
                .strands(3200, 70).strays(0, 0);
    }
}

package app.maskai.masks.hairstyles;

import app.maskai.masks.draw.Noise;
import app.maskai.masks.templates.Dice;
import app.maskai.masks.templates.Relief;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Big curls: a rounded cloud of afro-textured coils well over and round the head, framing the face
 * to the jaw, a soft hairline of coils over the forehead.
 */
final class CurlyPainter implements HairPainter {
    @Override
    public void paint(HairCanvas c) {
        Point2D.Double centre = c.cm(0, -5.5);
        Relief.Form form = Relief.dome(centre.x, centre.y, c.face.px(14.5), c.face.px(14), 1);
        Path2D.Double outline = outline(c);
        Area cloud = new Area(outline);
        // A bumpy rim: clumps of curls round the outline.
        Dice dice = new Dice(c.seed + 7);
        for (int i = 0; i < 44; i++) {
            double t = -Math.PI / 2 + (i + 0.5) / 44.0 * 2 * Math.PI;
            double y = -5.5 + 12.2 * Math.sin(t);
            if (y > 3.5) {
                continue;
            }
            double x = 13.3 * Math.cos(t);
            double r = c.face.px(1.1 + 0.6 * dice.next());
            Point2D.Double p = c.cm(x, y);
            cloud.add(new Area(new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r)));
        }
        cloud.subtract(new Area(inner(c)));

        // The mass under the coils: dark depth between them, swirling.
        int seed = c.seed;
        HairMass.Field thinning = (x, y) -> {
            double t = Math.max(0, Math.min(1, (1 - c.nearFace(x, y) - 0.3) / 0.45));
            return t * t * (3 - 2 * t);
        };
        new HairMass(cloud, (x, y) -> 4 * Math.PI * Noise.value(x / 38.0, y / 38.0, seed + 3), form)
                .shade(0.55).gloss(0.25, 0).edge(6, 0.9, 0.6).strands(0, 40).strays(0, 0).grain(14, 1.4)
                .occlusion((x, y) -> 1 - 0.3 * c.nearFace(x, y)).density(thinning).paint(c, c.seed + 1);

        Coils.Style coil = new Coils.Style(c.face.px(0.46), 2.0, 4, 1.5);
        // Coils spring from the cloud, thinning out at the hairline and by the face.
        Area core = new Area(cloud);
        core.subtract(new Area(c.clear));
        Coils.paint(c, core, thinning, form, centre, coil, 3000, 1.0, c.seed + 2);
        c.contactShadow(0.25);
    }

    /** The cloud's outline: round over the head, out to the sides, in under the ears to the neck. */
    private static Path2D.Double outline(HairCanvas c) {
        List<Point2D.Double> half = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            double t = -Math.PI / 2 + i / 10.0 * (Math.PI / 2 + 0.8);
            half.add(c.cm(13.6 * Math.cos(t), -5.5 + 12.4 * Math.sin(t)));
        }
        half.addAll(c.points(8.4, 5.6, 7.0, 7.6, 0, 8.6));
        return c.symmetric(half);
    }

    /** What the curls leave bare: the face below a hairline of coils, and the neck. */
    private static Path2D.Double inner(HairCanvas c) {
        List<Point2D.Double> half = new ArrayList<>(c.points(0, -7.7, 3.0, -7.5, 5.4, -6.8));
        double[][] ring = {{5, -0.02}, {6, 0.0}, {7, 0.02}, {8, 0.03}, {9, 0.035}, {10, 0.04}, {11, 0.06}, {12, 0.1}};
        for (double[] q : ring) {
            half.add(c.ring((int) q[0], q[1]));
        }
        half.addAll(c.points(6.0, 9.5, 4.8, 12, 0, 12));
        return c.symmetric(half);
    }
}

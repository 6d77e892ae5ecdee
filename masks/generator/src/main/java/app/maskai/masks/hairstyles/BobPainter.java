package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A sleek chin-length bob: a blunt fringe to just over the brows, smooth curtains down past the
 * cheeks whose ends turn under at the chin, the back of it seen behind the neck.
 */
final class BobPainter implements HairPainter {
    @Override
    public void paint(HairCanvas c) {
        Relief.Form form = Relief.dome(c.face.x(0), c.face.y(-1.5), c.face.px(11.5), c.face.px(16), 1);

        // Behind the neck: the back of the bob, in the head's shade.
        Area back = new Area(HairCanvas.outline(c.points(-7.2, 1, 7.2, 1, 7.4, 9.4, 0, 10.2, -7.4, 9.4)));
        back.subtract(new Area(c.neck()));
        new HairMass(back, (x, y) -> Math.PI / 2, form).shade(0.62).gloss(0.4, 0).strays(0, 0)
                .strands(600, 50).edge(3, 0.4, 0.3).paint(c, c.seed + 1);

        // The curtains and crown, parted nowhere: combed from the crown down and round.
        List<Point2D.Double> half = new ArrayList<>(c.points(0, -14.9, 4.6, -14.3, 8.2, -11.8, 10.0, -7.6,
                10.6, -3.0, 10.8, 1.5, 10.7, 5.5, 10.3, 8.4, 9.4, 9.75, 8.0, 10.15, 6.8, 9.85, 6.1, 8.9, 5.95, 7.6));
        double[][] inner = {{12, 0.05}, {11, 0.04}, {10, 0.035}, {9, 0.015}, {8, 0.005}, {7, 0.005}, {6, 0.0},
            {5, -0.03}};
        for (double[] q : inner) {
            half.add(c.ring((int) q[0], q[1]));
        }
        half.addAll(c.points(5.8, -6.9, 3.0, -7.9, 0, -8.2));
        Guides sides = new Guides(c.face.px(1.6))
                .addMirrored(c, c.points(0.4, -14.8, 4.8, -14.0, 8.5, -11.0, 10.3, -6, 10.6, 0, 10.4, 6, 9.6, 9.4,
                        8.2, 10.2))
                .addMirrored(c, c.points(0.3, -13.5, 4.0, -12.3, 7.4, -9, 9.0, -4, 9.1, 2, 8.8, 7, 7.9, 9.9))
                .addMirrored(c, c.points(0.2, -11.5, 3.5, -10.2, 6.5, -7.5, 7.6, -3.5, 7.7, 1, 7.1, 5.5, 6.4, 9.6));
        new HairMass(c.symmetric(half), sides, form)
                .occlusion((x, y) -> 1 - 0.2 * c.nearFace(x, y))
                .edge(4, 0.5, 0.15).strands(3000, 70).strays(14, 40).paint(c, c.seed + 2);

        // The fringe, combed forward from the crown in a fan, cut straight over the brows.
        Point2D.Double fan = c.cm(0, -19);
        List<Point2D.Double> fringe = c.points(0, -14.6, 4.4, -14.0, 7.6, -11.6, 8.9, -8.6, 8.6, -6.2, 7.7, -4.5,
                6.6, -4.85, 5.4, -5.35, 3.4, -5.7, 1.2, -5.85, 0, -5.88);
        new HairMass(c.symmetric(fringe), (x, y) -> Math.atan2(y - fan.y, x - fan.x), form)
                .edge(2.5, 0.45, 0.3).strands(2200, 60).strays(8, 25).shadow(0.45).paint(c, c.seed + 3);
        c.contactShadow(0.3);
    }
}

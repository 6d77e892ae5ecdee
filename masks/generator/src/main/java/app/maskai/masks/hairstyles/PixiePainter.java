package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A textured pixie cut: short and close at the sides with the ears bare, lifted on top, and a
 * piecey fringe swept from a parting on the picture's left across the forehead, its points ending
 * over the brows.
 */
final class PixiePainter implements HairPainter {
    @Override
    public void paint(HairCanvas c) {
        Relief.Form form = Relief.dome(c.face.x(0), c.face.y(-4.5), c.face.px(9.6), c.face.px(11.5), 1);
        Point2D.Double crown = c.cm(0.5, -11.5);

        // The cap: crown and sides, cropped close over the ears, short sideburns in front of them.
        List<Point2D.Double> half = new ArrayList<>(c.points(0, -15.4, 3.2, -15.1, 6.2, -13.7, 8.3, -11.0,
                9.1, -7.6, 9.2, -5.2, 8.8, -3.7, 8.1, -3.3, 7.85, -2.2, 7.6, -1.3));
        half.add(c.ring(7, -0.02));
        half.add(c.ring(6, -0.04));
        half.add(c.ring(5, -0.06));
        half.addAll(c.points(5.6, -7.4, 3.0, -8.1, 0, -8.3));
        new HairMass(c.symmetric(half), (x, y) -> Math.atan2(y - crown.y, x - crown.x), form)
                .occlusion((x, y) -> 1 - 0.25 * c.nearFace(x, y))
                .edge(3, 0.5, 0.35).gloss(0.7, 0).grain(34, 0.9).strands(2600, 36).strays(40, 18).paint(c, c.seed + 1);

        // The fringe: pieces swept down to the right from the parting, pointed tips.
        List<Point2D.Double> fringe = c.points(-2.2, -15.2, -5.4, -14.3, -7.6, -12.0, -8.5, -9.0, -7.7, -6.9,
                -6.3, -7.3, -5.1, -6.7, -4.3, -7.2, -2.7, -6.3, -1.9, -6.8, -0.2, -6.0, 0.7, -6.6, 2.6, -5.95,
                3.4, -6.6, 5.2, -6.0, 5.9, -6.7, 7.6, -5.5, 8.5, -7.4, 8.6, -10.0, 7.2, -12.6, 4.5, -14.6, 1.0, -15.4);
        Guides sweep = new Guides(c.face.px(1.2))
                .add(c.points(-2.0, -15.0, -0.5, -12.5, 2.5, -9.0, 5.2, -6.0))
                .add(c.points(-3.5, -14.6, -2.5, -11.5, -0.6, -8.4, 2.6, -5.95))
                .add(c.points(-5.5, -13.8, -4.8, -11.0, -3.3, -8.2, -0.2, -6.0))
                .add(c.points(-7.4, -11.5, -7.0, -9.2, -5.0, -7.6, -2.7, -6.3))
                .add(c.points(-8.2, -9.5, -7.8, -7.8, -5.1, -6.7))
                .add(c.points(0.5, -15.2, 3.5, -12.6, 6.2, -9.2, 7.6, -5.5))
                .add(c.points(3.5, -14.8, 6.5, -12.3, 8.2, -8.8, 7.8, -6.0));
        List<Point2D.Double> notches = c.points(-5.1, -6.7, -1.9, -6.8, 0.7, -6.6, 3.4, -6.6, 5.9, -6.7, -6.3, -7.3);
        new HairMass(HairCanvas.outline(fringe), sweep, form)
                .edge(2.2, 0.6, 0.4).gloss(0.8, 0).grain(36, 0.9).strands(2200, 44).strays(24, 20)
                .partings(notches, c.face.px(3.2)).shadow(0.45).paint(c, c.seed + 2);
        c.contactShadow(0.3);
    }
}

package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * A top bun: the hair drawn up smooth from the hairline to a round knot on the crown, its coils
 * wound round and tucked, the tie showing under it.
 */
final class BunPainter implements HairPainter {
    /** The knot's middle and half-width and half-height, centimetres. */
    private static final double BUN_X = 0;
    private static final double BUN_Y = -16.1;
    private static final double BUN_RX = 3.7;
    private static final double BUN_RY = 2.95;

    @Override
    public void paint(HairCanvas c) {
        Point2D.Double bun = c.cm(BUN_X, BUN_Y);
        double rx = c.face.px(BUN_RX);
        double ry = c.face.px(BUN_RY);
        Shape knot = HairCanvas.outline(List.of(
                c.cm(BUN_X, BUN_Y - BUN_RY), c.cm(BUN_X + BUN_RX * 0.75, BUN_Y - BUN_RY * 0.72),
                c.cm(BUN_X + BUN_RX, BUN_Y + 0.1), c.cm(BUN_X + BUN_RX * 0.72, BUN_Y + BUN_RY * 0.72),
                c.cm(BUN_X, BUN_Y + BUN_RY), c.cm(BUN_X - BUN_RX * 0.72, BUN_Y + BUN_RY * 0.72),
                c.cm(BUN_X - BUN_RX, BUN_Y - 0.1), c.cm(BUN_X - BUN_RX * 0.75, BUN_Y - BUN_RY * 0.72)));
        // The twist: a spiral of shade wound twice from the middle out.
        Path2D.Double spiral = new Path2D.Double();
        for (int i = 0; i <= 160; i++) {
            double t = i / 160.0;
            double a = -2.3 + t * 2 * Math.PI * 1.75;
            double s = 0.18 + 0.74 * t;
            double x = bun.x + Math.cos(a) * rx * s;
            double y = bun.y + Math.sin(a) * ry * s;
            if (i == 0) {
                spiral.moveTo(x, y);
            } else {
                spiral.lineTo(x, y);
            }
        }
        Shape twist = new BasicStroke((float) c.face.px(0.16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(spiral);
        new HairMass(knot, (x, y) -> Math.atan2(y - bun.y, x - bun.x) + Math.PI / 2 + 0.3,
                Relief.dome(bun.x, bun.y, rx * 1.05, ry * 1.1, 1))
                .bevel(c.face.px(0.5), 0.6).gloss(1.1, 0).edge(2.5, 0.5, 0.4).grain(26, 1).strands(1400, 40)
                .strays(22, 22).marks(twist).paint(c, c.seed + 1);

        // The tie round the knot's foot, half hidden by the crown.
        Point2D.Double foot = c.cm(BUN_X, -14.3);
        c.solid(new Ellipse2D.Double(foot.x - c.face.px(2.3), foot.y - c.face.px(0.36), c.face.px(4.6),
                c.face.px(0.72)),
                Relief.dome(foot.x, foot.y, c.face.px(2.4), c.face.px(0.4), 1), 0x2b2523, 0.6);

        // The cap, combed up to the knot, over its foot.
        Point2D.Double root = c.cm(BUN_X, BUN_Y);
        SleekCap.mass(c, (x, y) -> Math.atan2(root.y - y, root.x - x)).shadow(0.4).paint(c, c.seed + 2);
    }
}

package app.maskai.masks.hairstyles;

import app.maskai.masks.templates.Relief;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * A high ponytail: the hair drawn up smooth from the hairline to a tie high at the back of the
 * crown; the tail springs up over the crown on the picture's right and falls behind the head past
 * the shoulder, seen beside the head.
 */
final class PonytailPainter implements HairPainter {
    @Override
    public void paint(HairCanvas c) {
        // The tail, behind the head: up from the tie, over, and down beside the neck.
        Tube tail = new Tube(c.points(3.2, -13.4, 6.3, -15.7, 9.9, -15.1, 12.2, -12.2, 13.1, -8.0, 13.0, -3.4,
                12.4, 1.2, 12.8, 5.6, 12.2, 9.6, 11.2, 12.6),
                new double[] {c.face.px(1.8), c.face.px(2.1), c.face.px(2.35), c.face.px(2.3), c.face.px(2.15),
                    c.face.px(1.95), c.face.px(1.7), c.face.px(1.35), c.face.px(0.8), c.face.px(0.15)});
        Area shape = new Area(tail.outline());
        shape.subtract(new Area(head(c)));
        Guides flow = new Guides(c.face.px(1.0));
        for (double offset = -0.7; offset <= 0.71; offset += 0.35) {
            flow.add(tail.strand(offset));
        }
        new HairMass(shape, flow, tail).shade(0.9).edge(3, 0.5, 0.25).grain(50, 1).strands(2600, 90)
                .strays(30, 50).paint(c, c.seed + 1);

        // The tie, where the tail leaves the head.
        Point2D.Double tie = c.cm(3.9, -14.0);
        double tw = c.face.px(0.45);
        double th = c.face.px(1.75);
        Shape band = AffineTransform.getRotateInstance(-0.85, tie.x, tie.y)
                .createTransformedShape(new Ellipse2D.Double(tie.x - tw, tie.y - th, 2 * tw, 2 * th));
        c.solid(band, Relief.dome(tie.x, tie.y, tw * 2, th, 1), 0x2b2523, 0.6);

        // The cap, combed up and back to the tie.
        Point2D.Double root = c.cm(2.8, -16.5);
        SleekCap.mass(c, (x, y) -> Math.atan2(root.y - y, root.x - x)).shadow(0.4).paint(c, c.seed + 2);
    }

    /** The head and neck as they hide what lies behind them: skull, face, ears, neck. */
    private static Area head(HairCanvas c) {
        Area head = new Area(SleekCap.outline(c));
        head.add(new Area(new Ellipse2D.Double(c.face.x(-8.45), c.face.y(-13.7), c.face.px(16.9), c.face.px(19))));
        head.add(new Area(c.face.ringPolygon(0.02)));
        head.add(new Area(c.neck()));
        for (int side = -1; side <= 1; side += 2) {
            Point2D.Double ear = c.cm(side * 8.15, -1.0);
            head.add(new Area(new Ellipse2D.Double(ear.x - c.face.px(1.1), ear.y - c.face.px(2.5), c.face.px(2.2),
                    c.face.px(5))));
        }
        return head;
    }
}

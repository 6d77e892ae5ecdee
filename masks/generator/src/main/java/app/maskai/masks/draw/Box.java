package app.maskai.masks.draw;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/** A rectangle of texels, [x0, x1) × [y0, y1). */
public record Box(int x0, int y0, int x1, int y1) {
    public static Box around(Shape shape, int margin, int size) {
        Rectangle2D r = shape.getBounds2D();
        return new Box(Math.max(0, (int) Math.floor(r.getMinX()) - margin),
                Math.max(0, (int) Math.floor(r.getMinY()) - margin),
                Math.min(size, (int) Math.ceil(r.getMaxX()) + margin),
                Math.min(size, (int) Math.ceil(r.getMaxY()) + margin));
    }

    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1),
                Math.max(y1, o.y1));
    }

    int width() {
        return Math.max(0, x1 - x0);
    }

    int height() {
        return Math.max(0, y1 - y0);
    }
}

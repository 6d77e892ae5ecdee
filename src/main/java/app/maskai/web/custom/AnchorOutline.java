package app.maskai.web.custom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * What the anchor editor's canvas shows: the person's picture, and the outline through the six
 * anchors with the centre line from the nose bridge to the chin.
 */
final class AnchorOutline {
    /** The outline's order of anchors: nose, right cheek, right jaw, chin, left jaw, left cheek. */
    private static final int[] OUTLINE = {0, 1, 3, 5, 4, 2};

    private AnchorOutline() {
    }

    /**
     * Draws {@code picture} (a {@code width} × {@code height} picture, drawn scaled) on
     * {@code canvas}, and the outline through {@code anchors} (12 floats, picture pixels); red and
     * dashed when {@code problem}.
     */
    static void draw(HTMLCanvasElement canvas, HTMLCanvasElement picture, float[] anchors, int width, int height,
            boolean problem) {
        float[] points = new float[2 * OUTLINE.length];
        for (int i = 0; i < OUTLINE.length; i++) {
            points[2 * i] = anchors[2 * OUTLINE[i]] / width;
            points[2 * i + 1] = anchors[2 * OUTLINE[i] + 1] / height;
        }
        drawOutline(canvas, picture, Float32Array.copyFromJavaArray(points), problem);
    }

    /**
     * Draws the picture scaled to the canvas (sized to its CSS box times the device pixel ratio),
     * then the outline through {@code points} (x, y pairs, 0..1 of the picture) and the centre
     * line from the nose bridge to the chin: a wide light stroke under a narrow dark one, so the
     * lines show on any picture; red when the arrangement is impossible.
     */
    @JSBody(params = {"canvas", "picture", "points", "problem"}, script = "var r = window.devicePixelRatio || 1;"
            + " var w = Math.max(1, Math.round(canvas.clientWidth * r)), h = Math.max(1, Math.round(canvas.clientHeight * r));"
            + " if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }"
            + " var g = canvas.getContext('2d'); g.clearRect(0, 0, w, h); g.imageSmoothingQuality = 'high';"
            + " g.drawImage(picture, 0, 0, w, h);"
            + " var n = points.length / 2; g.lineJoin = 'round';"
            + " function path() { g.beginPath(); for (var i = 0; i < n; i++) { var x = points[2 * i] * w, y = points[2 * i + 1] * h;"
            + " if (i === 0) g.moveTo(x, y); else g.lineTo(x, y); } g.closePath();"
            + " g.moveTo(points[0] * w, points[1] * h); g.lineTo(points[6] * w, points[7] * h); }"
            + " path(); g.strokeStyle = 'rgba(255,255,255,0.85)'; g.lineWidth = 4 * r; g.stroke();"
            + " path(); g.strokeStyle = problem ? '#d0312d' : '#1f5fd0'; g.lineWidth = 2 * r;"
            + " g.setLineDash(problem ? [6 * r, 4 * r] : []); g.stroke(); g.setLineDash([]);")
    private static native void drawOutline(HTMLCanvasElement canvas, HTMLCanvasElement picture, Float32Array points,
            boolean problem);
}

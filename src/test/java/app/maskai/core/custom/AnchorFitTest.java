package app.maskai.core.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.layout.RealLayout;
import org.junit.jupiter.api.Test;

class AnchorFitTest {
    private static final FaceLayout LAYOUT = RealLayout.LAYOUT;

    @Test
    void knowsTheAnchorsLayoutUv() {
        for (int i = 0; i < 6; i++) {
            int landmark = AnchorFit.ANCHOR_LANDMARKS[i];
            assertEquals(LAYOUT.uv()[2 * landmark], AnchorFit.ANCHOR_UV[2 * i], 1e-6f);
            assertEquals(LAYOUT.uv()[2 * landmark + 1], AnchorFit.ANCHOR_UV[2 * i + 1], 1e-6f);
        }
    }

    @Test
    void placesEachAnchorLandmarkOnItsAnchor() {
        float[] anchors = {512, 200, 330, 420, 700, 410, 200, 760, 820, 770, 515, 980};
        AnchorFit fit = AnchorFit.fromAnchors(anchors, LAYOUT);
        float[] p = new float[2];
        for (int i = 0; i < 6; i++) {
            fit.imagePointOf(AnchorFit.ANCHOR_LANDMARKS[i], p);
            assertEquals(anchors[2 * i], p[0], 1e-2);
            assertEquals(anchors[2 * i + 1], p[1], 1e-2);
        }
    }

    @Test
    void startsWithTheAnchorsSpanningTheMiddleOfThePicture() {
        float[] anchors = AnchorFit.defaultAnchors(1000, 500);
        assertEquals(12, anchors.length);
        // Jaw corners at the left and right 10 % lines, nose top at the top 10 % line, chin at 90 %.
        assertEquals(100, anchors[6], 1e-3);
        assertEquals(900, anchors[8], 1e-3);
        assertEquals(50, anchors[1], 1e-3);
        assertEquals(450, anchors[11], 1e-3);
        assertEquals(500, anchors[0], 1);
    }

    @Test
    void defaultAnchorsFitAnAffineMapOfTheLayout() {
        // The default is a scale and shift of the layout uv, so the whole layout follows it.
        AnchorFit fit = AnchorFit.fromAnchors(AnchorFit.defaultAnchors(800, 800), LAYOUT);
        float[] a = new float[2];
        float[] b = new float[2];
        fit.imagePointOf(234, a);
        fit.imagePointOf(454, b);
        assertTrue(a[0] < 100 && b[0] > 700, a[0] + ", " + b[0]);
        float[] tex = fit.textureCoordinates(800, 800);
        assertEquals(2 * 576, tex.length);
        fit.imagePointOf(300, a);
        assertEquals(a[0] / 800, tex[600], 1e-6);
        assertEquals(a[1] / 800, tex[601], 1e-6);
    }

    @Test
    void refusesTheWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class,
                () -> AnchorFit.fromAnchors(new float[10], LAYOUT));
        float[] nan = AnchorFit.defaultAnchors(100, 100);
        nan[3] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> AnchorFit.fromAnchors(nan, LAYOUT));
    }
}

package app.maskai.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.geometry.RotatedRect;
import org.junit.jupiter.api.Test;

class SearchScaleTest {
    @Test
    void putsTheNarrowestFaceLookedForAtTheFloor() {
        // A 100-px face in a 512-px photo: faces of 50 px looked for, 20.48 × 512 / 50 = 209.7 → 224.
        assertEquals(224, SearchScale.sideFor(50, 512));
        assertTrue(SearchScale.reach(224, 512) <= 50);
        assertEquals(46.8f, SearchScale.reach(224, 512), 0.05f);
        // Exact multiples stay: faces of 81.92 px at 128.
        assertEquals(128, SearchScale.sideFor(81.92f, 512));
        assertEquals(81.92f, SearchScale.wholeReach(512), 1e-3f);
    }

    @Test
    void keepsThePhotosShapeRoundedUpToTheStride() {
        DetectorSpec spec = SearchScale.spec(208, 640, 480);
        assertEquals(208, spec.inputWidth);
        assertEquals(160, spec.inputHeight); // 156 rounded up
        RotatedRect region = SearchScale.region(spec, 208, 640, 480);
        assertEquals(320, region.cx, 1e-3f);
        assertEquals(240, region.cy, 1e-3f);
        assertEquals(640, region.width, 1e-3f);
        assertEquals(160 * 640f / 208, region.height, 1e-3f);

        DetectorSpec portrait = SearchScale.spec(320, 300, 1000);
        assertEquals(96, portrait.inputWidth); // 300 × 0.32 = 96
        assertEquals(320, portrait.inputHeight);
        assertEquals(16, SearchScale.spec(256, 2000, 10).inputHeight); // never under one stride
    }
}

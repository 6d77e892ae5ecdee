package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FaceFrameTest {
    private static float[] face(float x33, float y33, float x263, float y263, float x10, float y10,
            float x152, float y152) {
        float[] lm = new float[1404];
        lm[99] = x33;
        lm[100] = y33;
        lm[789] = x263;
        lm[790] = y263;
        lm[30] = x10;
        lm[31] = y10;
        lm[456] = x152;
        lm[457] = y152;
        return lm;
    }

    @Test
    void findsTheAxesOfAnUprightFace() {
        FaceFrame f = FaceFrame.of(face(100, 100, 140, 100, 120, 60, 120, 180));
        assertEquals(120, f.originX, 0f);
        assertEquals(100, f.originY, 0f);
        assertEquals(40, f.interOcular, 0f);
        assertEquals(1, f.rightX, 0f);
        assertEquals(0, f.rightY, 0f);
        assertEquals(0, f.downX, 0f);
        assertEquals(1, f.downY, 0f);
    }

    @Test
    void followsATiltedFace() {
        // Eyes along (3, 4)/5, 50 px apart; the chin lies on the (-4, 3) side.
        FaceFrame f = FaceFrame.of(face(0, 0, 30, 40, 10, 0, -30, 60));
        assertEquals(50, f.interOcular, 1e-5f);
        assertEquals(0.6f, f.rightX, 1e-6f);
        assertEquals(0.8f, f.rightY, 1e-6f);
        assertEquals(-0.8f, f.downX, 1e-6f);
        assertEquals(0.6f, f.downY, 1e-6f);
    }

    @Test
    void pointsDownTheFaceWhenTheImageIsFlipped() {
        FaceFrame f = FaceFrame.of(face(100, 100, 140, 100, 120, 180, 120, 60));
        assertEquals(0, f.downX, 0f);
        assertEquals(-1, f.downY, 0f);
    }
}

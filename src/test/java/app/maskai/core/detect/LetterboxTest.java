package app.maskai.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.maskai.core.geometry.RotatedRect;
import org.junit.jupiter.api.Test;

class LetterboxTest {
    @Test
    void squaresTheLongSideAboutTheImageCentre() {
        RotatedRect tall = Letterbox.square(300, 500, 0);
        assertEquals(150f, tall.cx);
        assertEquals(250f, tall.cy);
        assertEquals(500f, tall.width);
        assertEquals(500f, tall.height);
        RotatedRect wide = Letterbox.square(641, 480, 1.5f);
        assertEquals(320.5f, wide.cx);
        assertEquals(641f, wide.height);
        assertEquals(1.5f, wide.rotation);
    }
}

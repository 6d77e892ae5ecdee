package app.maskai.core.occlusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.hands.Hand;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcclusionTest {
    private static final List<float[]> FACE = List.of(new float[] {100, 100, 80, 100});

    @Test
    void theLandmarkBoxSpansEveryPoint() {
        float[] landmarks = {10, 20, 0, 30, 5, -4, 25, 40, 2};
        assertArrayEquals(new float[] {10, 5, 20, 35}, Occlusion.landmarkBox(landmarks));
    }

    @Test
    void aHandOverTheMouthIsMattedInItsBoxGrownByThreeQuarters() {
        Hand hand = new Hand(0.9f, 120, 160, 40, 40, "fist");
        assertArrayEquals(new int[] {90, 130, 190, 230}, Occlusion.handRegion(hand, FACE, 640, 480));
    }

    @Test
    void aHandBesideTheFaceWithinHalfItsSizeReachesTheMaskButOneFartherDoesNot() {
        // The face's box reaches x 180; half its width on, to 220.
        assertTrue(Occlusion.handRegion(new Hand(0.9f, 210, 120, 30, 30, "hand"), FACE, 640, 480) != null);
        assertNull(Occlusion.handRegion(new Hand(0.9f, 225, 120, 30, 30, "hand"), FACE, 640, 480));
        assertNull(Occlusion.handRegion(new Hand(0.9f, 120, 160, 40, 40, "hand"), List.of(), 640, 480));
    }

    @Test
    void theRegionStaysInsideTheImage() {
        Hand hand = new Hand(0.9f, -10, 150, 80, 80, "hand");
        int[] r = Occlusion.handRegion(hand, FACE, 120, 200);
        assertArrayEquals(new int[] {0, 90, 120, 200}, r);
    }

    @Test
    void mattesJoinIntoOneRectangleTheGreatestValueAPixel() {
        byte[] hand = new byte[4 * 2];
        hand[0] = (byte) 200;
        hand[7] = (byte) 100;
        byte[] hair = new byte[2 * 2];
        hair[3] = (byte) 250;
        byte[] empty = new byte[3 * 3];
        Occlusion joined = Occlusion.union(List.of(new int[] {10, 10, 14, 12}, new int[] {12, 11, 14, 13},
                new int[] {0, 0, 3, 3}), List.of(hand, hair, empty), 1, 100, 100);
        assertEquals(10, joined.x);
        assertEquals(10, joined.y);
        assertEquals(4, joined.width);
        assertEquals(3, joined.height);
        assertEquals(1, joined.hands);
        assertTrue(joined.hair);
        assertEquals(200, joined.alpha[0] & 0xFF);
        assertEquals(100, joined.alpha[4 + 3] & 0xFF); // the hand's last pixel, (13, 11)
        assertEquals(250, joined.alpha[2 * 4 + 3] & 0xFF); // the hair's last pixel, (13, 12)
    }

    @Test
    void mattesWithNoPixelMakeNoOcclusion() {
        assertNull(Occlusion.union(List.of(new int[] {0, 0, 2, 2}), List.of(new byte[4]), 1, 10, 10));
        Occlusion hairOnly = Occlusion.union(List.of(new int[] {0, 0, 2, 2}, new int[] {4, 4, 5, 5}),
                List.of(new byte[4], new byte[] {1}), 1, 10, 10);
        assertEquals(0, hairOnly.hands);
        assertTrue(hairOnly.hair);
        assertEquals(1, hairOnly.width);
    }

    @Test
    void handsSurviveBeingPackedForAnotherThread() {
        List<Hand> hands = List.of(new Hand(0.8f, 1, 2, 3, 4, "fist"), new Hand(0.6f, 5, 6, 7, 8, "point"));
        float[] packed = Occlusion.pack(hands);
        assertEquals(2 * Occlusion.VALUES_PER_HAND, packed.length);
        List<Hand> back = Occlusion.unpack(packed);
        assertEquals(2, back.size());
        assertEquals("fist", back.get(0).kind);
        assertEquals("point", back.get(1).kind);
        assertEquals(7, back.get(1).width);
        assertEquals("hand", Occlusion.unpack(new float[] {0.5f, 0, 0, 1, 1, 99}).get(0).kind);
        assertFalse(Occlusion.unpack(new float[5]).size() > 0);
    }

    @Test
    void aMatteMustHaveAValueForEveryPixel() {
        assertThrows(IllegalArgumentException.class, () -> new Occlusion(0, 0, 3, 3, new byte[8], 0, false));
    }
}

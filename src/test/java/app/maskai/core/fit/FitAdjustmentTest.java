package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FitAdjustmentTest {
    @Test
    void startsAtNothingChanged() {
        FitAdjustment none = FitAdjustment.NONE;
        assertEquals(1f, none.scale);
        assertEquals(0f, none.offsetY);
        assertEquals(0f, none.rotationDegrees);
        assertEquals(1f, none.opacity);
        assertTrue(none.enabled);
        assertNull(none.maskId);
        assertTrue(none.movesNothing());
    }

    @Test
    void changesOneFieldPerCopy() {
        FitAdjustment a = FitAdjustment.NONE.withScale(1.5f).withOffsetY(-0.25f).withRotation(-10f)
                .withOpacity(0.5f).withEnabled(false).withMaskId("lace-black");
        assertEquals(1.5f, a.scale);
        assertEquals(-0.25f, a.offsetY);
        assertEquals(-10f, a.rotationDegrees);
        assertEquals(0.5f, a.opacity);
        assertFalse(a.enabled);
        assertEquals("lace-black", a.maskId);
        assertFalse(a.movesNothing());
        assertEquals(1f, FitAdjustment.NONE.scale, "NONE is unchanged");
        assertEquals(a, FitAdjustment.NONE.withScale(1.5f).withOffsetY(-0.25f).withRotation(-10f)
                .withOpacity(0.5f).withEnabled(false).withMaskId("lace-black"));
        assertEquals(a.hashCode(), a.withMaskId("lace-black").hashCode());
        assertNotEquals(a, a.withMaskId(null));
        assertEquals(FitAdjustment.NONE, FitAdjustment.NONE.withOffsetY(-0f));
        assertEquals(FitAdjustment.NONE.hashCode(), FitAdjustment.NONE.withOffsetY(-0f).hashCode());
    }

    @Test
    void refusesValuesOutsideTheirRanges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FitAdjustment.NONE.withScale(2.5f));
        assertEquals("scale = 2.5 is outside 0.5..2.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FitAdjustment.NONE.withScale(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> FitAdjustment.NONE.withOffsetY(0.6f));
        assertThrows(IllegalArgumentException.class, () -> FitAdjustment.NONE.withRotation(-31f));
        assertThrows(IllegalArgumentException.class, () -> FitAdjustment.NONE.withOpacity(1.01f));
    }
}

package app.maskai.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FitSensitivityTest {
    @Test
    void mapsToTheContractsDetectionScores() {
        assertEquals(0.6f, FitSensitivity.RELAXED.minDetectionScore);
        assertEquals(0.5f, FitSensitivity.BALANCED.minDetectionScore);
        assertEquals(0.45f, FitSensitivity.PRECISE.minDetectionScore);
        assertEquals(FitSensitivity.BALANCED, FitSensitivity.DEFAULT);
    }

    @Test
    void smoothsLessAsItGetsMorePrecise() {
        assertTrue(FitSensitivity.RELAXED.minCutoff < FitSensitivity.BALANCED.minCutoff);
        assertTrue(FitSensitivity.BALANCED.minCutoff < FitSensitivity.PRECISE.minCutoff);
        assertTrue(FitSensitivity.RELAXED.beta < FitSensitivity.PRECISE.beta);
    }
}

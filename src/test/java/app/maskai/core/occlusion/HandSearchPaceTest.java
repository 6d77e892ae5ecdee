package app.maskai.core.occlusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HandSearchPaceTest {
    @Test
    void aSlowLiveViewThinsTheSearchOutAndAFastOneBringsItBack() {
        HandSearchPace pace = new HandSearchPace();
        assertEquals(400, pace.intervalMs());
        assertEquals(800, pace.update(24));
        assertEquals(1600, pace.update(19));
        assertEquals(3200, pace.update(20));
        assertEquals(3200, pace.update(10), "no slower than the slowest");
        assertEquals(3200, pace.update(38), "between the bounds it stays");
        assertEquals(3200 / 1.5, pace.update(55), 1e-9);
        for (int i = 0; i < 10; i++) {
            pace.update(60);
        }
        assertEquals(400, pace.intervalMs(), "no faster than the fastest");
        assertEquals(1000, pace.keptMs());
    }

    @Test
    void anUnknownRateChangesNothingAndResetGoesBackToTheFastest() {
        HandSearchPace pace = new HandSearchPace();
        assertEquals(400, pace.update(0));
        pace.update(12);
        assertEquals(800, pace.intervalMs());
        assertEquals(1400, pace.keptMs());
        pace.reset();
        assertEquals(400, pace.intervalMs());
    }
}

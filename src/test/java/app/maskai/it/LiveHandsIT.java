package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.serve.StaticServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §1 in the live view: a hand in front of the face stays in front of the mask on the
 * camera too. The fake camera plays the astronaut with HandsIT's public-domain fist over her
 * mouth, swaying. A person turns on the live view's "Keep hands in front of the mask" (beside
 * Use camera) and presses Use camera: the live view looks for hands every 0.4 s (in the hands worker) and
 * draws the ones it found in front of the mask on each frame for a second after; turned off, it
 * stops. Writes target/screenshots/live-hands.png.
 */
class LiveHandsIT {
    private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(60);
    /** Samples of MaskAI.live, 100 ms apart, once the hand has been found. */
    private static final int SAMPLES = 20;
    /** The share of them that must draw the hand in front (the search runs every 0.4 s, its result kept 1 s). */
    private static final double MIN_SHARE = 0.8;

    private static StaticServer server;
    private static Browser browser;
    private static Path fist;

    @BeforeAll
    static void start() throws Exception {
        fist = HandsIT.fistOverMouth("it-live-hands");
        Path video = fist.resolveSibling("fist-over-mouth.y4m");
        LiveCameraIT.writeVideo(fist, video);
        server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
        browser = LiveCameraIT.withCamera(server, video);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theHandStaysInFrontOfTheMaskOnTheCamera() throws Exception {
        browser.find("#live-hands-in-front").click();
        browser.find("#live-toggle").click();
        browser.waitFor(LIVE_TIMEOUT, "the live view to draw the fist in front of the mask", d -> {
            Map<String, Object> live = Browser.asMap(browser.execute("return window.MaskAI.live;"));
            return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 20
                    && live.get("handsInFront") instanceof Number n && n.intValue() >= 1;
        });
        Map<String, Object> sampled = Browser.asMap(browser.call("""
                const counts = [];
                for (let i = 0; i < args[0]; i++) {
                  counts.push(MaskAI.live.handsInFront || 0);
                  await new Promise(resolve => setTimeout(resolve, 100));
                }
                return {counts, fps: MaskAI.live.fps, frames: MaskAI.live.frames};
                """, SAMPLES));
        List<?> counts = (List<?>) sampled.get("counts");
        long inFront = counts.stream().filter(c -> ((Number) c).intValue() >= 1).count();
        System.out.printf("live view with the fist: the hand drawn in front on %d of %d samples; %s frames/s%n",
                inFront, counts.size(), sampled.get("fps"));
        // What a person sees (the live canvas, read as LiveCameraIT reads it), to look at.
        String picture = (String) browser.execute("""
                const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                c.getContext('2d').drawImage(document.getElementById('live-view'), 0, 0, 640, 480);
                return c.toDataURL('image/png');
                """);
        Images.writeDataUrl(picture, LiveSite.screenshots().resolve("live-hands.png"));

        // Turned off: no hand drawn in front from the next frame on.
        browser.find("#live-hands-in-front").click();
        browser.waitFor(Duration.ofSeconds(10), "the live view to stop keeping the hand in front", d -> {
            Object count = Browser.asMap(browser.execute("return window.MaskAI.live;")).get("handsInFront");
            return count instanceof Number n && n.intValue() == 0;
        });
        browser.find("#live-toggle").click();
        assertAll(
                () -> assertTrue(inFront >= MIN_SHARE * counts.size(), String.format("the fist drawn in front on %d of"
                        + " %d samples (at least %.0f %%): %s", inFront, counts.size(), 100 * MIN_SHARE, counts)),
                () -> assertEquals(List.of(), browser.consoleErrors(), "console errors"));
    }
}

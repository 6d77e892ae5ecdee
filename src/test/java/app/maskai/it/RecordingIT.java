package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.record.WebmDuration;
import app.maskai.serve.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §2: Record / Stop in the live view, on a still fake camera (the astronaut at a known
 * place, so that what the camera showed is known at every moment): a 5 s recording is a WebM of
 * 5 ± 0.5 s, by its own blocks and by the Duration it declares, that the browser plays with that
 * length and whose frames show the mask; Discard lets it go and revokes its URL.
 */
class RecordingIT {
    private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(90);
    private static final double RECORD_SECONDS = 5.0;
    /** The fewest frames a second a recording keeps here (3.0–4.7 measured with two busy loops beside it). */
    private static final int MIN_FRAMES_A_SECOND = 1;
    /** "loads" or "fails": whether a new video element can read the metadata at args[0]. */
    private static final String PROBE = """
            const probe = document.createElement('video');
            probe.muted = true;
            const outcome = await new Promise(resolve => {
              probe.addEventListener('loadedmetadata', () => resolve('loads'), {once: true});
              probe.addEventListener('error', () => resolve('fails'), {once: true});
              probe.src = args[0];
            });
            probe.removeAttribute('src');
            probe.load();
            return outcome;
            """;

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createDirectories(LiveSite.buildDir().resolve("it-recording"));
        Path video = folder.resolve("astronaut-still.y4m");
        LiveCameraIT.writeVideo(LiveSite.testData().resolve("faces/astronaut.png"), video, 30, false);
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
    void aFiveSecondRecordingIsAWebmOfFiveSecondsThatShowsTheMaskAndDiscardLetsItGo() throws Exception {
        TryOnPage page = new TryOnPage(browser);
        page.recordStatus();
        assertTrue(Boolean.TRUE.equals(browser.execute("return document.getElementById('live-record').disabled;")),
                "Record waits for the camera");
        browser.find("#live-toggle").click();
        browser.waitFor(LIVE_TIMEOUT, "the live view to follow the face", d -> {
            Map<String, Object> live = Browser.asMap(browser.execute("return window.MaskAI.live;"));
            return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 20
                    && ((Number) live.get("faces")).intValue() == 1;
        });
        List<?> box = (List<?>) ((List<?>) Browser.asMap(browser.execute("return window.MaskAI.live;")).get("boxes")).get(0);

        browser.find("#live-record").click();
        Map<String, Object> during = Browser.asMap(browser.call("""
                const button = document.getElementById('live-record');
                await new Promise(resolve => setTimeout(resolve, args[0] * 1000));
                const time = document.getElementById('live-record-time');
                const seen = {pressed: button.getAttribute('aria-pressed'), label: button.textContent,
                    timeShown: !time.hidden, time: time.textContent};
                button.click();
                return seen;
                """, RECORD_SECONDS));
        assertEquals("true", during.get("pressed"), "Record is pressed while it records: " + during);
        assertEquals("Stop recording", during.get("label"));
        assertTrue(Boolean.TRUE.equals(during.get("timeShown")), "the timer is on show");
        assertTrue(Pattern.matches("0:0[45] of 0:30 · \\d+ KB", String.valueOf(during.get("time"))),
                "the timer: the time of the longest and the size so far: " + during.get("time"));

        // The encoder may lag the live view on a busy machine; Stop lets it finish the frames taken.
        browser.waitFor(Duration.ofSeconds(60), "the recording on show", d -> Boolean.TRUE.equals(browser.execute(
                "return !document.getElementById('recording').hidden;")));
        Map<String, Object> file = Browser.asMap(browser.execute("""
                return {url: document.getElementById('recording-preview').src, focused: document.activeElement.id,
                    summary: document.getElementById('recording-summary').textContent,
                    pressed: document.getElementById('live-record').getAttribute('aria-pressed')};
                """));
        // The bytes as a person gets them: Download.
        browser.find("#recording-download").click();
        Path downloaded = browser.waitFor(Duration.ofSeconds(30), "a downloaded recording in " + browser.downloadDir(),
                d -> {
                    try (Stream<Path> files = Files.list(browser.downloadDir())) {
                        return files.filter(f -> f.getFileName().toString().matches("maskai-recording-\\d{8}-\\d{6}\\.webm"))
                                .findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
        byte[] webm = Files.readAllBytes(downloaded);
        Files.write(LiveSite.buildDir().resolve("it-recording").resolve("recording-" + Browser.build() + ".webm"), webm);
        double spanMs = WebmDuration.span(webm);
        int frames = WebmDuration.frames(webm);
        double declaredMs = WebmDuration.declared(webm);

        // The browser plays it with that length, and a frame in the middle shows the mask: the
        // lower face differs from what the camera showed there, the background does not.
        Map<String, Object> played = Browser.asMap(browser.call("""
                const preview = document.getElementById('recording-preview'), b = args[0];
                if (preview.readyState < 1) await new Promise(resolve => preview.addEventListener('loadedmetadata', resolve, {once: true}));
                const duration = preview.duration;
                preview.currentTime = 2.5;
                await new Promise(resolve => preview.addEventListener('seeked', resolve, {once: true}));
                function pixels(draw) {
                  const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                  const g = c.getContext('2d'); draw(g); return g.getImageData(0, 0, 640, 480).data;
                }
                const photo = new Image(); photo.src = '/__test__/faces/astronaut.png'; await photo.decode();
                const camera = pixels(g => { g.fillStyle = 'rgb(128,128,128)'; g.fillRect(0, 0, 640, 480);
                    g.imageSmoothingQuality = 'high'; g.drawImage(photo, 120, 40, 400, 400); });
                const frame = pixels(g => g.drawImage(preview, 0, 0, 640, 480));
                function meanDiff(x0, y0, x1, y1) {
                  let sum = 0, n = 0;
                  for (let y = Math.round(y0); y < Math.round(y1); y++)
                    for (let x = Math.round(x0); x < Math.round(x1); x++) {
                      const i = 4 * (y * 640 + x);
                      for (let k = 0; k < 3; k++) { sum += Math.abs(frame[i + k] - camera[i + k]); n++; }
                    }
                  return sum / n;
                }
                const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                c.getContext('2d').drawImage(preview, 0, 0, 640, 480);
                return {duration, width: preview.videoWidth, height: preview.videoHeight,
                    mouth: meanDiff(b[0] + 0.3 * b[2], b[1] + 0.7 * b[3], b[0] + 0.7 * b[2], b[1] + 0.9 * b[3]),
                    forehead: meanDiff(b[0] + 0.35 * b[2], b[1] + 0.05 * b[3], b[0] + 0.65 * b[2], b[1] + 0.2 * b[3]),
                    corner: meanDiff(4, 4, 100, 30), picture: c.toDataURL('image/png')};
                """, box));
        Images.writeDataUrl((String) played.get("picture"), LiveSite.screenshots().resolve("recording-frame.png"));
        browser.screenshot(LiveSite.screenshots().resolve("recording.png"));
        System.out.printf("recording: %d bytes, %s; %d frames over %.0f ms, %.0f ms declared, %s s in the browser;"
                + " %s×%s; mean difference from the camera: mouth %.1f, forehead %.1f, corner %.1f%n", webm.length,
                downloaded.getFileName(), frames, spanMs, declaredMs, played.get("duration"),
                played.get("width"), played.get("height"), number(played, "mouth"), number(played, "forehead"),
                number(played, "corner"));

        List<String> axe = Axe.serious(browser, "the live view with a recording on show");
        List<String> axeControls = Axe.within(browser, "the recording's controls", "#live");
        String url = (String) file.get("url");
        String before = (String) browser.call(PROBE, url);
        browser.find("#recording-discard").click();
        Map<String, Object> after = Browser.asMap(browser.execute("""
                const preview = document.getElementById('recording-preview');
                return {hidden: document.getElementById('recording').hidden, src: preview.getAttribute('src'),
                    focused: document.activeElement.id};
                """));
        String afterDiscard = (String) browser.call(PROBE, url);

        assertAll(
                () -> assertEquals(0x1A45DFA3, ((webm[0] & 0xFF) << 24) | ((webm[1] & 0xFF) << 16)
                        | ((webm[2] & 0xFF) << 8) | (webm[3] & 0xFF), "an EBML file"),
                () -> assertEquals(RECORD_SECONDS * 1000, declaredMs, 500, "it declares 5 ± 0.5 s"),
                () -> assertTrue(declaredMs > spanMs, "its " + frames + " frames, over " + spanMs
                        + " ms, within the duration it declares"),
                // A busy device may keep fewer than the 30 a second asked for (each then shown
                // longer), but the live view must go on being shown, and so recorded: 1 frame in 5 s
                // was a page that Chromium no longer showed (LiveLoop draws at animation frames).
                () -> assertTrue(frames >= MIN_FRAMES_A_SECOND * RECORD_SECONDS, "at least "
                        + MIN_FRAMES_A_SECOND + " frames a second: " + frames + " over " + spanMs + " ms"),
                () -> assertTrue(played.get("duration") instanceof Number n
                        && Math.abs(n.doubleValue() - declaredMs / 1000) < 0.05,
                        "the browser plays it for the duration it declares (not Infinity): " + played.get("duration")),
                () -> assertEquals(640L, ((Number) played.get("width")).longValue()),
                () -> assertTrue(number(played, "mouth") > 25, "the mask over the mouth: " + played.get("mouth")),
                () -> assertTrue(number(played, "forehead") < 12, "the forehead as the camera saw it: "
                        + played.get("forehead")),
                () -> assertTrue(number(played, "corner") < 8, "the background as the camera saw it: "
                        + played.get("corner")),
                () -> assertEquals(List.of(), axe, "serious or critical axe-core violations"),
                () -> assertEquals(List.of(), axeControls, "axe-core violations of any impact in #live"),
                () -> assertEquals("recording-download", file.get("focused"), "focus goes to Download"),
                () -> assertEquals("false", file.get("pressed")),
                () -> assertTrue(String.valueOf(file.get("summary")).matches("0:0[45] · [\\d.]+ [KM]B · WEBM"),
                        "summary: " + file.get("summary")),
                () -> assertEquals("loads", before, "a new video element plays the recording's URL before Discard"),
                () -> assertEquals("fails", afterDiscard, "the URL is revoked after Discard"),
                () -> assertTrue(downloaded.getFileName().toString().endsWith(".webm")),
                () -> assertTrue(Boolean.TRUE.equals(after.get("hidden")), "the recording is gone from the page"),
                () -> assertEquals(null, after.get("src"), "the preview let go of it"),
                () -> assertEquals("live-record", after.get("focused"), "focus back on Record"),
                () -> assertTrue(page.statusTexts().stream().anyMatch(t -> t.contains("Recording discarded")),
                        "#status: " + page.statusTexts()),
                // The probe's own attempt at the revoked URL is the one error expected.
                () -> assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.startsWith(url + " "))
                        .toList(), "console errors"));
        browser.find("#live-toggle").click();
    }

    /**
     * The longest length set in Settings stops a recording by itself: with 15 seconds chosen, a
     * recording left running ends at 0:15, shows its recording and declares 15 ± 0.5 s.
     */
    @Test
    void aRecordingStopsByItselfAtTheLongestLengthSet() throws Exception {
        browser.call("const s = document.getElementById('recording-length'); s.value = 'SECONDS_15';"
                + " s.dispatchEvent(new Event('change'));");
        if (!Boolean.TRUE.equals(Browser.asMap(browser.execute("return window.MaskAI.live || {};")).get("running"))) {
            browser.find("#live-toggle").click();
        }
        browser.waitFor(LIVE_TIMEOUT, "the live view running", d -> {
            Map<String, Object> live = Browser.asMap(browser.execute("return window.MaskAI.live;"));
            return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 10;
        });
        browser.waitFor(LIVE_TIMEOUT, "Record enabled", d -> Boolean.FALSE.equals(browser.execute(
                "return document.getElementById('live-record').disabled;")));
        long start = System.nanoTime();
        browser.find("#live-record").click();
        browser.waitFor(Duration.ofSeconds(90), "the recording to stop by itself and show", d -> Boolean.TRUE.equals(
                browser.execute("return !document.getElementById('recording').hidden;")));
        double stoppedAfter = (System.nanoTime() - start) / 1e9;
        Map<String, Object> shown = Browser.asMap(browser.execute("""
                return {summary: document.getElementById('recording-summary').textContent,
                    pressed: document.getElementById('live-record').getAttribute('aria-pressed')};
                """));
        List<Path> before;
        try (Stream<Path> files = Files.list(browser.downloadDir())) {
            before = files.toList();
        }
        browser.find("#recording-download").click();
        Path downloaded = browser.waitFor(Duration.ofSeconds(30), "the 15 s recording downloaded", d -> {
            try (Stream<Path> files = Files.list(browser.downloadDir())) {
                return files.filter(f -> f.getFileName().toString().endsWith(".webm") && !before.contains(f))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        byte[] webm = Files.readAllBytes(downloaded);
        double declaredMs = WebmDuration.declared(webm);
        browser.find("#recording-discard").click();
        browser.call("const s = document.getElementById('recording-length'); s.value = 'SECONDS_30';"
                + " s.dispatchEvent(new Event('change'));");
        browser.find("#live-toggle").click();
        System.out.printf("recording with the longest at 15 s: stopped and shown after %.1f s, declares %.2f s, %d frames%n",
                stoppedAfter, declaredMs / 1000, WebmDuration.frames(webm));
        assertAll(
                () -> assertTrue(String.valueOf(shown.get("summary")).startsWith("0:15 · "), "summary: " + shown.get("summary")),
                () -> assertEquals("false", shown.get("pressed")),
                () -> assertEquals(15.0, declaredMs / 1000, 0.5, "the duration the file declares"),
                () -> assertTrue(WebmDuration.frames(webm) >= MIN_FRAMES_A_SECOND * 15, "at least "
                        + MIN_FRAMES_A_SECOND + " frames a second: " + WebmDuration.frames(webm)));
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}

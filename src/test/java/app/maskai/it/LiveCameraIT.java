package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live camera in real headless Chromium with a fake camera: a YUV4MPEG2 video, written here
 * from the astronaut test photo, of the face drifting a few pixels a frame (Chromium loops it).
 * A person presses Use camera, sees the mask follow the face, captures a still, downloads it,
 * stops the camera; a denied camera leaves a clear message and the photo path working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class LiveCameraIT {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    static final int FRAMES = 30;
    private static final Duration LIVE_TIMEOUT = Duration.ofSeconds(60);

    private static StaticServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path video = newVideoFile();
        writeVideo(LiveSite.testData().resolve("faces/astronaut.png"), video);
        server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
        browser = withCamera(server, video);
    }

    /** A Chromium whose camera plays {@code video} (a YUV4MPEG2 file), on the app at {@code server}, ready. */
    public static Browser withCamera(StaticServer server, Path video) throws IOException {
        Browser browser = Browser.launch(LiveSite.buildDir(), List.of(
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
        browser.open(server.baseUrl());
        browser.waitReady();
        return browser;
    }

    @AfterAll
    static void stop() throws IOException {
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

    /**
     * Frame f: the photo scaled to 400 px on mid grey, its top-left corner at (120 + dx, 40 + dy),
     * dx a triangle wave of 3 px a frame (0..45..0 over the loop), dy 1 px a frame up to 7 and back:
     * the loop closes smoothly, as a person swaying would.
     */
    /**
     * A video file of this browser's own: Chromium reads its fake camera's file while it plays,
     * and test classes run two at a time, so a file shared between them was rewritten under a
     * playing camera (StorageAuditIT's under LiveCameraIT's), whose track then ended.
     */
    public static Path newVideoFile() throws IOException {
        Path folder = Files.createDirectories(LiveSite.buildDir().resolve("it-camera"));
        Path file = Files.createTempFile(folder, "astronaut-moving-", ".y4m");
        file.toFile().deleteOnExit();
        return file;
    }

    public static void writeVideo(Path photo, Path y4m) throws IOException {
        writeVideo(photo, y4m, 30);
    }

    /** As {@link #writeVideo(Path, Path)}, played at {@code framesPerSecond}. */
    public static void writeVideo(Path photo, Path y4m, int framesPerSecond) throws IOException {
        writeVideo(photo, y4m, framesPerSecond, true);
    }

    /**
     * The photo drawn at 400 × 400 px with its top left at (120, 40) of a grey 640 × 480 frame,
     * {@code moving} a little back and forth and down, or still (every frame the same, so that a
     * test knows what the camera showed at any moment), at {@code framesPerSecond}.
     */
    public static void writeVideo(Path photo, Path y4m, int framesPerSecond, boolean moving) throws IOException {
        BufferedImage source = ImageIO.read(photo.toFile());
        Files.createDirectories(y4m.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(y4m))) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + framesPerSecond + ":1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            byte[] y = new byte[WIDTH * HEIGHT];
            byte[] u = new byte[WIDTH * HEIGHT / 4];
            byte[] v = new byte[WIDTH * HEIGHT / 4];
            for (int f = 0; f < FRAMES; f++) {
                int dx = moving ? 3 * (f < FRAMES / 2 ? f : FRAMES - f) : 0;
                int dy = moving ? Math.min(f, FRAMES - f) / 2 : 0;
                Graphics2D g = frame.createGraphics();
                g.setColor(new Color(128, 128, 128));
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(source, 120 + dx, 40 + dy, 400, 400, null);
                g.dispose();
                toYuv420(frame, y, u, v);
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(y);
                out.write(u);
                out.write(v);
            }
        }
    }

    /** Full-range BT.601 (JPEG's), chroma averaged over each 2×2 block. */
    private static void toYuv420(BufferedImage rgb, byte[] y, byte[] u, byte[] v) {
        for (int row = 0; row < HEIGHT; row++) {
            for (int col = 0; col < WIDTH; col++) {
                int p = rgb.getRGB(col, row);
                int r = (p >> 16) & 255;
                int g = (p >> 8) & 255;
                int b = p & 255;
                y[row * WIDTH + col] = (byte) clamp(0.299 * r + 0.587 * g + 0.114 * b);
            }
        }
        for (int row = 0; row < HEIGHT / 2; row++) {
            for (int col = 0; col < WIDTH / 2; col++) {
                double cb = 0;
                double cr = 0;
                for (int k = 0; k < 4; k++) {
                    int p = rgb.getRGB(2 * col + (k & 1), 2 * row + (k >> 1));
                    int r = (p >> 16) & 255;
                    int g = (p >> 8) & 255;
                    int b = p & 255;
                    cb += 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
                    cr += 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
                }
                u[row * WIDTH / 2 + col] = (byte) clamp(cb / 4);
                v[row * WIDTH / 2 + col] = (byte) clamp(cr / 4);
            }
        }
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** Chooses {@code style} in "Style and more" ("" for none) and waits until the live view has drawn 30 more frames. */
    private static void chooseStyleAndWait(String style, String what) {
        browser.execute("const s = document.getElementById('style-choice'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('change'));", style);
        long from = ((Number) browser.execute("return MaskAI.live.frames;")).longValue();
        browser.waitFor(Duration.ofSeconds(30), what, d -> ((Number) browser.execute(
                "return MaskAI.live.frames;")).longValue() >= from + 30);
    }

    private static Map<String, Object> live() {
        return Browser.asMap(browser.execute("return window.MaskAI.live;"));
    }

    private static double number(Map<String, Object> stats, String key) {
        return ((Number) stats.get(key)).doubleValue();
    }

    @Test
    @Order(1)
    void followsTheFaceAndDrawsTheMaskWithTheDetectorOnAFractionOfFrames() throws IOException {
        TryOnPage page = new TryOnPage(browser);
        page.recordStatus();
        browser.find("#live-toggle").click();
        browser.waitFor(LIVE_TIMEOUT, "the live view to process 40 frames; MaskAI.live",
                d -> Boolean.TRUE.equals(live().get("running")) && number(live(), "frames") >= 40);
        // Main-thread tasks over 50 ms while live (printed, not asserted: timings belong to the benchmark).
        browser.execute("window.__longTasks = []; new PerformanceObserver(list => list.getEntries()"
                + ".forEach(e => window.__longTasks.push(Math.round(e.duration)))).observe({type: 'longtask'});");
        long start = System.nanoTime();
        Map<String, Object> before = live();
        // Faces counted once a frame over the next 120 frames (about four loops of the video).
        int[] withFace = {0};
        int[] withMask = {0};
        int[] samples = {0};
        browser.waitFor(LIVE_TIMEOUT, "120 more live frames", d -> {
            Map<String, Object> now = live();
            samples[0]++;
            if (number(now, "faces") == 1) {
                withFace[0]++;
                if (number(now, "masks") == 1) {
                    withMask[0]++;
                }
            }
            return number(now, "frames") >= number(before, "frames") + 120;
        });
        Map<String, Object> after = live();
        double seconds = (System.nanoTime() - start) / 1e9;
        double frames = number(after, "frames") - number(before, "frames");
        double detectorRuns = number(after, "detectorRuns") - number(before, "detectorRuns");
        System.out.printf("Live: %.1f frames/s measured by the test (%.0f frames in %.1f s), page fps %.1f,"
                + " detector on %.0f of %.0f frames (%.1f %%), stages %s, camera %s×%s, mirrored %s%n",
                frames / seconds, frames, seconds, number(after, "fps"), detectorRuns, frames,
                100 * detectorRuns / frames, after.get("stages"), after.get("width"), after.get("height"),
                after.get("mirrored"));
        System.out.println("Live: inference in the " + after.get("inference") + "; main-thread long tasks (ms): "
                + browser.execute("return window.__longTasks;"));

        assertEquals(WIDTH, number(after, "width"), "camera frame width");
        assertEquals("worker", after.get("inference"), "where the models run: off the page's thread");
        assertTrue(withFace[0] >= 0.9 * samples[0], "a face in " + withFace[0] + " of " + samples[0] + " readings");
        assertEquals(withFace[0], withMask[0], "readings whose frame had a face and drew its mask, of "
                + samples[0] + " readings");
        assertTrue(detectorRuns / frames < 0.2, "the detector ran on " + detectorRuns + " of " + frames
                + " frames while tracking held");
        assertTrue(detectorRuns >= 1, "the detector re-runs on schedule (every 30 frames): " + detectorRuns);
        assertTrue(number(after, "fps") > 0, "fps reported: " + after);
        assertTrue(browser.find("#diag-fps").getAttribute("textContent").contains("frames/s"),
                "#diag-fps: " + browser.find("#diag-fps").getAttribute("textContent"));
        assertTrue(browser.find("#diag-stages").getAttribute("textContent").contains("landmarks"),
                "#diag-stages: " + browser.find("#diag-stages").getAttribute("textContent"));
        assertTrue(Boolean.TRUE.equals(browser.execute(
                "return !document.getElementById('live-view').hidden && !document.getElementById('live-capture').disabled;")),
                "the live view and Capture are on show");

        // The box follows the face: the astronaut's face is in the upper middle of the frame.
        List<?> box = (List<?>) ((List<?>) after.get("boxes")).get(0);
        double cx = ((Number) box.get(0)).doubleValue() + ((Number) box.get(2)).doubleValue() / 2;
        double cy = ((Number) box.get(1)).doubleValue() + ((Number) box.get(3)).doubleValue() / 2;
        assertTrue(cx > 250 && cx < 450 && cy > 60 && cy < 260, "face centre " + cx + ", " + cy);

        // The mask is drawn where the face is: the live canvas differs from the camera's own frame
        // over the lower face (mouth and chin), and not over the plain background in the corner.
        // Read three times, a third of the video's loop apart: the canvas shows the frame the
        // worker answered for, the video element the camera's newest, so one reading races the
        // two clocks (in one CI run of many a single reading fell to 24.9 where readings are
        // 47-82); the median of three is judged, all three printed.
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            readings.add(viewAgainstCamera());
            pause(330);
        }
        readings.sort(Comparator.comparingDouble(r -> number(r, "face")));
        Map<String, Object> diff = readings.get(1);
        browser.screenshot(LiveSite.screenshots().resolve("live-camera.png"));
        System.out.println("live view against the camera's frame, mean difference (3 readings, sorted): " + readings);
        assertTrue(number(diff, "face") > 25, "mask over the lower face: median mean difference " + readings);
        for (Map<String, Object> reading : readings) {
            assertTrue(number(reading, "corner") < 6, "background untouched: mean difference " + readings);
        }
        String shown = page.waitForStatus(Pattern.compile("(?i)camera on"));
        assertNotNull(shown, "#status says the camera is on: " + page.statusTexts());
    }

    /** The live canvas against the camera's frame, mean channel difference: {face, corner}. */
    private static Map<String, Object> viewAgainstCamera() {
        return Browser.asMap(browser.execute("""
                const view = document.getElementById('live-view');
                const video = document.getElementById('live-video');
                const b = MaskAI.live.boxes[0];
                function pixels(source) {
                  const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                  const g = c.getContext('2d'); g.drawImage(source, 0, 0, 640, 480);
                  return g.getImageData(0, 0, 640, 480).data;
                }
                const a = pixels(view), v = pixels(video);
                function meanDiff(x0, y0, x1, y1) {
                  let sum = 0, n = 0;
                  for (let y = Math.round(y0); y < Math.round(y1); y++)
                    for (let x = Math.round(x0); x < Math.round(x1); x++) {
                      const i = 4 * (y * 640 + x);
                      sum += Math.abs(a[i] - v[i]) + Math.abs(a[i + 1] - v[i + 1]) + Math.abs(a[i + 2] - v[i + 2]);
                      n += 3;
                    }
                  return sum / n;
                }
                return {face: meanDiff(b[0] + 0.3 * b[2], b[1] + 0.7 * b[3], b[0] + 0.7 * b[2], b[1] + 0.9 * b[3]),
                        corner: meanDiff(4, 4, 100, 30)};
                """));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issue 15: a portrait style chosen in "Style and more" is drawn over the live view too (at
     * PortraitStyle.LIVE_WORK_SHARE of its working size), frame after frame, and None takes it off.
     * The halftone changes the camera's picture everywhere, the plain background included.
     */
    @Test
    @Order(2)
    void aStyleChosenIsDrawnOverTheLiveView() throws IOException {
        String corner = """
                const view = document.getElementById('live-view');
                const video = document.getElementById('live-video');
                function pixels(source) {
                  const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                  const g = c.getContext('2d'); g.drawImage(source, 0, 0, 640, 480);
                  return g.getImageData(0, 0, 640, 480).data;
                }
                const a = pixels(view), v = pixels(video);
                let sum = 0, n = 0;
                for (let y = 4; y < 30; y++) for (let x = 4; x < 100; x++) { // the corner the first test reads
                  const i = 4 * (y * 640 + x);
                  for (let c = 0; c < 3; c++) { sum += Math.abs(a[i + c] - v[i + c]); n++; }
                }
                return {corner: sum / n, frames: MaskAI.live.frames};
                """;
        chooseStyleAndWait("halftone", "30 frames drawn with the style");
        Map<String, Object> styled = Browser.asMap(browser.execute(corner));
        browser.screenshot(LiveSite.screenshots().resolve("live-halftone.png"));
        chooseStyleAndWait("", "30 frames drawn without");
        Map<String, Object> plain = Browser.asMap(browser.execute(corner));
        System.out.println("live view, the background corner against the camera: halftone " + styled + ", none " + plain);
        assertTrue(number(styled, "corner") > 20, "the halftone over the live view's background: " + styled);
        assertTrue(number(plain, "corner") < 6, "no style: the background as the camera gives it: " + plain);
    }

    @Test
    @Order(3)
    void captureTakesAStillIntoTheResultAndDownload() throws IOException {
        TryOnPage page = new TryOnPage(browser);
        page.recordStatus();
        browser.find("#live-capture").click();
        String found = page.waitForStatus(Pattern.compile("Found 1 face"));
        assertNotNull(found, "#status after Capture: " + page.statusTexts());
        page.waitForResult();
        assertEquals(WIDTH, ((Number) browser.execute("return document.getElementById('result').width;")).intValue(),
                "#result holds the captured frame at the camera's size");
        Path png = page.download();
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG: " + png);
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertTrue(png.getFileName().toString().startsWith("camera-"), "file name " + png.getFileName());
    }

    @Test
    @Order(4)
    void stoppingReleasesTheCamera() {
        TryOnPage page = new TryOnPage(browser);
        page.recordStatus();
        browser.find("#live-toggle").click();
        browser.waitFor(Duration.ofSeconds(10), "the camera to stop", d -> !Boolean.TRUE.equals(live().get("running")));
        Map<String, Object> after = live();
        assertEquals(0, number(after, "tracksLive"), "camera tracks still live: " + after);
        assertEquals("false", browser.find("#live-toggle").getAttribute("aria-pressed"));
        assertTrue(Boolean.TRUE.equals(browser.execute("return document.getElementById('live-view').hidden"
                + " && document.getElementById('live-capture').disabled;")), "live view hidden, Capture off");
        double frames = number(after, "frames");
        browser.waitFor(Duration.ofSeconds(5), "a moment", d -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });
        assertEquals(frames, number(live(), "frames"), "no frames processed after stopping");
    }

    @Test
    @Order(5)
    void aDeniedCameraSaysSoAndThePhotoPathStillWorks() throws IOException {
        TryOnPage page = new TryOnPage(browser);
        for (String[] refusal : new String[][] {{"NotAllowedError", "(?i)denied"}, {"NotFoundError", "(?i)no camera"}}) {
            browser.execute("navigator.mediaDevices.getUserMedia = () => Promise.reject("
                    + "new DOMException('refused by the test', arguments[0]));", refusal[0]);
            page.recordStatus();
            browser.find("#live-toggle").click();
            String message = page.waitForStatus(Pattern.compile(refusal[1]));
            assertNotNull(message, refusal[0] + ": #status showed " + page.statusTexts());
            assertTrue(message.contains("photo"), "says the photo path remains: " + message);
            assertTrue(browser.find("#status").getAttribute("class").contains("error"), "#status marked as an error");
            assertEquals("false", browser.find("#live-toggle").getAttribute("aria-pressed"));
            assertTrue(browser.find("#live-toggle").isEnabled(), "Use camera can be pressed again");
        }
        page.recordStatus();
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        assertNotNull(page.waitForStatus(Pattern.compile("Found 1 face")), "photo path: " + page.statusTexts());
    }

    /**
     * A person's own mask, shown live, whose flat background is put back in the editor: the live
     * view draws the new picture (its white background over the face), not the one it had before
     * under the same mask id.
     */
    @Test
    @Order(6)
    void theLiveViewDrawsAnOwnMasksNewPictureAfterItsBackgroundChanges() throws IOException {
        BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(30, 60, 200));
        g.fillOval(130, 105, 140, 90);
        g.dispose();
        Path file = LiveSite.buildDir().resolve("it-camera").resolve("blue-oval-on-white.png");
        ImageIO.write(picture, "png", file.toFile());

        // A fresh page: the test before replaced getUserMedia with a refusal.
        browser.open(server.baseUrl());
        browser.waitReady();
        TryOnPage page = new TryOnPage(browser);
        browser.find("#live-toggle").click();
        browser.waitFor(LIVE_TIMEOUT, "the live view to follow the face", d -> Boolean.TRUE.equals(live().get("running"))
                && number(live(), "faces") == 1);
        browser.find("#custom-input").sendKeys(file.toString());
        browser.waitFor(LIVE_TIMEOUT, "the editor open, the mask chosen", d -> browser.find("#custom-panel").isDisplayed()
                && browser.findAll("#custom-mask[aria-busy=true]").isEmpty()
                && ((String) browser.execute("return document.querySelector('#mask-gallery input:checked').value;"))
                        .startsWith("custom-"));
        assertTrue(browser.find("#custom-remove-bg").isSelected(), "the white background is marked removed");
        double removed = whiteOverTheFace();
        page.recordStatus();
        browser.find("#custom-remove-bg").click();
        assertNotNull(page.waitForStatus(Pattern.compile("background is back")), "#status: " + page.statusTexts());
        double[] back = {0};
        browser.waitFor(Duration.ofSeconds(20), "the white background drawn live", d -> {
            back[0] = whiteOverTheFace();
            return back[0] > removed + 0.1 ? true : null;
        });
        System.out.printf("Live own mask: white over the face %.3f with the background removed, %.3f put back%n",
                removed, back[0]);
        browser.find("#custom-cancel").click();
        browser.find("#live-toggle").click();
    }

    /** The share of near-white pixels in the face's box on the live view, once a few more frames are drawn. */
    private static double whiteOverTheFace() {
        double frames = number(live(), "frames");
        browser.waitFor(LIVE_TIMEOUT, "a few more live frames", d -> number(live(), "frames") >= frames + 5);
        return ((Number) browser.execute("""
                const view = document.getElementById('live-view');
                const b = MaskAI.live.boxes[0];
                const c = document.createElement('canvas'); c.width = 640; c.height = 480;
                const g = c.getContext('2d'); g.drawImage(view, 0, 0, 640, 480);
                const x0 = Math.max(0, Math.round(b[0])), y0 = Math.max(0, Math.round(b[1]));
                const w = Math.round(b[2]), h = Math.round(b[3]);
                const d = g.getImageData(x0, y0, w, h).data;
                let white = 0;
                for (let i = 0; i < d.length; i += 4) if (d[i] > 225 && d[i + 1] > 225 && d[i + 2] > 225) white++;
                return white / (w * h);
                """)).doubleValue();
    }
}

package app.maskai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 50-megapixel camera photo: the models read only their crops of it, the result keeps the largest
 * size this browser can draw (the GPU's side limit and the drawing buffer's area cap, measured in
 * the page), the page says so, and the mask lands on the face of the full-size photo.
 */
class LargePhotoIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final int WIDTH = 8660;
    private static final int HEIGHT = 5773;
    /** Where the astronaut photo (512 px, face at x 178-273, y 69-177) is drawn, and how big. */
    private static final int X0 = 3000;
    private static final int Y0 = 1200;
    private static final int SIDE = 3000;
    private static final Pattern REDUCED = Pattern.compile("The photo is (\\d+)×(\\d+); [^.]*, so the result is (\\d+)×(\\d+)\\.");

    private static Browser browser() {
        return site.browser();
    }

    @Test
    void drawsAFiftyMegapixelPhotoAtTheLargestSizeTheBrowserAllowsAndSaysSo() throws IOException {
        Path photo = fiftyMegapixels();
        Map<String, Object> limits = Browser.asMap(browser().execute("""
                const gl = document.createElement('canvas').getContext('webgl2');
                const side = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE), gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
                gl.canvas.width = side; gl.canvas.height = side;
                const area = gl.drawingBufferWidth * gl.drawingBufferHeight;
                gl.getExtension('WEBGL_lose_context').loseContext();
                return {side, area, memory: navigator.deviceMemory || 0};
                """));
        long side = ((Number) limits.get("side")).longValue();
        long area = ((Number) limits.get("area")).longValue();
        System.out.println("this browser draws at most " + side + " px a side and " + area + " px in all; "
                + limits);

        TryOnPage page = new TryOnPage(browser());
        page.discard();
        page.recordStatus();
        long start = System.nanoTime();
        page.choosePhoto(photo);
        page.waitForResult();
        System.out.printf("50 MP photo to result in %.1f s%n", (System.nanoTime() - start) / 1e9);
        // After a first detect: every kernel it needs is set up now.
        Object tensorsBefore = browser().execute("return tf.memory().numTensors;");
        String status = page.status();
        System.out.println("#status: " + status);
        Matcher said = REDUCED.matcher(status);
        assertTrue(status.startsWith("Found 1 face"), "status: " + status);
        assertTrue(said.find(), "the page does not say the result is smaller: " + status);
        int width = Integer.parseInt(said.group(3));
        int height = Integer.parseInt(said.group(4));
        Map<String, Object> shown = Browser.asMap(browser().execute(
                "const c = document.getElementById('result'); return {w: c.width, h: c.height};"));
        assertAll(
                () -> assertEquals(WIDTH + "x" + HEIGHT, said.group(1) + "x" + said.group(2), "the photo's size as said"),
                () -> assertEquals(width + "x" + height, shown.get("w") + "x" + shown.get("h"), "#result is the size said"),
                () -> assertTrue(Math.max(width, height) <= side, "over the GPU's side limit"),
                () -> assertTrue((long) width * height <= area, "over the drawing buffer's area"),
                // As large as allowed: within 1 % of the binding limit, and the photo's shape.
                () -> assertTrue(Math.max(width / (double) side, (long) width * height / (double) area) > 0.99,
                        width + "x" + height + " is smaller than it needs to be"),
                () -> assertEquals(WIDTH / (double) HEIGHT, width / (double) height, 0.002, "aspect ratio"));

        Path png = page.download();
        BufferedImage result = ImageIO.read(png.toFile());
        assertNotNull(result);
        assertEquals(width + "x" + height, result.getWidth() + "x" + result.getHeight(), "downloaded size");
        // The mask covers the nose and mouth (astronaut landmarks 1 and 13 at about (223, 131), (223, 152)).
        BufferedImage original = ImageIO.read(photo.toFile());
        double scale = width / (double) WIDTH;
        double nose = meanDifference(original, result, scale, 223, 131);
        double mouth = meanDifference(original, result, scale, 223, 152);
        double corner = meanDifference(original, result, scale, 20, 490);
        System.out.printf("difference from the photo: nose %.1f, mouth %.1f, far corner %.1f%n", nose, mouth, corner);
        assertAll(() -> assertTrue(nose > 8, "nose unmasked: " + nose),
                () -> assertTrue(mouth > 8, "mouth unmasked: " + mouth),
                () -> assertTrue(corner < 6, "the photo away from the face changed: " + corner));

        browser().execute("""
                const input = document.createElement('input');
                input.type = 'file';
                document.body.appendChild(input);
                window.__largePhotoInput = input;
                """);
        // The same file again, through the public API this time.
        org.openqa.selenium.WebElement input = (org.openqa.selenium.WebElement) browser().execute(
                "return window.__largePhotoInput;");
        input.sendKeys(photo.toAbsolutePath().toString());
        Map<String, Object> api = Browser.asMap(browser().call("""
                const file = window.__largePhotoInput.files[0];
                window.__largePhotoInput.remove();
                const result = await createImageBitmap(await MaskAI.tryOn(file, {mask: MaskAI.masks()[0].id}));
                return {w: result.width, h: result.height, tensors: tf.memory().numTensors};
                """));
        System.out.println("MaskAI.tryOn: " + api);
        assertEquals(tensorsBefore, api.get("tensors"), "tensors after a 50 MP try-on");
        assertEquals(width + "x" + height, api.get("w") + "x" + api.get("h"), "MaskAI.tryOn's result size");
        assertEquals(List.of(), browser().consoleErrors(), "console errors");
    }

    /** Mean absolute RGB difference over a 20-pixel block around astronaut point (x, y), in the result's pixels. */
    private static double meanDifference(BufferedImage photo, BufferedImage result, double scale, int x, int y) {
        double px = (X0 + x * SIDE / 512.0) * scale;
        double py = (Y0 + y * SIDE / 512.0) * scale;
        long sum = 0;
        int n = 0;
        for (int dy = -10; dy < 10; dy++) {
            for (int dx = -10; dx < 10; dx++) {
                int rx = (int) px + dx;
                int ry = (int) py + dy;
                int p = photo.getRGB((int) Math.min(WIDTH - 1, rx / scale), (int) Math.min(HEIGHT - 1, ry / scale));
                int q = result.getRGB(rx, ry);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
                n++;
            }
        }
        return sum / (3.0 * n);
    }

    /** 8660 × 5773 (50.0 MP): a grey room with the astronaut photo large in it, as a JPEG in target/. */
    private static Path fiftyMegapixels() throws IOException {
        Path file = LiveSite.buildDir().resolve("it-large/fifty-megapixels.jpg");
        if (Files.isRegularFile(file)) {
            return file;
        }
        BufferedImage astronaut = ImageIO.read(LiveSite.testData().resolve("faces/astronaut.png").toFile());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(118, 112, 104));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(astronaut, X0, Y0, SIDE, SIDE, null);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}

package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken, huge, odd and hostile files, each made by this test, offered as a photo (and the
 * hostile ones as a custom mask): each ends in a result or a clear message, the app stays usable,
 * nothing runs that a file carried, and the console shows no error. Then malformed mask metadata
 * on the site: the app starts without that mask and says so only in the console's warnings.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputsIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Path DIR = LiveSite.buildDir().resolve("it-bad-inputs");
    private static final Path ASTRONAUT = LiveSite.testData().resolve("faces/astronaut.png");
    /** A result: the page found faces, or said it found none. */
    private static final String RESULT = "Found \\d+ faces?|No face found";
    /** The decoder's refusal. */
    private static final String UNREADABLE = "could not be read";
    /** A message that leaks internals rather than telling people what happened. */
    private static final Pattern INTERNALS = Pattern.compile("undefined|null|NaN|Exception|TypeError|\\bat [a-z]+\\.|\\$");

    private static Browser browser() {
        return site.browser();
    }

    @Test
    @Order(1)
    void everyBadOrExtremePhotoEndsInAResultOrAClearMessage() throws IOException {
        Files.createDirectories(DIR);
        BufferedImage astronaut = ImageIO.read(ASTRONAUT.toFile());
        byte[] jpeg = jpeg(astronaut, 0.9f);
        byte[] png = png(astronaut);

        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("empty.jpg", new Object[] {new byte[0], "the file is empty"}); // not the name in "Reading empty.jpg…"
        cases.put("truncated.jpg", new Object[] {Arrays.copyOf(jpeg, jpeg.length * 6 / 10), RESULT + "|" + UNREADABLE});
        cases.put("broken-checksum.png", new Object[] {brokenChecksum(png), RESULT + "|" + UNREADABLE});
        cases.put("notes.jpg", new Object[] {"Shopping list: eggs, milk.\n".getBytes(StandardCharsets.UTF_8), "text file"});
        cases.put("page.html", new Object[] {html(), "not an image|web page"});
        cases.put("page-named-photo.jpg", new Object[] {html(), "web page"});
        cases.put("scripted.svg", new Object[] {svg(), "SVG"});
        cases.put("one-pixel.png", new Object[] {png(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)), "No face found"});
        cases.put("bomb.png", new Object[] {bomb(30_000, 30_000), "30000×30000 pixels"});
        cases.put("sixty-megapixels.jpg", new Object[] {sixtyMegapixels(astronaut), "Found 1 face[^.]*\\..*the result is"});
        cases.put("animated.gif", new Object[] {animatedGif(astronaut), RESULT});
        cases.put("cmyk.jpg", new Object[] {cmykJpeg(astronaut), RESULT + "|" + UNREADABLE});
        cases.put("sixteen-bit.png", new Object[] {sixteenBitPng(astronaut), "Found 1 face"});
        cases.put("grayscale.png", new Object[] {png(convert(astronaut, BufferedImage.TYPE_BYTE_GRAY)), "Found 1 face"});
        cases.put("transparent.png", new Object[] {transparentPng(astronaut), RESULT});
        cases.put("eight-thousand-by-two-hundred.png", new Object[] {png(strip(astronaut, 8000, 200)), RESULT});

        TryOnPage page = new TryOnPage(browser());
        List<Executable> checks = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, Object[]> entry : cases.entrySet()) {
            String name = entry.getKey();
            Path file = DIR.resolve(name);
            Files.write(file, (byte[]) entry.getValue()[0]);
            Pattern expected = Pattern.compile((String) entry.getValue()[1]);
            page.discard();
            page.recordStatus();
            page.choosePhoto(file);
            String said = page.waitForStatus(expected);
            List<String> shown = page.statusTexts();
            String last = shown.isEmpty() ? "" : shown.get(shown.size() - 1);
            report.add(String.format("%-36s %9d bytes → %s", name, Files.size(file), said != null ? said : "(none) " + shown));
            checks.add(() -> assertNotNull(said, name + ": expected /" + expected + "/; #status showed " + shown));
            checks.add(() -> assertTrue(!INTERNALS.matcher(last).find(), name + ": the message leaks internals: " + last));
            if (++done % 5 == 0) {
                checks.add(stillWorks(page, "after " + name));
            }
        }
        report.forEach(System.out::println);
        checks.add(stillWorks(page, "at the end"));
        checks.add(() -> assertNull(browser().execute("return window.__pwned || null;"), "a file's script ran"));
        checks.add(() -> assertEquals(List.of(), browser().consoleErrors(), "console errors"));
        assertAll(checks);
    }

    /** The astronaut still gets a mask: the app is usable. Runs now, asserts later. */
    private static Executable stillWorks(TryOnPage page, String when) {
        page.discard();
        page.recordStatus();
        page.choosePhoto(ASTRONAUT);
        String said = page.waitForStatus(Pattern.compile("Found 1 face"));
        List<String> shown = page.statusTexts();
        return () -> assertNotNull(said, "the app is not usable " + when + ": #status showed " + shown);
    }

    @Test
    @Order(2)
    void hostileFilesOfferedAsACustomMaskAreRefusedAndRunNothing() throws IOException {
        TryOnPage page = new TryOnPage(browser());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mask.svg", svg());
        files.put("mask.html", html());
        files.put("svg-named-mask.png", svg());
        files.put("bomb-mask.png", bomb(30_000, 30_000));
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            Path file = DIR.resolve(entry.getKey());
            Files.write(file, entry.getValue());
            page.recordStatus();
            browser().find("#custom-input").sendKeys(file.toString());
            String said = page.waitForStatus(Pattern.compile("(?i)svg|not a picture|not an image|contents are not|"
                    + "renamed|pixels|could not be read|can't be used"));
            List<String> shown = page.statusTexts();
            System.out.println(entry.getKey() + " as a custom mask: " + shown);
            checks.add(() -> assertNotNull(said, entry.getKey() + ": no refusal; #status showed " + shown));
            checks.add(() -> assertTrue(browser().find("#status").getAttribute("class").contains("error"),
                    entry.getKey() + ": #status not marked as an error"));
        }
        checks.add(() -> assertEquals(0L, browser().execute(
                "return MaskAI.masks().filter(m => m.category === 'custom').length;"), "custom masks added"));
        checks.add(() -> assertNull(browser().execute("return window.__pwned || null;"), "a file's script ran"));
        checks.add(() -> assertEquals(List.of(), browser().consoleErrors(), "console errors"));
        assertAll(checks);
    }

    @Test
    @Order(3)
    void malformedMaskMetadataLeavesThatMaskOutAndTheAppWorking() throws IOException {
        StaticServer server = site.server();
        int all = ((Number) browser().execute("return MaskAI.masks().length;")).intValue();
        // A browser of its own: the first one's service worker keeps the good files.
        Browser fresh = Browser.launch(LiveSite.buildDir());
        server.inject("masks/sequin-gold.json", new StaticServer.Fault(200,
                "{\"schema\": 2, \"id\": \"sequin-gold\", \"landmarks\": [1, 2, ".getBytes(StandardCharsets.UTF_8)));
        server.inject("masks/lace-black.json", new StaticServer.Fault(200,
                "{\"schema\": 99, \"id\": \"lace-black\"}".getBytes(StandardCharsets.UTF_8)));
        try {
            fresh.open(server.baseUrl());
            fresh.waitReady();
            // The masks' metadata is read just after ready; a malformed file takes its mask out then.
            fresh.waitFor(Duration.ofSeconds(30), "the masks' metadata read", d -> ((Number) fresh.execute(
                    "return MaskAI.masks().length;")).intValue() <= all - 2 ? true : null);
            @SuppressWarnings("unchecked")
            List<Object> ids = (List<Object>) fresh.execute("return MaskAI.masks().map(m => m.id);");
            System.out.println("with two malformed mask files: " + ids.size() + " of " + all + " masks: " + ids);
            assertAll(
                    () -> assertEquals(all - 2, ids.size(), "masks offered"),
                    () -> assertTrue(!ids.contains("sequin-gold") && !ids.contains("lace-black"), ids.toString()));
            TryOnPage page = new TryOnPage(fresh);
            page.recordStatus();
            page.choosePhoto(ASTRONAUT);
            assertNotNull(page.waitForStatus(Pattern.compile("Found 1 face")), "photo path: " + page.statusTexts());
            assertEquals(List.of(), fresh.consoleErrors(), "console errors");
        } finally {
            server.clearFaults();
            fresh.close();
        }
    }

    // Files made by the test.

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(convert(image, BufferedImage.TYPE_INT_RGB), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage convert(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** The PNG with its IHDR chunk's CRC flipped. */
    private static byte[] brokenChecksum(byte[] png) {
        byte[] broken = png.clone();
        broken[29] ^= (byte) 0xFF; // IHDR: 8 signature + 4 length + 4 type + 13 data = CRC at 29..32
        return broken;
    }

    private static byte[] html() {
        return ("<!DOCTYPE html><html><body><script>window.top.__pwned = 'html';</script>"
                + "<img src=x onerror=\"window.top.__pwned = 'img'\"></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\""
                + " onload=\"window.top.__pwned = 'svg onload'\"><script>window.top.__pwned = 'svg';</script>"
                + "<circle cx=\"256\" cy=\"256\" r=\"200\" fill=\"#48c\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** A valid, small PNG whose header declares width×height: it would take 3.6 GB to decode. */
    private static byte[] bomb(int width, int height) throws IOException {
        byte[] small = png(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY));
        byte[] bomb = small.clone();
        for (int i = 0; i < 4; i++) {
            bomb[16 + i] = (byte) (width >>> (24 - 8 * i));
            bomb[20 + i] = (byte) (height >>> (24 - 8 * i));
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17);
        long value = crc.getValue();
        for (int i = 0; i < 4; i++) {
            bomb[29 + i] = (byte) (value >>> (24 - 8 * i));
        }
        return bomb;
    }

    /** 9487 × 6325 (60.0 MP) JPEG: the astronaut large in a grey room. */
    private static byte[] sixtyMegapixels(BufferedImage astronaut) throws IOException {
        BufferedImage image = new BufferedImage(9487, 6325, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 116, 110));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(astronaut, 3000, 1000, 3500, 3500, null);
        g.dispose();
        return jpeg(image, 0.85f);
    }

    /** Two frames: the astronaut, then black, looping. */
    private static byte[] animatedGif(BufferedImage astronaut) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            BufferedImage[] frames = {convert(astronaut, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(astronaut.getWidth(), astronaut.getHeight(), BufferedImage.TYPE_INT_RGB)};
            for (BufferedImage frame : frames) {
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
                IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "50");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0});
                applications.appendChild(loop);
                root.appendChild(applications);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A four-channel (CMYK, Adobe-style inverted) JPEG written from a raw raster. */
    private static byte[] cmykJpeg(BufferedImage astronaut) throws IOException {
        int w = astronaut.getWidth();
        int h = astronaut.getHeight();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = astronaut.getRGB(x, y);
                double r = ((rgb >> 16) & 0xFF) / 255.0;
                double g = ((rgb >> 8) & 0xFF) / 255.0;
                double b = (rgb & 0xFF) / 255.0;
                double k = 1 - Math.max(r, Math.max(g, b));
                double c = k >= 1 ? 0 : (1 - r - k) / (1 - k);
                double m = k >= 1 ? 0 : (1 - g - k) / (1 - k);
                double yy = k >= 1 ? 0 : (1 - b - k) / (1 - k);
                raster.setPixel(x, y, new int[] {255 - (int) (c * 255), 255 - (int) (m * 255), 255 - (int) (yy * 255),
                    255 - (int) (k * 255)});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** 16 bits a channel RGB. */
    private static byte[] sixteenBitPng(BufferedImage astronaut) throws IOException {
        int w = astronaut.getWidth();
        int h = astronaut.getHeight();
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = astronaut.getRGB(x, y);
                raster.setPixel(x, y, new int[] {((rgb >> 16) & 0xFF) * 257, ((rgb >> 8) & 0xFF) * 257, (rgb & 0xFF) * 257});
            }
        }
        return png(new BufferedImage(model, raster, false, null));
    }

    /** The astronaut with alpha fading to nothing towards the right edge, on transparent. */
    private static byte[] transparentPng(BufferedImage astronaut) throws IOException {
        BufferedImage image = new BufferedImage(astronaut.getWidth(), astronaut.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int alpha = x < 320 ? 255 : Math.max(0, 255 - (x - 320) * 2);
                image.setRGB(x, y, (alpha << 24) | (astronaut.getRGB(x, y) & 0xFFFFFF));
            }
        }
        return png(image);
    }

    /** A strip of the photo, stretched to width×height. */
    private static BufferedImage strip(BufferedImage astronaut, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(astronaut, 0, 0, width, height, null);
        g.dispose();
        return image;
    }
}

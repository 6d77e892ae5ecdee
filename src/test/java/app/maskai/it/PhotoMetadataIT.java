package app.maskai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A camera JPEG whose pixels are stored turned (EXIF Orientation 6, "turn 90° clockwise to
 * show") and which carries a GPS block: the result is upright, its faces are where the upright
 * photo has them, and neither the PNG nor the JPEG download carries EXIF, GPS or any APP1 segment.
 */
class PhotoMetadataIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Upright test photo: the astronaut's top 512×384, so that a wrong turn shows in the size too. */
    private static final int WIDTH = 512;
    private static final int HEIGHT = 384;
    /** 51°28'40.1"N 0°0'5.3"W, written into the GPS block; none of it may reach a download. */
    private static final byte[] GPS_MARK = "MaskAI-GPS-test".getBytes(StandardCharsets.US_ASCII);

    private static Browser browser() {
        return site.browser();
    }

    @Test
    void turnsTheCameraPhotoUprightAndSavesNoneOfItsMetadata() throws IOException {
        BufferedImage upright = upright();
        Path camera = cameraJpeg(upright);
        byte[] cameraBytes = Files.readAllBytes(camera);
        String base64 = Base64.getEncoder().encodeToString(cameraBytes);

        // The browser must read our EXIF as a camera's (else this test proves nothing).
        Map<String, Object> decoded = Browser.asMap(browser().call("""
                const bytes = Uint8Array.from(atob(args[0]), c => c.charCodeAt(0));
                const blob = new Blob([bytes], {type: 'image/jpeg'});
                const shown = await createImageBitmap(blob);
                const upright = await MaskAI.detect(blob, {refine: false});
                return {width: shown.width, height: shown.height,
                        faces: upright.faces.map(f => [f.landmarks[33], f.landmarks[263]])};
                """, base64));
        // ImageIO ignores EXIF: it sees the stored, turned pixels; the browser shows them turned back.
        BufferedImage stored = ImageIO.read(camera.toFile());
        assertAll("the test photo",
                () -> assertEquals(HEIGHT + "x" + WIDTH, stored.getWidth() + "x" + stored.getHeight(), "stored pixels"),
                () -> assertEquals(WIDTH + "x" + HEIGHT, decoded.get("width") + "x" + decoded.get("height"),
                        "the browser's size, EXIF applied"));

        // MaskAI's landmarks are those of an upright face: the eyes level, the right eye (263) on the right.
        List<Object> eyes = list(list(decoded.get("faces")).get(0));
        List<Object> left = list(eyes.get(0));
        List<Object> right = list(eyes.get(1));
        double dx = ((Number) right.get(0)).doubleValue() - ((Number) left.get(0)).doubleValue();
        double dy = ((Number) right.get(1)).doubleValue() - ((Number) left.get(1)).doubleValue();
        System.out.printf("eyes in the EXIF-turned photo: dx %.1f, dy %.1f px%n", dx, dy);
        assertTrue(dx > 30 && Math.abs(dy) < 0.2 * dx, "eyes not level and left-to-right: dx " + dx + ", dy " + dy);

        TryOnPage page = new TryOnPage(browser());
        page.discard();
        page.choosePhoto(camera);
        page.waitForResult();
        Map<String, Object> shown = Browser.asMap(browser().execute(
                "const c = document.getElementById('result'); return {w: c.width, h: c.height};"));
        assertEquals(WIDTH + "x" + HEIGHT, shown.get("w") + "x" + shown.get("h"), "#result size");
        browser().screenshot(LiveSite.screenshots().resolve("exif-turned-photo.png"));

        Path png = page.download(".png");
        choose("image-quality", "JPEG_HIGH");
        Path jpeg = page.download(".jpg");
        choose("image-quality", "PNG");
        byte[] pngBytes = Files.readAllBytes(png);
        byte[] jpegBytes = Files.readAllBytes(jpeg);
        BufferedImage fromPng = ImageIO.read(png.toFile());
        BufferedImage fromJpeg = ImageIO.read(jpeg.toFile());
        System.out.printf("downloads: %s %d bytes, %s %d bytes; top-left block differs from the upright photo by"
                + " %.1f (PNG)%n", png.getFileName(), pngBytes.length, jpeg.getFileName(), jpegBytes.length,
                Images.meanDifference(upright, fromPng, 0, 0, 96, 48));
        assertAll(
                () -> assertEquals(WIDTH + "x" + HEIGHT, fromPng.getWidth() + "x" + fromPng.getHeight(), "PNG size"),
                () -> assertEquals(WIDTH + "x" + HEIGHT, fromJpeg.getWidth() + "x" + fromJpeg.getHeight(), "JPEG size"),
                // Away from the face the result is the upright photo (a 180° mistake would differ by far more).
                () -> assertTrue(Images.meanDifference(upright, fromPng, 0, 0, 96, 48) < 6, "PNG top-left is not upright"),
                () -> assertTrue(Images.meanDifference(upright, fromJpeg, 0, 0, 96, 48) < 8, "JPEG top-left is not upright"),
                () -> assertFalse(indexOf(pngBytes, "Exif".getBytes(StandardCharsets.US_ASCII)) >= 0, "PNG has Exif"),
                () -> assertFalse(indexOf(pngBytes, "eXIf".getBytes(StandardCharsets.US_ASCII)) >= 0, "PNG has eXIf"),
                () -> assertFalse(indexOf(pngBytes, GPS_MARK) >= 0, "PNG carries the GPS block"),
                () -> assertFalse(indexOf(jpegBytes, "Exif".getBytes(StandardCharsets.US_ASCII)) >= 0, "JPEG has Exif"),
                () -> assertFalse(indexOf(jpegBytes, GPS_MARK) >= 0, "JPEG carries the GPS block"),
                () -> assertEquals(List.of(), app1Segments(jpegBytes), "JPEG APP1 segments (EXIF/XMP)"));
    }

    /** The upright photo: the astronaut's top 512×384. */
    private static BufferedImage upright() throws IOException {
        BufferedImage astronaut = ImageIO.read(LiveSite.testData().resolve("faces/astronaut.png").toFile());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(astronaut, 0, 0, null);
        g.dispose();
        return image;
    }

    /**
     * The upright photo as a camera held sideways stores it: pixels turned 90° counter-clockwise,
     * EXIF Orientation 6, and a GPS IFD with latitude, longitude and a processing-method note.
     */
    private static Path cameraJpeg(BufferedImage upright) throws IOException {
        BufferedImage stored = new BufferedImage(HEIGHT, WIDTH, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                // Shown (x, y) comes from stored (y, WIDTH - 1 - x) when shown = stored turned clockwise.
                stored.setRGB(y, WIDTH - 1 - x, upright.getRGB(x, y));
            }
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = exif();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + exif.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        Path file = LiveSite.buildDir().resolve("it-metadata/camera-turned-gps.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return file;
    }

    /** "Exif\0\0" and a little-endian TIFF: IFD0 (Orientation 6, GPS pointer), then the GPS IFD. */
    private static byte[] exif() {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then the next-IFD offset 0.
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, 6);              // Orientation, SHORT: 6
        entry(tiff, 0x8825, 4, 1, gpsIfd);         // GPSInfo IFD pointer, LONG
        tiff.putInt(0);
        // GPS IFD: five entries; the rationals and the note follow it.
        int data = gpsIfd + 2 + 5 * 12 + 4;
        int latitude = data;
        int longitude = latitude + 24;
        int note = longitude + 24;
        tiff.putShort((short) 5);
        entry(tiff, 0x0001, 2, 2, 'N');            // GPSLatitudeRef "N"
        entry(tiff, 0x0002, 5, 3, latitude);       // GPSLatitude, 3 RATIONAL
        entry(tiff, 0x0003, 2, 2, 'W');            // GPSLongitudeRef "W"
        entry(tiff, 0x0004, 5, 3, longitude);      // GPSLongitude, 3 RATIONAL
        entry(tiff, 0x001B, 7, 8 + GPS_MARK.length, note); // GPSProcessingMethod, UNDEFINED
        tiff.putInt(0);
        for (int[] rational : new int[][] {{51, 1}, {28, 1}, {401, 10}, {0, 1}, {0, 1}, {53, 10}}) {
            tiff.putInt(rational[0]).putInt(rational[1]);
        }
        tiff.put("ASCII\0\0\0".getBytes(StandardCharsets.US_ASCII)).put(GPS_MARK);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[header.length + tiff.position()];
        System.arraycopy(header, 0, result, 0, header.length);
        System.arraycopy(tiff.array(), 0, result, header.length, tiff.position());
        return result;
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** The APP1 segments of a JPEG, each as "offset:identifier". */
    private static List<String> app1Segments(byte[] jpeg) {
        List<String> found = new java.util.ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break; // start of scan: no more metadata segments
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xE1) {
                found.add(i + ":" + new String(jpeg, i + 4, Math.min(8, length - 2), StandardCharsets.ISO_8859_1));
            }
            i += 2 + length;
        }
        return found;
    }

    private static void choose(String selectId, String value) {
        browser().execute("document.getElementById('settings').open = true;");
        new Select(browser().find("#" + selectId)).selectByValue(value);
        browser().waitFor(Duration.ofSeconds(5), "Download to follow " + value,
                d -> browser().find("#download").getText().contains(value.startsWith("PNG") ? "PNG" : "JPEG"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package app.maskai.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageHeaderTest {

    private static byte[] encode(String format, int width, int height, int type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, type), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void readsTheSizeOfFilesJavaWrites(String format) throws IOException {
        byte[] bytes = encode(format, 321, 123, BufferedImage.TYPE_3BYTE_BGR);
        ImageHeader header = ImageHeader.read(bytes);
        assertEquals(format.equals("jpeg") ? "JPEG" : format.toUpperCase(), header.format.name());
        assertEquals(321, header.width);
        assertEquals(123, header.height);
        assertNull(PhotoCheck.problem(header));
    }

    @Test
    void findsTheJpegFrameBehindLargeMetadata() throws IOException {
        byte[] jpeg = encode("jpeg", 640, 480, BufferedImage.TYPE_3BYTE_BGR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        byte[] app1 = new byte[60_000];
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) ((app1.length + 2) >> 8), (byte) (app1.length + 2)});
        out.write(app1);
        out.write(jpeg, 2, jpeg.length - 2);
        ImageHeader header = ImageHeader.read(out.toByteArray());
        assertEquals(ImageHeader.Format.JPEG, header.format);
        assertEquals(640, header.width);
        assertEquals(480, header.height);
    }

    @Test
    void aPngDeclaringThirtyThousandSquareIsRefusedBeforeDecoding() {
        byte[] bomb = new byte[33];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, bomb, 0, signature.length);
        int side = 30_000;
        for (int i = 0; i < 2; i++) {
            bomb[16 + 4 * i] = (byte) (side >>> 24);
            bomb[17 + 4 * i] = (byte) (side >>> 16);
            bomb[18 + 4 * i] = (byte) (side >>> 8);
            bomb[19 + 4 * i] = (byte) side;
        }
        ImageHeader header = ImageHeader.read(bomb);
        assertEquals(ImageHeader.Format.PNG, header.format);
        assertEquals(900_000_000L, header.pixels());
        String problem = PhotoCheck.problem(header);
        assertNotNull(problem);
        assertTrue(problem.contains("30000×30000") && problem.contains("900 megapixels"), problem);
    }

    @Test
    void sixtyMegapixelsAreAllowed() {
        assertNull(PhotoCheck.problem(webpExtended(9487, 6325)));
    }

    private static ImageHeader webpExtended(int width, int height) {
        byte[] b = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
        int w = width - 1;
        int h = height - 1;
        b[24] = (byte) w;
        b[25] = (byte) (w >> 8);
        b[26] = (byte) (w >> 16);
        b[27] = (byte) h;
        b[28] = (byte) (h >> 8);
        b[29] = (byte) (h >> 16);
        ImageHeader header = ImageHeader.read(b);
        assertEquals(ImageHeader.Format.WEBP, header.format);
        assertEquals(width, header.width);
        assertEquals(height, header.height);
        return header;
    }

    @Test
    void recognisesHeicSvgHtmlAndText() {
        byte[] heic = new byte[16];
        System.arraycopy("ftypheic".getBytes(StandardCharsets.US_ASCII), 0, heic, 4, 8);
        assertEquals(ImageHeader.Format.HEIC, ImageHeader.read(heic).format);
        assertEquals(ImageHeader.Format.SVG, read("\uFEFF  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").format);
        assertEquals(ImageHeader.Format.HTML, read("<!DOCTYPE html><html><body>hi</body></html>").format);
        assertEquals(ImageHeader.Format.TEXT, read("This is not a photo.\n").format);
        for (String text : new String[] {"<svg/>", "<!doctype html>", "plain words"}) {
            assertNotNull(PhotoCheck.problem(read(text)), text);
        }
    }

    private static ImageHeader read(String text) {
        return ImageHeader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyPrefixOfARealFileIsReadWithoutThrowing() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif", "bmp"}) {
            byte[] bytes = encode(format, 50, 40, BufferedImage.TYPE_3BYTE_BGR);
            for (int length = 0; length <= Math.min(bytes.length, 400); length++) {
                ImageHeader header = ImageHeader.read(Arrays.copyOf(bytes, length));
                assertTrue(!header.hasSize() || (header.width == 50 && header.height == 40), format + " " + length
                        + ": " + header);
            }
        }
        assertEquals(ImageHeader.Format.UNKNOWN, ImageHeader.read(new byte[0]).format);
        assertEquals(ImageHeader.Format.UNKNOWN, ImageHeader.read(null).format);
    }
}

package app.maskai.masks.templates;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The picture files of a template: the whole picture as a JPEG, the front layer and the thumbnail
 * as PNGs. Encoded through memory (an ImageOutputStream on a file writes over it without
 * truncating it); ImageIO's encoders are deterministic, so the bytes are the same every run.
 */
public final class TemplateFiles {
    /** JPEG quality (ImageIO's 0..1 scale, the IJG quality 90), as the masks' textures. */
    static final float QUALITY = 0.9f;
    /** The thumbnail is the picture shrunk by this factor: 120 × 150. */
    static final int THUMB_FACTOR = 6;

    private TemplateFiles() {
    }

    /** Writes {@code image} (opaque RGB) as a JPEG of quality 90; returns its size in bytes. */
    static long jpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            // Progressive scans: the same pixels in fewer bytes, and a picture that shows early.
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.write(file, bytes.toByteArray());
        return bytes.size();
    }

    /** Writes {@code image} as a PNG at deflate's strongest level; returns its size in bytes. */
    public static long png(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.write(file, bytes.toByteArray());
        return bytes.size();
    }

    /**
     * The picture shrunk by {@link #THUMB_FACTOR}, each thumbnail pixel the mean of the 6 × 6
     * pixels it covers (an area average: no aliasing of fine stars, mail or lettering).
     */
    static BufferedImage thumbnail(BufferedImage picture) {
        int f = THUMB_FACTOR;
        int w = picture.getWidth() / f;
        int h = picture.getHeight() / f;
        int[] src = TemplateCanvas.pixels(picture);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] dst = TemplateCanvas.pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int j = 0; j < f; j++) {
                    for (int i = 0; i < f; i++) {
                        int c = src[(y * f + j) * picture.getWidth() + x * f + i];
                        r += (c >> 16) & 255;
                        g += (c >> 8) & 255;
                        b += c & 255;
                    }
                }
                int n = f * f;
                dst[y * w + x] = (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
        }
        return out;
    }
}

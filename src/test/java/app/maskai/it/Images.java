package app.maskai.it;

import java.awt.image.BufferedImage;

/** Comparing two images block by block, for the browser tests that read back what the app drew. */
final class Images {
    private Images() {
    }

    /**
     * Writes a PNG the page gave as a data: URL (canvas.toDataURL) to {@code file}, its folder made
     * where missing; returns the file.
     */
    static java.nio.file.Path writeDataUrl(String dataUrl, java.nio.file.Path file) {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            return java.nio.file.Files.write(file,
                    java.util.Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Largest absolute difference of any channel (alpha included) over the block. */
    static int maxDifference(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
        int max = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
            }
        }
        return max;
    }

    /** Mean absolute RGB difference over the block. */
    static double meanDifference(BufferedImage a, BufferedImage b, int x0, int y0, int w, int h) {
        long sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * w * h);
    }
}

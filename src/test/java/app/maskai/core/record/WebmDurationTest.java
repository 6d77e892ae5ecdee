package app.maskai.core.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WebmDurationTest {
    private static final byte[] UNKNOWN_SIZE = {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF, (byte) 0xFF};

    /** A file laid out as Chromium's MediaRecorder writes one: unknown-size Segment and Clusters, no Duration. */
    static byte[] recorded(int frames, int frameMs, boolean seekHead, boolean knownSegmentSize) {
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        if (seekHead) {
            write(segment, element(WebmDuration.SEEK_HEAD, new byte[] {0x4D, (byte) 0xBB, (byte) 0x80}));
        }
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        write(info, element(WebmDuration.TIMECODE_SCALE, new byte[] {0x0F, 0x42, 0x40}));
        write(info, element(0x4D80, "Chrome".getBytes(StandardCharsets.US_ASCII)));
        write(segment, element(WebmDuration.INFO, info.toByteArray()));
        write(segment, element(0x1654AE6B, new byte[] {(byte) 0xAE, (byte) 0x83, (byte) 0xD7, (byte) 0x81, 0x01}));
        int perCluster = 30;
        for (int start = 0; start < frames; start += perCluster) {
            ByteArrayOutputStream cluster = new ByteArrayOutputStream();
            long clusterTime = (long) start * frameMs;
            write(cluster, element(WebmDuration.CLUSTER_TIMECODE, uint(clusterTime)));
            for (int f = start; f < Math.min(frames, start + perCluster); f++) {
                int relative = (int) (f * frameMs - clusterTime);
                byte[] block = {(byte) 0x81, (byte) (relative >> 8), (byte) relative, (byte) 0x80, 1, 2, 3, 4};
                write(cluster, element(WebmDuration.SIMPLE_BLOCK, block));
            }
            write(segment, id(WebmDuration.CLUSTER));
            write(segment, UNKNOWN_SIZE);
            write(segment, cluster.toByteArray());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        write(file, element(WebmDuration.EBML, element(0x4282, "webm".getBytes(StandardCharsets.US_ASCII))));
        write(file, id(WebmDuration.SEGMENT));
        write(file, knownSegmentSize ? WebmDuration.sizeField(segment.size(), 8) : UNKNOWN_SIZE);
        write(file, segment.toByteArray());
        return file.toByteArray();
    }

    @Test
    void theDurationIsReadFromTheBlocksAndWrittenIntoTheInfo() {
        byte[] webm = recorded(150, 33, false, false); // 150 frames at 33 ms: 4.95 s
        assertEquals(149 * 33, WebmDuration.span(webm), 1e-9);
        assertEquals(150, WebmDuration.frames(webm));
        assertTrue(Double.isNaN(WebmDuration.declared(webm)), "MediaRecorder's file declares no duration");
        byte[] fixed = WebmDuration.withDuration(webm, 150 * 33);
        assertEquals(webm.length + 11, fixed.length);
        assertEquals(4950, WebmDuration.declared(fixed), 1e-9);
        assertEquals(149 * 33, WebmDuration.span(fixed), 1e-9, "the blocks are where they were");
        assertEquals(150, WebmDuration.frames(fixed));
        assertSame(fixed, WebmDuration.withDuration(fixed, 1000), "a declared duration is kept");
    }

    @Test
    void aSegmentOfKnownSizeGrowsByTheDuration() {
        byte[] webm = recorded(40, 40, false, true);
        byte[] fixed = WebmDuration.withDuration(webm, 1600);
        WebmDuration.Layout before = WebmDuration.walk(webm);
        WebmDuration.Layout after = WebmDuration.walk(fixed);
        assertEquals(before.segmentSize + 11, after.segmentSize);
        assertEquals(fixed.length, after.segmentSizeAt + after.segmentSizeWidth + after.segmentSize);
        assertEquals(1600, WebmDuration.declared(fixed), 1e-9);
    }

    @Test
    void aFileWithOffsetsOrThatIsNotWebmIsLeftAsItWas() {
        byte[] withSeekHead = recorded(30, 33, true, false);
        assertSame(withSeekHead, WebmDuration.withDuration(withSeekHead, 990));
        byte[] junk = "not a video at all".getBytes(StandardCharsets.US_ASCII);
        assertSame(junk, WebmDuration.withDuration(junk, 990));
        assertTrue(Double.isNaN(WebmDuration.span(junk)));
        assertTrue(Double.isNaN(WebmDuration.span(new byte[0])));
        assertEquals(0, WebmDuration.frames(junk));
        byte[] webm = recorded(30, 33, false, false);
        assertSame(webm, WebmDuration.withDuration(webm, Double.NaN));
        assertSame(webm, WebmDuration.withDuration(webm, -5));
    }

    @Test
    void aFileCutShortOrDamagedAnywhereNeverThrows() {
        byte[] webm = recorded(60, 33, false, false);
        for (int cut = 0; cut < webm.length; cut += 7) {
            byte[] part = Arrays.copyOf(webm, cut);
            WebmDuration.span(part);
            byte[] fixed = WebmDuration.withDuration(part, 1000);
            assertTrue(fixed == part || fixed.length == part.length + 11);
        }
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 500; round++) {
            byte[] damaged = webm.clone();
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            WebmDuration.span(damaged);
            WebmDuration.declared(WebmDuration.withDuration(damaged, 1000));
        }
    }

    @Test
    void sizeFieldsKeepTheirWidthWhereTheValueFits() {
        assertArrayEquals(new byte[] {(byte) 0x85}, WebmDuration.sizeField(5, 1));
        assertArrayEquals(new byte[] {0x40, 0x7F}, WebmDuration.sizeField(127, 1), "127 is 1 byte's 'unknown'");
        assertArrayEquals(new byte[] {0x01, 0, 0, 0, 0, 0, 0, 5}, WebmDuration.sizeField(5, 8));
        assertEquals(5, WebmDuration.size(WebmDuration.sizeField(5, 8), 0));
    }

    private static byte[] element(int id, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, id(id));
        write(out, WebmDuration.sizeField(data.length, 1));
        write(out, data);
        return out.toByteArray();
    }

    private static byte[] id(int id) {
        int width = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) {
            out[i] = (byte) (id >>> (8 * (width - 1 - i)));
        }
        return out;
    }

    private static byte[] uint(long value) {
        return new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }
}

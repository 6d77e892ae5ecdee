package app.maskai.core.record;

/**
 * The duration of a WebM file that MediaRecorder wrote, and the same file with that duration in
 * its header. MediaRecorder streams: it starts the file before it knows how long it will be, so
 * its Segment Info has no Duration, and players then show no length and cannot seek. The frames'
 * own timecodes say how long it is; this reads them and writes Duration into the Info.
 *
 * <p>EBML (RFC 8794) and the Matroska elements used (RFC 9559): an element is an ID (1–4 bytes,
 * its length marker kept) and a size (1–8 bytes, the marker removed; all ones: unknown, as a
 * recorder writes for the Segment and its Clusters), then its data. The Segment and Clusters are
 * walked into whatever their size; every other element is stepped over by its size. A file with a
 * SeekHead or Cues (offsets that an insertion would break), an Info that already has a Duration,
 * or anything unreadable is returned as it was.
 */
public final class WebmDuration {
    static final int EBML = 0x1A45DFA3;
    static final int SEGMENT = 0x18538067;
    static final int SEEK_HEAD = 0x114D9B74;
    static final int INFO = 0x1549A966;
    static final int TIMECODE_SCALE = 0x2AD7B1;
    static final int DURATION = 0x4489;
    static final int CLUSTER = 0x1F43B675;
    static final int CUES = 0x1C53BB6B;
    static final int CLUSTER_TIMECODE = 0xE7;
    static final int SIMPLE_BLOCK = 0xA3;
    static final int BLOCK_GROUP = 0xA0;
    static final int BLOCK = 0xA1;
    private static final long UNKNOWN = -1;

    /** What a walk through a file found. */
    static final class Layout {
        /** Where the Info element starts, its size field's width and its data's start and end; -1: none. */
        int infoStart = -1;
        int infoSizeWidth;
        int infoDataStart;
        int infoDataEnd;
        /** Where the Segment's size field starts and its width, and whether the size is known. */
        int segmentSizeAt = -1;
        int segmentSizeWidth;
        long segmentSize = UNKNOWN;
        boolean hasDuration;
        boolean hasOffsets;
        long timecodeScale = 1_000_000;
        /** The first and last block's time, in timecode units, and how many blocks. */
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int blocks;
        boolean readable;
    }

    private WebmDuration() {
    }

    /** The last frame's time after the first's, in milliseconds; NaN where it has no readable frame. */
    public static double span(byte[] webm) {
        Layout layout = walk(webm);
        return !layout.readable || layout.blocks == 0 ? Double.NaN
                : (layout.last - layout.first) * layout.timecodeScale / 1e6;
    }

    /** How many frames (blocks) it holds. */
    public static int frames(byte[] webm) {
        Layout layout = walk(webm);
        return layout.readable ? layout.blocks : 0;
    }

    /** The Duration its Info declares, in milliseconds; NaN where it declares none. */
    public static double declared(byte[] webm) {
        Layout layout = walk(webm);
        if (!layout.readable || !layout.hasDuration) {
            return Double.NaN;
        }
        int p = layout.infoDataStart;
        while (p < layout.infoDataEnd) {
            int id = id(webm, p);
            int idWidth = idWidth(webm[p]);
            int sizeWidth = sizeWidth(webm[p + idWidth]);
            long size = size(webm, p + idWidth);
            int data = p + idWidth + sizeWidth;
            if (id == DURATION) {
                double units = size == 4 ? Float.intBitsToFloat((int) uint(webm, data, 4))
                        : Double.longBitsToDouble(uint(webm, data, 8));
                return units * layout.timecodeScale / 1e6;
            }
            p = (int) (data + size);
        }
        return Double.NaN;
    }

    /**
     * {@code webm} with a Duration of {@code milliseconds} in its Info, as an 8-byte float;
     * {@code webm} itself where it cannot be written safely (see the class's note).
     */
    public static byte[] withDuration(byte[] webm, double milliseconds) {
        Layout layout = walk(webm);
        if (!layout.readable || layout.infoStart < 0 || layout.hasDuration || layout.hasOffsets
                || !(milliseconds > 0) || Double.isInfinite(milliseconds)) {
            return webm;
        }
        byte[] element = new byte[11];
        element[0] = (byte) 0x44;
        element[1] = (byte) 0x89;
        element[2] = (byte) 0x88; // size 8
        long bits = Double.doubleToLongBits(milliseconds * 1e6 / layout.timecodeScale);
        for (int i = 0; i < 8; i++) {
            element[3 + i] = (byte) (bits >>> (56 - 8 * i));
        }
        long infoSize = layout.infoDataEnd - layout.infoDataStart + element.length;
        byte[] sizeField = sizeField(infoSize, layout.infoSizeWidth);
        int grown = element.length + sizeField.length - layout.infoSizeWidth;
        byte[] segmentSize = layout.segmentSize == UNKNOWN ? null
                : sizeField(layout.segmentSize + grown, layout.segmentSizeWidth);
        if (segmentSize != null && segmentSize.length != layout.segmentSizeWidth) {
            return webm; // the Segment's size field would have to grow too: left as it was
        }
        byte[] out = new byte[webm.length + grown];
        int infoSizeAt = layout.infoStart + 4;
        System.arraycopy(webm, 0, out, 0, infoSizeAt);
        if (segmentSize != null) {
            System.arraycopy(segmentSize, 0, out, layout.segmentSizeAt, segmentSize.length);
        }
        int at = infoSizeAt;
        System.arraycopy(sizeField, 0, out, at, sizeField.length);
        at += sizeField.length;
        int dataLength = layout.infoDataEnd - layout.infoDataStart;
        System.arraycopy(webm, layout.infoDataStart, out, at, dataLength);
        at += dataLength;
        System.arraycopy(element, 0, out, at, element.length);
        at += element.length;
        System.arraycopy(webm, layout.infoDataEnd, out, at, webm.length - layout.infoDataEnd);
        return out;
    }

    static Layout walk(byte[] b) {
        Layout layout = new Layout();
        try {
            if (b.length < 4 || id(b, 0) != EBML) {
                return layout;
            }
            long clusterTime = 0;
            int p = 0;
            while (p < b.length) {
                int idWidth = idWidth(b[p]);
                if (idWidth == 0 || p + idWidth >= b.length) {
                    break;
                }
                int id = id(b, p);
                int sizeAt = p + idWidth;
                int sizeWidth = sizeWidth(b[sizeAt]);
                if (sizeWidth == 0 || sizeAt + sizeWidth > b.length) {
                    break;
                }
                long size = size(b, sizeAt);
                int data = sizeAt + sizeWidth;
                if (id == SEGMENT) {
                    layout.segmentSizeAt = sizeAt;
                    layout.segmentSizeWidth = sizeWidth;
                    layout.segmentSize = size;
                    p = data;
                    continue;
                }
                if (id == CLUSTER || id == BLOCK_GROUP) {
                    p = data; // walked into, whatever its size
                    continue;
                }
                if (size == UNKNOWN || data + size > b.length) {
                    // Only the last element of a file cut short may run past its end.
                    if (size != UNKNOWN && (id == SIMPLE_BLOCK || id == BLOCK) && data + 4 <= b.length) {
                        clusterTime = block(b, data, clusterTime, layout);
                    }
                    break;
                }
                switch (id) {
                    case INFO:
                        layout.infoStart = p;
                        layout.infoSizeWidth = sizeWidth;
                        layout.infoDataStart = data;
                        layout.infoDataEnd = (int) (data + size);
                        info(b, data, (int) (data + size), layout);
                        break;
                    case SEEK_HEAD:
                    case CUES:
                        layout.hasOffsets = true;
                        break;
                    case CLUSTER_TIMECODE:
                        clusterTime = uint(b, data, (int) size);
                        break;
                    case SIMPLE_BLOCK:
                    case BLOCK:
                        block(b, data, clusterTime, layout);
                        break;
                    default:
                        break;
                }
                p = (int) (data + size);
            }
            layout.readable = true;
        } catch (RuntimeException damaged) {
            layout.readable = false;
        }
        return layout;
    }

    private static void info(byte[] b, int from, int to, Layout layout) {
        int p = from;
        while (p < to) {
            int idWidth = idWidth(b[p]);
            int id = id(b, p);
            int sizeWidth = sizeWidth(b[p + idWidth]);
            long size = size(b, p + idWidth);
            int data = p + idWidth + sizeWidth;
            if (id == TIMECODE_SCALE && size >= 1 && size <= 8) {
                long scale = uint(b, data, (int) size);
                if (scale > 0) {
                    layout.timecodeScale = scale;
                }
            } else if (id == DURATION) {
                layout.hasDuration = true;
            }
            p = (int) (data + size);
        }
    }

    /** A (Simple)Block: its track number, then its time relative to its Cluster's (16 bits, signed). */
    private static long block(byte[] b, int data, long clusterTime, Layout layout) {
        int trackWidth = sizeWidth(b[data]);
        int at = data + trackWidth;
        short relative = (short) (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
        long time = clusterTime + relative;
        layout.first = Math.min(layout.first, time);
        layout.last = Math.max(layout.last, time);
        layout.blocks++;
        return clusterTime;
    }

    /** The width of an element ID from its first byte (1–4), 0 where it is not one. */
    static int idWidth(byte first) {
        int v = first & 0xFF;
        return v >= 0x80 ? 1 : v >= 0x40 ? 2 : v >= 0x20 ? 3 : v >= 0x10 ? 4 : 0;
    }

    static int id(byte[] b, int p) {
        int width = idWidth(b[p]);
        int id = 0;
        for (int i = 0; i < width; i++) {
            id = (id << 8) | (b[p + i] & 0xFF);
        }
        return id;
    }

    /** The width of a size field from its first byte (1–8), 0 where it is not one. */
    static int sizeWidth(byte first) {
        int v = first & 0xFF;
        for (int width = 1; width <= 8; width++) {
            if ((v & (0x100 >> width)) != 0) {
                return width;
            }
        }
        return 0;
    }

    /** The size at {@code p}, or {@link #UNKNOWN} where all its value bits are ones. */
    static long size(byte[] b, int p) {
        int width = sizeWidth(b[p]);
        long value = b[p] & (0xFF >> width);
        boolean allOnes = value == (0xFF >> width);
        for (int i = 1; i < width; i++) {
            int next = b[p + i] & 0xFF;
            allOnes &= next == 0xFF;
            value = (value << 8) | next;
        }
        return allOnes ? UNKNOWN : value;
    }

    /** {@code size} as a size field of {@code width} bytes, or of the fewest bytes that hold it where it does not fit. */
    static byte[] sizeField(long size, int width) {
        int w = width;
        while (w < 8 && size >= (1L << (7 * w)) - 1) {
            w++;
        }
        byte[] out = new byte[w];
        long value = size | (1L << (7 * w));
        for (int i = 0; i < w; i++) {
            out[i] = (byte) (value >>> (8 * (w - 1 - i)));
        }
        return out;
    }

    static long uint(byte[] b, int p, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (b[p + i] & 0xFF);
        }
        return value;
    }
}

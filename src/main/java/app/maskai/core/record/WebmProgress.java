package app.maskai.core.record;

/**
 * How far a WebM file being written has got, read from its bytes as they come, chunk by chunk:
 * how many frames (blocks) it holds and the time of the latest. A recording's Stop waits on it: it
 * stops asking for frames, then lets the encoder go on until the file reaches the last frame asked
 * for (or stops making progress), so that a busy device's recording keeps its whole length.
 *
 * <p>Reads as {@link WebmDuration} does (the Segment, Clusters and BlockGroups walked into, every
 * other element stepped over by its size), across chunk boundaries: only an element's header and
 * a block's first bytes are ever held; the rest is skipped as it passes. Allocation-free per chunk.
 */
public final class WebmProgress {
    /** Longest header held: a 4-byte ID, an 8-byte size, and a block's track number (≤ 8) and time (2). */
    private static final int HEADER = 22;

    private final byte[] pending = new byte[HEADER];
    private int pendingLength;
    /** Bytes of the current element's data still to pass over. */
    private long skipping;
    private long timecodeScale = 1_000_000;
    private long clusterTime;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private int blocks;
    private boolean broken;
    /** Reading a Cluster's Timecode or the Info's TimecodeScale: its value's bytes, to come. */
    private int valueId;
    private int valueBytesLeft;
    private long value;
    private boolean inInfo;
    private long infoLeft;

    /** Reads the next {@code length} bytes of the file from {@code bytes} at {@code offset}. */
    public void feed(byte[] bytes, int offset, int length) {
        int p = offset;
        int end = offset + length;
        while (p < end && !broken) {
            if (valueBytesLeft > 0) {
                value = (value << 8) | (bytes[p++] & 0xFF);
                if (inInfo) {
                    infoLeft--;
                }
                if (--valueBytesLeft == 0) {
                    finishValue();
                }
                continue;
            }
            if (skipping > 0) {
                int n = (int) Math.min(skipping, end - p);
                p += n;
                skipping -= n;
                if (inInfo) {
                    infoLeft -= n;
                    if (infoLeft <= 0) {
                        inInfo = false;
                    }
                }
                continue;
            }
            pending[pendingLength++] = bytes[p++];
            parsePending();
        }
    }

    /** Frames read so far. */
    public int blocks() {
        return blocks;
    }

    /** The latest frame's time after the first's, in milliseconds; NaN before any frame. */
    public double lastMilliseconds() {
        return blocks == 0 ? Double.NaN : (last - first) * timecodeScale / 1e6;
    }

    /** Whether the bytes stopped making sense (progress is then unknown). */
    public boolean broken() {
        return broken;
    }

    private void parsePending() {
        int idWidth = WebmDuration.idWidth(pending[0]);
        if (idWidth == 0) {
            broken = true;
            return;
        }
        if (pendingLength < idWidth + 1) {
            return;
        }
        int sizeWidth = WebmDuration.sizeWidth(pending[idWidth]);
        if (sizeWidth == 0) {
            broken = true;
            return;
        }
        int header = idWidth + sizeWidth;
        if (pendingLength < header) {
            return;
        }
        int id = WebmDuration.id(pending, 0);
        long size = WebmDuration.size(pending, idWidth);
        boolean block = id == WebmDuration.SIMPLE_BLOCK || id == WebmDuration.BLOCK;
        if (block) {
            if (pendingLength < header + 1) {
                return;
            }
            int trackWidth = WebmDuration.sizeWidth(pending[header]);
            if (trackWidth == 0) {
                broken = true;
                return;
            }
            if (pendingLength < header + trackWidth + 2) {
                return;
            }
            int at = header + trackWidth;
            short relative = (short) (((pending[at] & 0xFF) << 8) | (pending[at + 1] & 0xFF));
            long time = clusterTime + relative;
            first = Math.min(first, time);
            last = Math.max(last, time);
            blocks++;
            int consumed = pendingLength - header;
            consumeHeader(header);
            skipping = Math.max(0, size - consumed);
            return;
        }
        consumeHeader(header);
        if (id == WebmDuration.SEGMENT || id == WebmDuration.CLUSTER || id == WebmDuration.BLOCK_GROUP) {
            return; // walked into
        }
        if (size < 0) {
            broken = true; // an element of unknown size that is not walked into
            return;
        }
        if (id == WebmDuration.INFO) {
            inInfo = true;
            infoLeft = size;
            return; // walked into, for its TimecodeScale
        }
        if ((id == WebmDuration.CLUSTER_TIMECODE || (inInfo && id == WebmDuration.TIMECODE_SCALE)) && size >= 1
                && size <= 8) {
            valueId = id;
            valueBytesLeft = (int) size;
            value = 0;
            return;
        }
        skipping = size;
    }

    private void consumeHeader(int header) {
        if (inInfo) {
            infoLeft -= header;
        }
        pendingLength = 0;
        if (inInfo && infoLeft <= 0) {
            inInfo = false;
        }
    }

    private void finishValue() {
        if (valueId == WebmDuration.CLUSTER_TIMECODE) {
            clusterTime = value;
        } else if (value > 0) {
            timecodeScale = value;
        }
        if (inInfo && infoLeft <= 0) {
            inInfo = false;
        }
    }
}

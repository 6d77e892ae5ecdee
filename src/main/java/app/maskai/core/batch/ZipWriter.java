package app.maskai.core.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ZIP file (PKWARE APPNOTE 6.3.10) written as it goes, entries stored, not compressed: the
 * results are PNG and JPEG files, already compressed, that deflate would shrink by a percent or
 * two for the time it costs. Each entry's bytes are the caller's own (a Blob in the browser, never
 * copied into the file here): this writes only what goes around them, a local header before each
 * entry and, at the end, the central directory. So a batch's memory holds the results once, and
 * the ZIP is their headers and the results side by side.
 *
 * <p>Names are UTF-8 (flag bit 11); sizes and offsets are 32-bit (no ZIP64): at most 65,535
 * entries and 4 GiB in all, refused beyond. Modification times are the DOS form of the one time
 * given for the whole file (a batch's start), so that the same batch gives the same bytes.
 */
public final class ZipWriter {
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** 2.0: the version that reads stored entries and folders. */
    private static final int VERSION = 20;
    private static final int UTF8_NAMES = 1 << 11;
    private static final long MAX_OFFSET = 0xFFFF_FFFFL;
    public static final int MAX_ENTRIES = 0xFFFF;

    private final int dosTime;
    private final int dosDate;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private long offset;
    private boolean finished;

    private static final class Entry {
        final byte[] name;
        final int crc;
        final long size;
        final long offset;

        Entry(byte[] name, int crc, long size, long offset) {
            this.name = name;
            this.crc = crc;
            this.size = size;
            this.offset = offset;
        }
    }

    /** {@code year}..{@code second}: the entries' time (local, as DOS keeps it; years 1980–2107). */
    public ZipWriter(int year, int month, int day, int hour, int minute, int second) {
        int y = Math.max(1980, Math.min(2107, year));
        dosDate = ((y - 1980) << 9) | (month << 5) | day;
        dosTime = (hour << 11) | (minute << 5) | (second / 2);
    }

    /**
     * The local header of the next entry, {@code name} ({@code size} bytes whose CRC-32 is {@code
     * crc}): write it, then the entry's own bytes. Throws where the name is empty, already used or
     * unsafe (absolute, or with a ".." part), or where the file would pass ZIP's 32-bit limits.
     */
    public byte[] entry(String name, int crc, long size) {
        if (finished) {
            throw new IllegalStateException("the central directory is written: no entry may follow");
        }
        if (!isSafeName(name)) {
            throw new IllegalArgumentException("not a safe entry name: " + name);
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("an entry is already named " + name);
        }
        if (entries.size() >= MAX_ENTRIES) {
            throw new IllegalStateException("a ZIP without ZIP64 holds at most " + MAX_ENTRIES + " entries");
        }
        byte[] encoded = name.getBytes(StandardCharsets.UTF_8);
        long end = offset + 30 + encoded.length + size;
        if (size < 0 || end > MAX_OFFSET) {
            throw new IllegalStateException("a ZIP without ZIP64 holds at most 4 GiB");
        }
        entries.add(new Entry(encoded, crc, size, offset));
        Bytes out = new Bytes(30 + encoded.length);
        out.int32(LOCAL_HEADER).int16(VERSION).int16(UTF8_NAMES).int16(0).int16(dosTime).int16(dosDate)
                .int32(crc).int32((int) size).int32((int) size).int16(encoded.length).int16(0).bytes(encoded);
        offset = end;
        return out.array;
    }

    /** The central directory and its end record: the file's last bytes. No entry may follow. */
    public byte[] finish() {
        if (finished) {
            throw new IllegalStateException("the central directory is already written");
        }
        finished = true;
        int length = 22;
        for (Entry e : entries) {
            length += 46 + e.name.length;
        }
        if (offset + length > MAX_OFFSET) {
            throw new IllegalStateException("a ZIP without ZIP64 holds at most 4 GiB");
        }
        Bytes out = new Bytes(length);
        for (Entry e : entries) {
            out.int32(CENTRAL_HEADER).int16(VERSION).int16(VERSION).int16(UTF8_NAMES).int16(0).int16(dosTime)
                    .int16(dosDate).int32(e.crc).int32((int) e.size).int32((int) e.size).int16(e.name.length)
                    .int16(0).int16(0).int16(0).int16(0).int32(0).int32((int) e.offset).bytes(e.name);
        }
        out.int32(END_OF_CENTRAL_DIRECTORY).int16(0).int16(0).int16(entries.size()).int16(entries.size())
                .int32(length - 22).int32((int) offset).int16(0);
        offset += length;
        return out.array;
    }

    /** The bytes written so far (headers and the entries' own bytes). */
    public long length() {
        return offset;
    }

    /** Whether {@code name} is a relative path without empty, "." or ".." parts and at most 255 bytes. */
    public static boolean isSafeName(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.getBytes(StandardCharsets.UTF_8).length > 255) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Little-endian bytes into a fixed array. */
    private static final class Bytes {
        final byte[] array;
        int at;

        Bytes(int length) {
            array = new byte[length];
        }

        Bytes int16(int v) {
            array[at++] = (byte) v;
            array[at++] = (byte) (v >>> 8);
            return this;
        }

        Bytes int32(int v) {
            int16(v);
            return int16(v >>> 16);
        }

        Bytes bytes(byte[] b) {
            System.arraycopy(b, 0, array, at, b.length);
            at += b.length;
            return this;
        }
    }
}

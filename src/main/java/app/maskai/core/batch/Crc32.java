package app.maskai.core.batch;

/**
 * CRC-32 as ZIP uses it (ISO 3309, polynomial 0xEDB88320 reflected), fed in pieces: a result's
 * bytes may come in several arrays. Table-driven, one table for the whole program.
 */
public final class Crc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private int crc = 0xFFFFFFFF;

    public Crc32 update(byte[] bytes, int offset, int length) {
        int c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
        }
        crc = c;
        return this;
    }

    /** The CRC of everything given so far. */
    public int value() {
        return ~crc;
    }

    public static int of(byte[] bytes) {
        return new Crc32().update(bytes, 0, bytes.length).value();
    }
}

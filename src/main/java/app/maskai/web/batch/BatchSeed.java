package app.maskai.web.batch;

import org.teavm.jso.JSBody;

/** A batch's seed where none is given: 48 random bits, a whole number JSON and JavaScript keep exactly. */
public final class BatchSeed {
    private BatchSeed() {
    }

    public static long random() {
        return (long) randomBits();
    }

    @JSBody(script = "var words = new Uint32Array(2); crypto.getRandomValues(words);"
            + " return (words[0] & 0xffff) * 4294967296 + words[1];")
    private static native double randomBits();
}

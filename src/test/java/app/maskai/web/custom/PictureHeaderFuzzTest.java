package app.maskai.web.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.custom.CustomMaskLimits;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The checks a custom mask picture passes before it is decoded: the declared MIME type and size
 * ({@link CustomMaskLimits#refusal}) and the first bytes ({@link PictureLoader#contentProblem}).
 * Neither ever throws; the bytes pass exactly when they start with a PNG, JPEG or WebP signature;
 * a type passes only when it is one of the accepted three (case and parameters aside) and the
 * size and sides are within the limits; every refusal is a sentence.
 */
class PictureHeaderFuzzTest {
    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesExactlyWhatIsNotAPicture(FuzzedDataProvider data) {
        String type = data.consumeString(40);
        long bytes = data.consumeLong();
        int width = data.consumeInt();
        int height = data.consumeInt();
        byte[] head = data.consumeRemainingAsBytes();

        String refusal = CustomMaskLimits.refusal(type, bytes, width, height);
        String bare = type.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
        boolean fits = CustomMaskLimits.isAccepted(bare) && bytes <= CustomMaskLimits.MAX_BYTES
            && width >= 0 && height >= 0 && width <= CustomMaskLimits.MAX_SIDE
            && height <= CustomMaskLimits.MAX_SIDE;
        assertEquals(fits, refusal == null, type + " " + bytes + " " + width + "x" + height + ": " + refusal);
        if (refusal != null) {
            assertTrue(refusal.endsWith("."), refusal);
        }
        if (CustomMaskLimits.isAccepted(bare) && bytes > CustomMaskLimits.MAX_BYTES) {
            // "This picture is 25.1 MB; ...": never a size at or under the limit.
            String size = refusal.substring("This picture is ".length(), refusal.indexOf(" MB;"));
            assertTrue(Double.parseDouble(size) > 25, refusal);
        }

        String problem = PictureLoader.contentProblem(head, type);
        assertEquals(hasSignature(head), problem == null, problem);
        if (problem != null) {
            assertTrue(problem.endsWith("."), problem);
        }
    }

    private static boolean hasSignature(byte[] b) {
        return startsWith(b, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')
            || startsWith(b, 0, 0xFF, 0xD8, 0xFF)
            || startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
    }

    private static boolean startsWith(byte[] b, int offset, int... signature) {
        if (b.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

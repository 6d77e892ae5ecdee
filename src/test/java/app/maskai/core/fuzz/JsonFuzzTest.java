package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.maskai.core.json.Json;
import app.maskai.core.json.JsonException;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Json#parse} on any text either returns a value or throws {@link JsonException} (never
 * anything else, never a StackOverflowError however deep the nesting); what it returns writes
 * back with {@link Json#write} to text that parses to the same value and writes the same again.
 */
class JsonFuzzTest {
    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"{", "}", "[", "]", ":", ",", "\"", "\\u", "\\\"", "true", "false", "null",
        "-0", "1e308", "1e-400", "\uFEFF"})
    void parsesOrRefusesThenRoundTrips(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Object value;
        try {
            value = Json.parse(text);
        } catch (JsonException e) {
            assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            return;
        }
        String written = Json.write(value);
        Object again;
        try {
            again = Json.parse(written);
        } catch (JsonException e) {
            throw new AssertionError("Json.write gave text Json.parse refuses: " + written, e);
        }
        assertSameJson(value, again, "$");
        assertEquals(written, Json.write(again));
    }

    /** Equal as JSON values: numbers by ==, so -0 and 0 are the same number. */
    static void assertSameJson(Object expected, Object actual, String path) {
        if (expected instanceof Double && actual instanceof Double) {
            if ((Double) expected != (double) (Double) actual) {
                fail(path + ": " + expected + " became " + actual);
            }
        } else if (expected instanceof Map && actual instanceof Map) {
            Map<?, ?> e = (Map<?, ?>) expected;
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(List.copyOf(e.keySet()), List.copyOf(a.keySet()), path + " keys");
            for (Object key : e.keySet()) {
                assertSameJson(e.get(key), a.get(key), path + "." + key);
            }
        } else if (expected instanceof List && actual instanceof List) {
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), path + " length");
            Iterator<?> ai = a.iterator();
            int i = 0;
            for (Object item : e) {
                assertSameJson(item, ai.next(), path + "[" + i++ + "]");
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}

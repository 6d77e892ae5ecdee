package app.maskai.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static JsonException rejects(String text) {
        return assertThrows(JsonException.class, () -> Json.parse(text), text);
    }

    @Test
    void parsesEveryKindOfValue() {
        Object value = Json.parse(" {\"a\": [1, -2.5e2, true, false, null], \"b\": {\"c\": \"d\"},"
                + " \"e\": 0.125, \"f\": [] }\n");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(Arrays.asList("a", "b", "e", "f"), Arrays.asList(map.keySet().toArray()));
        assertEquals(Arrays.asList(1.0, -250.0, true, false, null), map.get("a"));
        assertEquals("d", ((Map<?, ?>) map.get("b")).get("c"));
        assertEquals(0.125, map.get("e"));
        assertTrue(((List<?>) map.get("f")).isEmpty());
    }

    @Test
    void nullIsJavaNullAndAMemberCanHoldIt() {
        assertNull(Json.parse("null"));
        Map<?, ?> map = (Map<?, ?>) Json.parse("{\"x\": null}");
        assertTrue(map.containsKey("x"));
        assertNull(map.get("x"));
    }

    @Test
    void decodesEscapes() {
        assertEquals("q\" b\\ s/ \b\f\n\r\t é 😀",
                Json.parse("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00\""));
        assertEquals("\u2028", Json.parse("\"\\u2028\""));
    }

    @Test
    void reportsLineAndColumn() {
        JsonException e = rejects("{\n  \"a\": 1,\n  \"b\": tru\n}");
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().endsWith("at line 3, column 8"), e.getMessage());
    }

    @Test
    void rejectsWhatStrictJsonForbids() {
        rejects("");
        rejects("   ");
        rejects("{\"a\": 1,}"); // trailing comma
        rejects("[1, 2,]");
        rejects("{'a': 1}");
        rejects("// comment\n{}");
        rejects("{} /* comment */");
        rejects("NaN");
        rejects("-Infinity");
        rejects("[01]");
        rejects("[-01]");
        rejects("[+1]");
        rejects("[1.]");
        rejects("[.5]");
        rejects("[1e]");
        rejects("[1e999]");
        rejects("\"tab\there\"");
        rejects("\"bad \\x escape\"");
        rejects("\"\\u12G4\"");
        rejects("\"unterminated");
        rejects("{\"a\" 1}");
        rejects("{1: 2}");
        rejects("{} {}");
        rejects("[1] x");
        rejects("True");
    }

    @Test
    void rejectsDuplicateKeys() {
        JsonException e = rejects("{\"id\": \"a\", \"id\": \"b\"}");
        assertTrue(e.getMessage().startsWith("duplicate key \"id\""), e.getMessage());
    }

    @Test
    void limitsNestingTo64() {
        String ok = "[".repeat(64) + "]".repeat(64);
        Json.parse(ok);
        JsonException e = rejects("[".repeat(65) + "]".repeat(65));
        assertTrue(e.getMessage().contains("nesting deeper than 64"), e.getMessage());
        rejects("{\"a\":".repeat(65) + "1" + "}".repeat(65));
    }

    @Test
    void skipsALeadingByteOrderMark() {
        assertEquals(Arrays.asList(1.0), Json.parse("\uFEFF[1]"));
    }

    @Test
    void quotesAndWritesRoundTrip() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.quote("a\"b\\c\n\u0001"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 3.0);
        map.put("f", 0.5f);
        map.put("s", "x\ty");
        map.put("l", Arrays.asList(true, null, -7L));
        String text = Json.write(map);
        assertEquals("{\"n\":3,\"f\":0.5,\"s\":\"x\\ty\",\"l\":[true,null,-7]}", text);
        assertEquals(Json.parse(text), Json.parse(Json.write(Json.parse(text))));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    }

    @Test
    void roundsNumbersTooLargeForALongAsTheyAre() {
        // d × 10^6 beyond a long: Math.round saturated, and -1e13 came back as -9.223372036854775E12.
        assertEquals(Json.number(-1e13), Json.rounded(-1e13, 6));
        assertEquals(Json.number(9.3e12), Json.rounded(9.3e12, 6));
        assertEquals(Json.number(1e30), Json.rounded(1e30, 6));
        for (double d : new double[] {-1e13, 5e15 + 0.5, -4.2e9 + 0.1234567, 1e300}) {
            String once = Json.rounded(d, 6);
            assertEquals(once, Json.rounded(Double.parseDouble(once), 6), "written twice: " + d);
        }
        assertEquals("1.234568", Json.rounded(1.2345678, 6));
    }
}

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

    /**
     * readNumber's fast path (at most 15 significant digits, a power of ten up to 10^22) gives
     * the same double as {@link Double#parseDouble}, bit for bit, and the numbers beyond it go to
     * parseDouble: random decimals of 1-19 digits with the point anywhere and exponents of -40 to
     * 40, the layout's own kind (six decimals) and edge cases.
     */
    @Test
    void readsEveryNumberAsParseDoubleDoes() {
        java.util.Random random = new java.util.Random(20261206);
        List<String> texts = new java.util.ArrayList<>(List.of("0", "-0", "0.0", "-0.0", "1", "-1", "0.1", "0.3",
                "123456789012345", "1234567890123456", "12345678901234567890", "9007199254740993", "0.000001",
                "1e22", "1e23", "9.99999999999999e22", "123456789012345e7", "1.7976931348623157e308",
                "4.9e-324", "2.2250738585072014e-308", "0.1e-22", "0.1e-21", "1E+2", "5e-1",
                "0.00000000000000000000000000001", "100000000000000000000000", "3.14159265358979"));
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(19);
            StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
            int point = random.nextInt(digits + 1);
            StringBuilder body = new StringBuilder();
            for (int d = 0; d < digits; d++) {
                body.append((char) ('0' + random.nextInt(10)));
            }
            String whole = body.substring(0, Math.max(point, 1)).replaceFirst("^0+(?=.)", "");
            number.append(whole.isEmpty() ? "0" : whole);
            if (point < digits && point > 0) {
                number.append('.').append(body.substring(point));
            }
            if (random.nextInt(3) == 0) {
                number.append(random.nextBoolean() ? 'e' : 'E').append(random.nextBoolean() ? "-" : "")
                        .append(random.nextInt(41));
            }
            texts.add(number.toString());
            texts.add(String.format(java.util.Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * 2000));
        }
        for (String text : texts) {
            double expected = Double.parseDouble(text);
            if (Double.isInfinite(expected)) {
                continue;
            }
            Object read = Json.parse(text);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits((Double) read),
                    () -> text + ": " + read + " against " + expected);
        }
    }
}

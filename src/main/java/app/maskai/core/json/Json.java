package app.maskai.core.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259).
 *
 * <p>{@link #parse} returns: an object as {@code Map<String, Object>} (a LinkedHashMap, keys in
 * file order), an array as {@code List<Object>}, a number as {@code Double}, a string as
 * {@code String}, true/false as {@code Boolean}, and JSON null as Java {@code null} (inside an
 * object, {@code containsKey} tells a null member from a missing one).
 *
 * <p>Rejected, with a {@link JsonException} naming line and column: comments, trailing commas,
 * single quotes, NaN and Infinity, leading zeros, a '+' sign, numbers too large for a double,
 * control characters inside strings, invalid escapes, duplicate object keys, nesting deeper than
 * {@link #MAX_DEPTH}, and anything after the value. A leading byte-order mark is skipped (RFC 8259
 * §8.1 allows a parser to ignore one).
 */
public final class Json {
    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value, the whole of {@code text}. */
    public static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        Json parser = new Json(text);
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            parser.pos = 1;
        }
        parser.skipWhitespace();
        Object value = parser.readValue(0);
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.describeHere() + " after the value");
        }
        return value;
    }

    private Object readValue(int depth) {
        if (pos >= text.length()) {
            throw error("unexpected end of text, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject(depth + 1);
            case '[':
                return readArray(depth + 1);
            case '"':
                return readString();
            case 't':
                readWord("true");
                return Boolean.TRUE;
            case 'f':
                readWord("false");
                return Boolean.FALSE;
            case 'n':
                readWord("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("unexpected " + describeHere() + ", expected a value");
        }
    }

    private Map<String, Object> readObject(int depth) {
        checkDepth(depth);
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("unexpected " + describeHere() + ", expected a string key");
            }
            int keyPos = pos;
            String key = readString();
            if (map.containsKey(key)) {
                pos = keyPos;
                throw error("duplicate key " + quote(key));
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            map.put(key, readValue(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                return map;
            } else {
                throw error("unexpected " + describeHere() + ", expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray(int depth) {
        checkDepth(depth);
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(readValue(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                return list;
            } else {
                throw error("unexpected " + describeHere() + ", expected ',' or ']'");
            }
        }
    }

    private String readString() {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character U+" + hex4(c) + " in a string (escape it)");
            }
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            pos++;
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    sb.append(e);
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'u':
                    sb.append(readHex4());
                    continue;
                default:
                    pos--;
                    throw error("invalid escape \\" + printable(e));
            }
            pos++;
        }
    }

    /** Reads the 4 hex digits after "\\u"; pos is on the 'u' and ends after the digits. */
    private char readHex4() {
        int start = pos - 1;
        int value = 0;
        for (int i = 1; i <= 4; i++) {
            if (pos + i >= text.length()) {
                pos = start;
                throw error("incomplete \\u escape");
            }
            char h = text.charAt(pos + i);
            int digit;
            if (h >= '0' && h <= '9') {
                digit = h - '0';
            } else if (h >= 'a' && h <= 'f') {
                digit = h - 'a' + 10;
            } else if (h >= 'A' && h <= 'F') {
                digit = h - 'A' + 10;
            } else {
                pos = start;
                throw error("invalid \\u escape (4 hex digits expected)");
            }
            value = value * 16 + digit;
        }
        pos += 5;
        return (char) value;
    }

    /**
     * Powers of ten that are exact doubles (10^22 is the last), for the fast path of
     * {@link #readNumber}.
     */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    /** Significant digits whose integer is exact in a double (10^15 < 2^53). */
    private static final int FAST_DIGITS = 15;

    /**
     * A number, as {@link Double#parseDouble} reads its text. Most numbers in our files (the face
     * layout's 5,000, the masks' metadata) have at most 15 significant digits and a small exponent:
     * those are read by Clinger's fast path (an integer mantissa exact in a double, times or
     * divided by an exact power of ten: one correctly rounded operation, so the same double
     * {@code parseDouble} gives), the rest by {@code parseDouble}. In the JavaScript build
     * {@code parseDouble} works on emulated 64-bit integers: the face layout took 50-80 ms to read
     * at start-up (2 cores), most of it there.
     */
    private Double readNumber() {
        int start = pos;
        boolean negative = peek() == '-';
        if (negative) {
            pos++;
        }
        double mantissa = 0;
        int significant = 0;
        int fractionDigits = 0;
        char c = peek();
        if (c == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("leading zero in a number");
            }
        } else if (c >= '1' && c <= '9') {
            while (isDigit(peek())) {
                int digit = peek() - '0';
                significant++;
                if (significant <= FAST_DIGITS) {
                    mantissa = mantissa * 10 + digit;
                }
                pos++;
            }
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after '.'");
            }
            while (isDigit(peek())) {
                int digit = peek() - '0';
                if (mantissa != 0 || digit != 0) {
                    significant++;
                }
                if (significant <= FAST_DIGITS) {
                    mantissa = mantissa * 10 + digit;
                    fractionDigits++;
                }
                pos++;
            }
        }
        int exponent = 0;
        c = peek();
        if (c == 'e' || c == 'E') {
            pos++;
            c = peek();
            boolean negativeExponent = c == '-';
            if (c == '+' || c == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            while (isDigit(peek())) {
                // Capped: any exponent this large leaves the fast path anyway.
                exponent = Math.min(exponent * 10 + (peek() - '0'), 100_000);
                pos++;
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        int powerOfTen = exponent - fractionDigits;
        double value;
        if (significant <= FAST_DIGITS && Math.abs(powerOfTen) < EXACT_POWERS_OF_TEN.length) {
            value = powerOfTen < 0 ? mantissa / EXACT_POWERS_OF_TEN[-powerOfTen]
                    : mantissa * EXACT_POWERS_OF_TEN[powerOfTen];
            if (negative) {
                value = -value;
            }
        } else {
            value = Double.parseDouble(text.substring(start, pos));
        }
        if (Double.isInfinite(value)) {
            pos = start;
            throw error("number out of range");
        }
        return Double.valueOf(value);
    }

    private void readWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describeHere() + ", expected a value");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("unexpected " + describeHere() + ", expected '" + c + "'");
        }
        pos++;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** The character at pos, or 0 at the end. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "end of text";
        }
        return "'" + printable(text.charAt(pos)) + "'";
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? "U+" + hex4(c) : String.valueOf(c);
    }

    private static String hex4(int c) {
        String digits = "0123456789ABCDEF";
        return "" + digits.charAt((c >> 12) & 15) + digits.charAt((c >> 8) & 15)
                + digits.charAt((c >> 4) & 15) + digits.charAt(c & 15);
    }

    private JsonException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(message, line, column);
    }

    /** {@code s} as a JSON string literal, with quotes and escapes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendQuoted(sb, s);
        return sb.toString();
    }

    /**
     * Compact JSON for a value of the kinds {@link #parse} returns (also Float, Integer, Long and
     * other Numbers). Whole numbers are written without a fraction; NaN and infinities are refused.
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
        }
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String) {
            appendQuoted(sb, (String) value);
        } else if (value instanceof Boolean) {
            sb.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Number) {
            sb.append(number(((Number) value).doubleValue()));
        } else if (value instanceof Map) {
            sb.append('{');
            boolean first = true;
            Iterator<?> entries = ((Map<?, ?>) value).entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) entries.next();
                if (!(entry.getKey() instanceof String)) {
                    throw new IllegalArgumentException("object key is not a String: " + entry.getKey());
                }
                if (!first) {
                    sb.append(',');
                }
                first = false;
                appendQuoted(sb, (String) entry.getKey());
                sb.append(':');
                write(sb, entry.getValue(), depth + 1);
            }
            sb.append('}');
        } else if (value instanceof List) {
            sb.append('[');
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, list.get(i), depth + 1);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    /** A finite number as JSON: whole numbers without ".0". */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /**
     * {@code d} rounded to {@code decimals} places (0..9) as a JSON number: the shortest text of the
     * nearest double, so 1 - 0.304722f written to 6 places reads "0.695278". Deterministic; used
     * for files the build writes.
     */
    public static String rounded(double d, int decimals) {
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("decimals must be 0..9, got " + decimals);
        }
        double scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        if (!(Math.abs(d) * scale < 0x1p52)) {
            // Already a whole number of the last decimal (or not finite): Math.round's long would
            // saturate here (found by FaceLayoutFuzzTest: -1e13 came back as -9.223372036854775E12).
            return number(d);
        }
        double r = Math.round(d * scale) / scale;
        return number(r == 0 ? 0 : r);
    }

    private static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append("\\u").append(hex4(c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}

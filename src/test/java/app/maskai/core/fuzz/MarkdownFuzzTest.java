package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.maskai.core.settings.PrivacyPolicy;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * The privacy page's Markdown, as the app renders it ({@link PrivacyPolicy#of}): whatever the
 * text, the HTML holds only the markup the renderer writes (p, ul, li, strong, code, headings
 * with "privacy-" ids, links), properly nested; no other tag, so no {@code <script>} and no
 * event attribute; every link target is relative, a fragment, http(s) or mailto, never
 * {@code javascript:}, {@code data:} or {@code vbscript:}; the text between tags holds no '<' or
 * '>' (user HTML is escaped). It finishes in linear-ish time: the @Timeout is libFuzzer's limit
 * per input while fuzzing.
 */
class MarkdownFuzzTest {
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern OPEN = Pattern.compile("<(p|ul|li|strong|code)>"
        + "|<(h[1-6]) id=\"privacy-[a-z0-9-]*\">"
        + "|<(a) href=\"([^\"<>]*)\">");
    private static final Pattern CLOSE = Pattern.compile("</(p|ul|li|strong|code|h[1-6]|a)>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#39);");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"# ", "## ", "###### ", "- ", "* ", "    ", "**", "`", "[", "](", ")",
        "javascript:", "JavaScript:", "data:", "https://", "mailto:", "#", "<script>", "</a>",
        "\"", "'", "&", "Version 3"})
    void rendersOnlySafeMarkup(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        PrivacyPolicy policy = PrivacyPolicy.of(markdown);
        assertTrue(policy.version >= 0, "version " + policy.version);
        assertOnlyOwnMarkup(policy.html);
    }

    static void assertOnlyOwnMarkup(String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            assertPlainText(html.substring(at, tag.start()), html);
            at = tag.end();
            String t = tag.group();
            Matcher o = OPEN.matcher(t);
            Matcher c = CLOSE.matcher(t);
            if (o.matches()) {
                String name = o.group(1) != null ? o.group(1) : o.group(2) != null ? o.group(2) : "a";
                if (o.group(4) != null) {
                    assertSafeTarget(o.group(4), html);
                }
                open.push(name);
            } else if (c.matches()) {
                if (open.isEmpty() || !open.peek().equals(c.group(1))) {
                    fail("</" + c.group(1) + "> closes " + open.peek() + " in " + html);
                }
                open.pop();
            } else {
                fail("markup the renderer does not write: " + t + " in " + html);
            }
        }
        assertPlainText(html.substring(at), html);
        assertTrue(open.isEmpty(), "unclosed " + open + " in " + html);
    }

    private static void assertPlainText(String text, String html) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            fail("unescaped '<' or '>' in text " + text + " of " + html);
        }
        Matcher amp = Pattern.compile("&").matcher(text);
        while (amp.find()) {
            Matcher entity = ENTITY.matcher(text).region(amp.start(), text.length());
            assertTrue(entity.lookingAt(), "bare '&' in " + text);
        }
    }

    private static void assertSafeTarget(String escaped, String html) {
        String target = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&#39;", "'").replace("&amp;", "&");
        Matcher scheme = SCHEME.matcher(target);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            assertTrue(name.equals("http") || name.equals("https") || name.equals("mailto"),
                "link target " + target + " in " + html);
        }
        assertEquals(-1, target.indexOf('<'), target);
        assertFalse(target.chars().anyMatch(ch -> ch < 0x20), "control character in " + target);
    }
}

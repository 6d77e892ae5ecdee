package app.maskai.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void rendersHeadingsParagraphsAndLists() {
        String md = "# Title\n\nVersion 2 · today\n\n## 1. First part\n\n- one\n  continued\n- **two**\n\nAfter.\n";
        assertEquals("<h2 id=\"p-title\">Title</h2>\n<p>Version 2 · today</p>\n"
                + "<h3 id=\"p-1-first-part\">1. First part</h3>\n<ul>\n<li>one continued</li>\n"
                + "<li><strong>two</strong></li>\n</ul>\n<p>After.</p>\n", Markdown.toHtml(md, 1, "p-"));
    }

    @Test
    void joinsAParagraphsLines() {
        assertEquals("<p>a b</p>\n", Markdown.toHtml("a\nb", 0, ""));
    }

    @Test
    void escapesEverythingItDidNotWrite() {
        String html = Markdown.toHtml("<script>alert('x')</script> & \"q\"\n\n- <img src=x onerror=alert(1)>", 0, "");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
    }

    @Test
    void keepsOnlySafeLinkTargets() {
        assertEquals("<p><a href=\"README.md\">read</a> <a href=\"https://example.org/a?b=1\">site</a></p>\n",
                Markdown.toHtml("[read](README.md) [site](https://example.org/a?b=1)", 0, ""));
        assertEquals("<p>x</p>\n", Markdown.toHtml("[x](javascript:alert%281%29)", 0, ""));
        assertEquals("<p><code>&lt;b&gt;</code></p>\n", Markdown.toHtml("`<b>`", 0, ""));
    }

    @Test
    void readsThePolicysVersion() {
        assertEquals(1, PrivacyPolicy.version("# MaskAI privacy policy\n\nVersion 1 · 22 November 2026\n"));
        assertEquals(12, PrivacyPolicy.version("# P\n\nVersion 12 · later\n\n- Version 1 (then)\n"));
        assertEquals(0, PrivacyPolicy.version("# no version here"));
        PrivacyPolicy policy = PrivacyPolicy.of("# P\n\nVersion 2\n");
        assertTrue(policy.isNewTo(0));
        assertTrue(policy.isNewTo(1));
        assertFalse(policy.isNewTo(2));
        assertFalse(policy.isNewTo(3));
        assertFalse(policy.changedSince(0));
        assertTrue(policy.changedSince(1));
        assertFalse(policy.changedSince(2));
    }

    @Test
    void rendersTheRealPolicyWithItsVersionAndEverySection() throws Exception {
        String md = Files.readString(Path.of("PRIVACY.md"));
        PrivacyPolicy policy = PrivacyPolicy.of(md);
        assertTrue(policy.version >= 1);
        long sections = md.lines().filter(l -> l.startsWith("## ")).count();
        assertEquals(sections, policy.html.split("<h3 ", -1).length - 1, policy.html);
        assertTrue(policy.html.contains("<strong>Discard</strong>"), policy.html);
        assertTrue(policy.html.contains("id=\"privacy-6-changes\""), policy.html);
    }

    @Test
    void rendersALongLineThatIsNoHeadingInLinearTime() {
        // "#", blanks, then U+0085 (which '.' does not match): the old heading pattern took O(n^4).
        String spaces = " ".repeat(100_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Markdown.toHtml("#" + spaces + "\u0085x\n-" + spaces + "\u0085y", 0, ""));
        assertTrue(html.startsWith("<p>#  "), html.substring(0, 10));
        assertTrue(html.endsWith("\u0085y</p>\n"), html.substring(html.length() - 10));
    }

    @Test
    void dropsAHeadingsClosingHashes() {
        assertEquals("<h1 id=\"c\">C</h1>\n<h2 id=\"a-b\">A # b</h2>\n<h3 id=\"\"></h3>\n",
                Markdown.toHtml("# C#\n##   A # b ##  \n### ##", 0, ""));
    }

    @Test
    void dropsALinkTargetWithAControlCharacter() {
        // Found by MarkdownFuzzTest: "https://example\u0001\u0000a/..." was kept as the href.
        assertEquals("<p>link</p>\n", Markdown.toHtml("[link](https://example\u0001\u0000a/a)", 0, ""));
        assertEquals("<p>x</p>\n", Markdown.toHtml("[x](mailto:a\u007fb)", 0, ""));
    }
}

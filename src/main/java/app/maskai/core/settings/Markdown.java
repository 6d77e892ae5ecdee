package app.maskai.core.settings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of Markdown that PRIVACY.md uses, to HTML that is safe to put in the page:
 * headings ({@code #} to {@code ######}), paragraphs, bullet lists ({@code - } with indented
 * continuation lines), {@code **bold**}, {@code `code`} and {@code [links](target)}.
 *
 * <p>Every character of the text is escaped; the only markup in the output is what this class
 * writes. A link keeps its target only when it is relative, a fragment, or http(s)/mailto without
 * control characters (a URL may not hold them), so a
 * {@code javascript:} target becomes plain text. Headings get ids ({@code idPrefix} + a slug of
 * their text) so a notice can link to a section, and move down {@code headingShift} levels so
 * the document's title fits under the page's own.
 */
public final class Markdown {
    // Possessive "\\s++" and a closing "#" run cut off in code, not by the pattern: the old
    // "(#{1,6})\\s+(.*?)\\s*#*\\s*" backtracked in O(n^4) on a line that cannot match ("#", 400
    // spaces, then U+0085, which '.' does not match: 6 s).
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s++(.*)");
    private static final Pattern BULLET = Pattern.compile("[-*+]\\s++(.*)");
    private static final Pattern INLINE =
            Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern SAFE_TARGET =
            Pattern.compile("(?i)(https?://|mailto:|#)[^\\s\\p{Cntrl}\"'<>]*|[A-Za-z0-9._~/-][A-Za-z0-9._~/#?=&%-]*");

    private Markdown() {
    }

    public static String toHtml(String markdown, int headingShift, String idPrefix) {
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder html = new StringBuilder(markdown.length() * 5 / 4 + 64);
        StringBuilder paragraph = new StringBuilder();
        StringBuilder item = null;
        boolean inList = false;
        for (String raw : lines) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            boolean continuation = !line.isEmpty() && raw.startsWith(" ") && item != null;
            if (line.isEmpty() || heading.matches() || bullet.matches() && !raw.startsWith("    ")) {
                flushParagraph(html, paragraph);
                if (item != null) {
                    html.append("<li>").append(inline(item.toString())).append("</li>\n");
                    item = null;
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                if (inList) {
                    html.append("</ul>\n");
                    inList = false;
                }
                int level = Math.min(6, heading.group(1).length() + headingShift);
                String text = withoutClosingHashes(heading.group(2));
                html.append("<h").append(level).append(" id=\"").append(escape(idPrefix + slug(text))).append("\">")
                        .append(inline(text)).append("</h").append(level).append(">\n");
            } else if (bullet.matches() && !raw.startsWith("    ")) {
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                item = new StringBuilder(bullet.group(1));
            } else if (continuation) {
                item.append(' ').append(line);
            } else {
                if (item != null) {
                    html.append("<li>").append(inline(item.toString())).append("</li>\n");
                    item = null;
                }
                if (inList) {
                    html.append("</ul>\n");
                    inList = false;
                }
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flushParagraph(html, paragraph);
        if (item != null) {
            html.append("<li>").append(inline(item.toString())).append("</li>\n");
        }
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /** A heading's text without its optional closing run of '#' and the blanks around it. */
    private static String withoutClosingHashes(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The characters of the regex class {@code \s}. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Lower-case letters and digits of {@code text}, runs of anything else as one '-'. */
    public static String slug(String text) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            if (m.group(1) != null) {
                out.append("<strong>").append(inline(m.group(1))).append("</strong>");
            } else if (m.group(2) != null) {
                out.append("<code>").append(escape(m.group(2))).append("</code>");
            } else if (SAFE_TARGET.matcher(m.group(4)).matches()) {
                out.append("<a href=\"").append(escape(m.group(4))).append("\">").append(inline(m.group(3)))
                        .append("</a>");
            } else {
                out.append(inline(m.group(3)));
            }
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }
}

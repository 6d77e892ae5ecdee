package app.maskai.core.settings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PRIVACY.md as the app reads it: its version (the "Version N" line under the title, which the
 * policy's §6 promises changes with every change) and its text as safe HTML. The page shows a
 * first-run notice until the person has seen the current version.
 */
public final class PrivacyPolicy {
    private static final Pattern VERSION = Pattern.compile("(?m)^\\s*Version\\s+(\\d{1,6})\\b");
    /** Ids of the rendered headings start with this, so they cannot clash with the page's. */
    public static final String ID_PREFIX = "privacy-";

    public final int version;
    public final String html;

    private PrivacyPolicy(int version, String html) {
        this.version = version;
        this.html = html;
    }

    /** {@code markdown}: PRIVACY.md's text. Headings move down one level (the dialog has its own title). */
    public static PrivacyPolicy of(String markdown) {
        return new PrivacyPolicy(version(markdown), Markdown.toHtml(markdown, 1, ID_PREFIX));
    }

    /** The number after the first "Version" at the start of a line; 0 when there is none. */
    public static int version(String markdown) {
        Matcher m = VERSION.matcher(markdown);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Whether the notice should show to someone who has seen {@code seen} (0 = none). */
    public boolean isNewTo(int seen) {
        return seen < version || seen == 0;
    }

    /** Whether {@code seen} was an earlier version of this policy (the notice then says it changed). */
    public boolean changedSince(int seen) {
        return seen > 0 && seen < version;
    }
}

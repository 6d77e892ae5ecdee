package app.maskai.web.settings;

import app.maskai.core.settings.Markdown;
import app.maskai.core.settings.PrivacyPolicy;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.Dialogs;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.Layout;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The privacy policy inside the app. PRIVACY.md, the one source, is built into the site beside
 * the page; this renders it (core {@link PrivacyPolicy}, escaped) into #privacy-dialog, which the
 * footer's link and the Settings open. The first-run notice (#privacy-notice) shows until the
 * person dismisses it, and again once when the policy's "Version N" is newer than the one they
 * dismissed, then linking to the policy's list of changes.
 */
final class PrivacyPage {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement dialog = document.getElementById("privacy-dialog");
    private final HTMLElement text = document.getElementById("privacy-text");
    private final HTMLElement notice = document.getElementById("privacy-notice");
    private final HTMLElement noticeText = document.getElementById("privacy-notice-text");
    private final HTMLElement noticeRead = document.getElementById("privacy-notice-read");
    private PrivacyPolicy policy;

    /** {@code seen}: the version last dismissed (0 = never); {@code dismissed} is told the version shown. */
    PrivacyPage(int seen, IntConsumer dismissed) {
        for (String opener : new String[] {"privacy-link", "privacy-open"}) {
            HTMLElement element = document.getElementById(opener);
            if (element != null) {
                element.addEventListener("click", event -> {
                    event.preventDefault();
                    open(null);
                });
            }
        }
        document.getElementById("privacy-close").addEventListener("click", event -> close());
        noticeRead.addEventListener("click", event -> open(policy != null && policy.changedSince(seen)
                ? "changes" : null));
        document.getElementById("privacy-notice-ok").addEventListener("click", event -> {
            notice.setHidden(true);
            if (policy != null) {
                dismissed.accept(policy.version);
            }
        });
        AppFiles.fetchText(AppFiles.absoluteUrl("PRIVACY.md")).then(markdown -> {
            policy = PrivacyPolicy.of(markdown.stringValue());
            // The HTML is the core's: every character of the policy escaped, only its own tags.
            text.setInnerHTML(policy.html);
            if (policy.isNewTo(seen)) {
                showNotice(seen);
            }
            return null;
        }, error -> {
            text.setInnerHTML("<p>The policy could not be loaded here (" + Markdown.escape(JsErrors.messageOf(
                    (JSObject) error)) + "). It is also in the file <a href=\"PRIVACY.md\">PRIVACY.md</a>.</p>");
            return null;
        });
    }

    private void showNotice(int seen) {
        if (policy.changedSince(seen)) {
            noticeText.setInnerText("MaskAI's privacy policy has changed (now version " + policy.version
                    + "). Your photos still never leave this device.");
            noticeRead.setInnerText("See what changed");
        }
        notice.setHidden(false);
    }

    /** Opens the dialog; {@code section} "changes" scrolls to the policy's list of changes. */
    void open(String section) {
        Dialogs.showModal(dialog);
        HTMLElement target = "changes".equals(section) ? changesHeading(text) : null;
        if (target != null) {
            Layout.scrollToAndFocus(target);
        } else {
            text.setScrollTop(0);
        }
    }

    private void close() {
        Dialogs.close(dialog);
    }

    /** The first heading of {@code text} that speaks of changes, or null. */
    private static HTMLElement changesHeading(HTMLElement text) {
        NodeList<? extends Element> headings = text.querySelectorAll("h2, h3, h4");
        for (int i = 0; i < headings.getLength(); i++) {
            Element heading = headings.get(i);
            String words = heading.getTextContent();
            if (words != null && words.toLowerCase(Locale.ROOT).contains("change")) {
                return (HTMLElement) heading;
            }
        }
        return null;
    }
}

package app.maskai.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy policy inside the app, in headless Chromium: the dialog shows PRIVACY.md's own
 * text (the file built into the site), and the first-run notice shows once, until dismissed, and
 * again when the stored seen-version is older than the policy's "Version N".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyPageIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Browser browser() {
        return site.browser();
    }

    private static String policy() throws IOException {
        return Files.readString(LiveSite.siteDir().resolve("PRIVACY.md"));
    }

    private static int policyVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^Version (\\d+)").matcher(policy());
        assertTrue(m.find(), "PRIVACY.md has a \"Version N\" line");
        return Integer.parseInt(m.group(1));
    }

    /** Waits until the policy is rendered (the notice's decision is made then). */
    private static void waitForPolicy() {
        browser().waitFor(WAIT, "the privacy policy rendered into #privacy-text",
                d -> (Boolean) browser().execute("return !!document.querySelector('#privacy-text h3');"));
    }

    private static WebElement notice() {
        return browser().find("#privacy-notice");
    }

    @Test
    @Order(1)
    void showsTheFirstRunNoticeUntilDismissed() throws IOException {
        waitForPolicy();
        assertTrue(notice().isDisplayed(), "the notice on a first visit");
        assertTrue(notice().getText().contains("stay on this device"), notice().getText());
        browser().screenshot(LiveSite.screenshots().resolve("privacy-notice.png"));
        browser().find("#privacy-notice-ok").click();
        assertFalse(notice().isDisplayed(), "dismissed");
        String stored = (String) browser().execute("return localStorage.getItem('maskai.settings');");
        assertTrue(stored.contains("\"privacySeen\":" + policyVersion()), stored);

        site.openAndWaitReady();
        waitForPolicy();
        assertFalse(notice().isDisplayed(), "the notice again after it was dismissed");
    }

    @Test
    @Order(2)
    void showsPrivacyMdsOwnText() throws IOException {
        browser().find("#privacy-link").click();
        assertEquals(Boolean.TRUE, browser().execute("return document.getElementById('privacy-dialog').open;"));
        browser().screenshot(LiveSite.screenshots().resolve("privacy-dialog.png"));
        String shown = ((String) browser().execute(
                "return document.getElementById('privacy-text').textContent;")).replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        List<String> blocks = blocks(policy());
        for (String block : blocks) {
            if (!shown.contains(block)) {
                missing.add(block);
            }
        }
        assertTrue(blocks.size() > 15, "PRIVACY.md's blocks: " + blocks);
        assertEquals(List.of(), missing, "PRIVACY.md's text missing from the dialog");
        assertEquals(0L, browser().execute("return document.querySelectorAll('#privacy-text script, #privacy-text [style],"
                + " #privacy-text [onclick]').length;"));
        browser().find("#privacy-close").click();
        assertEquals(Boolean.FALSE, browser().execute("return document.getElementById('privacy-dialog').open;"));
    }

    @Test
    @Order(3)
    void showsTheNoticeAgainWhenThePolicyIsNewerThanTheOneSeen() throws IOException {
        int version = policyVersion();
        browser().execute("const s = JSON.parse(localStorage.getItem('maskai.settings'));"
                + " s.privacySeen = arguments[0]; localStorage.setItem('maskai.settings', JSON.stringify(s));",
                version - 1);
        site.openAndWaitReady();
        waitForPolicy();
        assertTrue(notice().isDisplayed(), "the notice after the policy's version went up");
        WebElement read = browser().find("#privacy-notice-read");
        if (version > 1) {
            assertTrue(notice().getText().contains("changed"), notice().getText());
            assertEquals("See what changed", read.getText());
        }
        read.click();
        assertEquals(Boolean.TRUE, browser().execute("return document.getElementById('privacy-dialog').open;"));
        if (version > 1) {
            assertTrue(((String) browser().execute("return document.activeElement.textContent;")).contains("Changes"),
                    "focus on the list of changes");
        }
        browser().find("#privacy-close").click();
        browser().find("#privacy-notice-ok").click();
        assertAll(() -> assertFalse(notice().isDisplayed()),
                () -> assertTrue(((String) browser().execute("return localStorage.getItem('maskai.settings');"))
                        .contains("\"privacySeen\":" + version)));
    }

    /**
     * PRIVACY.md's headings, paragraphs and list items as plain text (markup removed, lines
     * joined), as the dialog should show them.
     */
    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : (markdown + "\n\n").split("\n")) {
            String text = line.strip();
            boolean starts = text.isEmpty() || text.startsWith("#") || text.startsWith("- ");
            if (starts && block.length() > 0) {
                blocks.add(block.toString().replace("**", "").replaceAll("\\s+", " ").strip());
                block.setLength(0);
            }
            if (text.isEmpty()) {
                continue;
            }
            block.append(text.replaceFirst("^(#+|-)\\s+", "")).append(' ');
        }
        return blocks;
    }
}

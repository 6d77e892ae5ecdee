package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy promise, measured: over a whole session (load, choose a photo, pick a mask,
 * download, and the public API), every request the tab made went to the page's own origin,
 * and none of them carried anything to it.
 */
class StaysOnItsOwnOriginIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite(true);

    @Test
    void makesEveryRequestToItsOwnOriginAndSendsNothing() throws Exception {
        Browser browser = site.browser();
        TryOnPage page = new TryOnPage(browser);
        page.choosePhoto(LiveSite.testData().resolve("faces/astronaut.png"));
        page.waitForResult();
        List<String> masks = page.maskIds();
        page.pickMask(masks.get(masks.size() - 1));
        page.waitForResult();
        page.download();
        page.discard();
        browser.call("""
                const photo = await T.blob('faces/camera.png');
                await MaskAI.detect(photo);
                await MaskAI.tryOn(photo, {mask: MaskAI.masks()[0].id});
                """);

        String origin = site.server().baseUrl().replaceAll("/$", "");
        List<String> urls = browser.requestUrls();
        List<String> foreign = urls.stream()
                .filter(u -> !u.startsWith("data:") && !u.startsWith("blob:"))
                .filter(u -> !u.startsWith(origin + "/"))
                .toList();
        List<StaticServer.Request> requests = site.server().requests();
        List<StaticServer.Request> notPlainGets = requests.stream()
                .filter(r -> !r.method().equals("GET") || r.bodyLength() != 0)
                .toList();
        System.out.println("the tab made " + urls.size() + " requests; the server saw " + requests.size()
                + "; answered other than 200: " + requests.stream().filter(r -> r.status() != 200)
                .map(r -> r.status() + " " + r).toList());

        assertAll(
                () -> assertEquals(List.of(), foreign, "requests to other origins"),
                () -> assertEquals(List.of(), notPlainGets, "requests other than a bodiless GET"),
                // The log must have seen the session, or the two checks above prove nothing.
                () -> assertTrue(urls.contains(Browser.withBuild(origin + "/")),
                        "the page itself is not in the tab's log: " + urls),
                () -> assertTrue(urls.stream().anyMatch(u -> u.matches(".*/models/[^/]+\\.bin")),
                        "no model weights in the tab's log: " + urls),
                () -> assertTrue(urls.stream().anyMatch(u -> u.startsWith(origin + "/masks/")),
                        "no masks in the tab's log: " + urls),
                () -> assertTrue(requests.stream().anyMatch(r -> r.path().endsWith(".wasm")),
                        "no .wasm in the server's log: " + requests));
    }
}

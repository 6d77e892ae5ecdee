package app.maskai.it;

import app.maskai.serve.StaticServer;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.WebResponseData;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JavaScript build loads in a browser without WebGL or WebAssembly (HtmlUnit): TeaVM's main
 * runs, and every control is there with an accessible name. TF.js failing inside HtmlUnit is
 * expected and tolerated; the app then explains itself in #status.
 *
 * <p>HtmlUnit 4.11's JavaScript engine has BigInt but not BigInt64Array, which TeaVM 0.15's
 * runtime needs at load (Java long[] and double-to-long bit casts). The test hands maskai.js
 * over with {@link #BIGINT64ARRAY} in front, the smallest stand-in that lets main() run; real
 * browsers have the built-in and never see it.
 */
class PageLoadsInHtmlUnitIT {

    /** BigInt64Array over a Uint32Array (little-endian word pairs), only where it is missing. */
    static final String BIGINT64ARRAY = """
            (function () {
              if (typeof BigInt64Array !== 'undefined') return;
              var TWO32 = BigInt(4294967296);
              function index(k) {
                if (typeof k === 'number') return k;
                return typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) ? Number(k) : -1;
              }
              function BigInt64ArrayStandIn(arg, byteOffset, length) {
                var words;
                if (typeof arg === 'number') {
                  words = new Uint32Array(arg * 2);
                } else if (arg instanceof ArrayBuffer) {
                  words = length === undefined ? new Uint32Array(arg, byteOffset || 0)
                      : new Uint32Array(arg, byteOffset || 0, length * 2);
                } else {
                  words = new Uint32Array(arg.length * 2);
                }
                var target = Object.create(BigInt64ArrayStandIn.prototype);
                var proxy = new Proxy(target, {
                  get: function (t, k) {
                    var i = index(k);
                    if (i >= 0) {
                      return i < words.length / 2
                          ? BigInt.asIntN(64, BigInt(words[2 * i + 1]) * TWO32 + BigInt(words[2 * i])) : undefined;
                    }
                    if (k === 'length') return words.length / 2;
                    if (k === 'buffer') return words.buffer;
                    if (k === 'byteOffset') return words.byteOffset;
                    return t[k];
                  },
                  set: function (t, k, v) {
                    var i = index(k);
                    if (i >= 0) {
                      if (i < words.length / 2) {
                        var u = BigInt.asUintN(64, BigInt(v));
                        words[2 * i] = Number(u % TWO32);
                        words[2 * i + 1] = Number(u / TWO32);
                      }
                      return true;
                    }
                    t[k] = v;
                    return true;
                  }
                });
                if (typeof arg === 'object' && !(arg instanceof ArrayBuffer)) proxy.set(arg);
                return proxy;
              }
              BigInt64ArrayStandIn.BYTES_PER_ELEMENT = 8;
              var p = BigInt64ArrayStandIn.prototype;
              p.set = function (source, offset) {
                offset = offset || 0;
                var copy = [];
                for (var i = 0; i < source.length; i++) copy.push(source[i]);
                for (var j = 0; j < copy.length; j++) this[offset + j] = copy[j];
              };
              p.fill = function (value, start, end) {
                start = start === undefined ? 0 : start;
                end = end === undefined ? this.length : end;
                for (var i = start; i < end; i++) this[i] = value;
                return this;
              };
              p.subarray = function (begin, end) {
                end = end === undefined ? this.length : end;
                return new BigInt64ArrayStandIn(this.buffer, this.byteOffset + begin * 8, end - begin);
              };
              p.slice = function (begin, end) {
                begin = begin || 0;
                end = end === undefined ? this.length : end;
                var out = new BigInt64ArrayStandIn(Math.max(0, end - begin));
                for (var i = begin; i < end; i++) out[i - begin] = this[i];
                return out;
              };
              p.copyWithin = function (to, start, end) {
                return this.set(this.slice(start, end), to), this;
              };
              globalThis.BigInt64Array = BigInt64ArrayStandIn;
            })();
            """;

    private static StaticServer server;
    private static WebClient client;
    private static HtmlPage page;

    @BeforeAll
    static void load() throws Exception {
        if (!Files.isRegularFile(LiveSite.siteDir().resolve("index.html"))) {
            throw new IllegalStateException("No built site at " + LiveSite.siteDir() + ": run `mvn package` first.");
        }
        server = StaticServer.start(LiveSite.siteDir(), 0);
        client = new WebClient(BrowserVersion.CHROME);
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if (!request.getUrl().getPath().endsWith("/js/maskai.js") || response.getStatusCode() != 200) {
                    return response;
                }
                byte[] body = (BIGINT64ARRAY + response.getContentAsString(StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                List<NameValuePair> headers = response.getResponseHeaders().stream()
                        .filter(h -> !h.getName().equalsIgnoreCase("Content-Length")).toList();
                return new WebResponse(new WebResponseData(body, 200, response.getStatusMessage(), headers),
                        request, response.getLoadTime());
            }
        };
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setPrintContentOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(false);
        long start = System.nanoTime();
        page = client.getPage(server.baseUrl());
        // Let main() run and TF.js give up on backends HtmlUnit lacks.
        for (int i = 0; i < 40 && state().isEmpty(); i++) {
            client.waitForBackgroundJavaScript(250);
        }
        client.waitForBackgroundJavaScript(2_000);
        System.out.printf("HtmlUnit: data-maskai=\"%s\" after %.1f s; #status: %s%n", state(),
                (System.nanoTime() - start) / 1e9, text(page.getElementById("status")));
    }

    @AfterAll
    static void close() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void runsTheTeaVmMain() {
        // "started" as soon as main runs; later states ("ready", or a failure) also prove it ran.
        assertFalse(state().isBlank(), "html[data-maskai] should be set by the Java main; it is missing");
    }

    @Test
    void explainsItselfInStatus() {
        DomElement status = page.getElementById("status");
        assertNotNull(status, "#status");
        assertFalse(text(status).isBlank(), "#status is empty");
        String live = status.getAttribute("aria-live");
        String role = status.getAttribute("role");
        assertTrue(!live.isBlank() || role.equals("status") || role.equals("alert"),
                "#status should be a live region (aria-live or role=status)");
    }

    @Test
    void labelsEveryControl() {
        List<Executable> checks = new ArrayList<>();
        for (String id : List.of("photo-input", "download", "discard", "status", "mask-gallery")) {
            checks.add(() -> {
                DomElement element = page.getElementById(id);
                assertNotNull(element, "#" + id + " is missing");
                assertFalse(accessibleName(element).isBlank(), "#" + id + " has no accessible label"
                        + " (label[for], aria-label or aria-labelledby" + (isButton(element) ? ", or text" : "") + ")");
            });
        }
        for (DomNode radio : page.querySelectorAll("#mask-gallery input[type=radio]")) {
            DomElement element = (DomElement) radio;
            checks.add(() -> assertFalse(accessibleName(element).isBlank(),
                    "mask radio " + element.getAttribute("value") + " has no label"));
        }
        assertAll(checks);
    }

    /**
     * The element's accessible name, by the sources ARIA's name computation uses: aria-labelledby,
     * aria-label, a label (for= or around it); a button's own text; title.
     */
    static String accessibleName(DomElement element) {
        String labelledBy = element.getAttribute("aria-labelledby");
        if (!labelledBy.isBlank()) {
            StringBuilder name = new StringBuilder();
            for (String id : labelledBy.trim().split("\\s+")) {
                DomElement label = page.getElementById(id);
                if (label != null) {
                    name.append(text(label)).append(' ');
                }
            }
            if (!name.toString().isBlank()) {
                return name.toString().strip();
            }
        }
        if (!element.getAttribute("aria-label").isBlank()) {
            return element.getAttribute("aria-label").strip();
        }
        String id = element.getId();
        if (!id.isBlank()) {
            for (DomNode label : page.querySelectorAll("label[for='" + id + "']")) {
                if (!text(label).isBlank()) {
                    return text(label);
                }
            }
        }
        for (DomNode up = element.getParentNode(); up != null; up = up.getParentNode()) {
            if (up instanceof DomElement e && e.getTagName().equalsIgnoreCase("label") && !text(e).isBlank()) {
                return text(e);
            }
        }
        if (isButton(element) && !text(element).isBlank()) {
            return text(element);
        }
        return element.getAttribute("title").strip();
    }

    private static boolean isButton(DomElement element) {
        return element.getTagName().equalsIgnoreCase("button");
    }

    private static String state() {
        return page.getDocumentElement().getAttribute("data-maskai");
    }

    private static String text(DomNode node) {
        return node == null ? "" : node.getTextContent().strip();
    }
}

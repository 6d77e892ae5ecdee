package app.maskai.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticServerTest {

    private static final String SECRET = "outside the site";

    @TempDir
    Path temp;

    private Path site;
    private StaticServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startServer() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Path testData = Files.createDirectories(temp.resolve("testdata/faces"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>MaskAI</title>");
        Files.createDirectories(site.resolve("masks"));
        Files.writeString(site.resolve("masks/index.html"), "masks index");
        for (String name : List.of("app.js", "worker.mjs", "tfjs.wasm", "manifest.json", "a.png",
                "b.jpg", "c.svg", "d.css", "PRIVACY.md", "weights.bin", "app.webmanifest",
                "favicon.ico", "e.webp", "unknown.xyz")) {
            Files.writeString(site.resolve(name), "content of " + name);
        }
        Files.writeString(testData.resolve("astronaut.png"), "test photo");
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("escape"), temp);
        server = StaticServer.start(site, 0, temp.resolve("testdata"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
            "index.html, text/html; charset=utf-8",
            "app.js, text/javascript",
            "worker.mjs, text/javascript",
            "tfjs.wasm, application/wasm",
            "manifest.json, application/json",
            "a.png, image/png",
            "b.jpg, image/jpeg",
            "c.svg, image/svg+xml",
            "d.css, text/css",
            "PRIVACY.md, text/markdown; charset=utf-8",
            "weights.bin, application/octet-stream",
            "app.webmanifest, application/manifest+json",
            "favicon.ico, image/x-icon",
            "e.webp, image/webp",
            "unknown.xyz, application/octet-stream"})
    void servesEachFileWithItsContentType(String name, String type) throws Exception {
        HttpResponse<byte[]> response = get(name);

        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(null));
        assertArrayEquals(Files.readAllBytes(site.resolve(name)), response.body());
    }

    @Test
    void sendsSecurityHeadersOnEveryResponse() throws Exception {
        for (String path : List.of("", "app.js", "missing.js")) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(StaticServer.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("no-referrer",
                    response.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals("same-origin", response.headers().firstValue("Cross-Origin-Opener-Policy").orElse(null), path);
            assertEquals("require-corp", response.headers().firstValue("Cross-Origin-Embedder-Policy").orElse(null),
                    path);
        }
        assertTrue(StaticServer.CONTENT_SECURITY_POLICY.contains("script-src 'self' 'wasm-unsafe-eval' blob:;"));
        assertTrue(StaticServer.CONTENT_SECURITY_POLICY.contains("connect-src 'self';"));
    }

    @Test
    void servesIndexHtmlForDirectories() throws Exception {
        HttpResponse<byte[]> root = get("");
        assertEquals(200, root.statusCode());
        assertEquals("<!doctype html><title>MaskAI</title>", text(root));

        HttpResponse<byte[]> slashless = get("masks");
        assertEquals(301, slashless.statusCode());
        assertEquals("/masks/", slashless.headers().firstValue("Location").orElse(null));

        HttpResponse<byte[]> masks = get("masks/");
        assertEquals(200, masks.statusCode());
        assertEquals("masks index", text(masks));
    }

    @Test
    void answersMissingFilesWith404Page() throws Exception {
        HttpResponse<byte[]> response = get("models/missing.bin");

        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
        assertTrue(text(response).contains("404 Not Found"), text(response));
    }

    @Test
    void servesTheSiteUnderAPrefixLikeASubPathOfAStaticHost() throws Exception {
        try (StaticServer sub = StaticServer.start(site, 0, temp.resolve("testdata"), "/some/path/")) {
            String origin = "http://127.0.0.1:" + sub.port();
            assertEquals(origin + "/some/path/", sub.baseUrl());
            HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(sub.baseUrl())).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> file = http.send(HttpRequest.newBuilder(URI.create(sub.baseUrl() + "app.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create(origin + "/app.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> slashless = http.send(HttpRequest.newBuilder(URI.create(origin + "/some/path")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> testData = http.send(HttpRequest.newBuilder(
                    URI.create(origin + StaticServer.TEST_PREFIX + "faces/astronaut.png")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals("<!doctype html><title>MaskAI</title>", index.body());
            assertEquals("content of app.js", file.body());
            assertEquals(404, outside.statusCode());
            assertEquals(301, slashless.statusCode());
            assertEquals("/some/path/", slashless.headers().firstValue("Location").orElse(null));
            assertEquals("test photo", testData.body());
        }
    }

    @Test
    void answersHeadWithHeadersOnly() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("app.js"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertEquals("text/javascript", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals(0, response.body().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void refusesMethodsOtherThanGetAndHead(String method) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("index.html"))
                .method(method, HttpRequest.BodyPublishers.ofString("photo bytes")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null));
        assertEquals("<!doctype html><title>MaskAI</title>",
                Files.readString(site.resolve("index.html")), "the file is untouched");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/masks/../../secret.txt",
            "/escape/secret.txt",
            "/__test__/../secret.txt",
            "/__test__/%2e%2e/secret.txt",
            "/%5c..%5csecret.txt",
            "//etc/passwd"})
    void refusesPathsThatLeaveTheSite(String path) throws Exception {
        String response = rawGet(path);

        String statusLine = response.substring(0, response.indexOf("\r\n"));
        assertTrue(statusLine.matches("HTTP/1\\.1 (400|403|404) .*"), statusLine);
        assertFalse(response.contains(SECRET), response);
    }

    @Test
    void servesTestDataUnderItsPrefixOnly() throws Exception {
        assertEquals("test photo", text(get("__test__/faces/astronaut.png")));
        assertEquals(404, get("faces/astronaut.png").statusCode());
    }

    @Test
    void logsEveryRequestWithItsBodyLength() throws Exception {
        get("index.html");
        get("missing.js");
        http.send(HttpRequest.newBuilder(uri("upload"))
                .POST(HttpRequest.BodyPublishers.ofString("12345")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertEquals(List.of("GET /index.html", "GET /missing.js", "POST /upload"), server.requestLog());
        List<StaticServer.Request> requests = server.requests();
        assertEquals(new StaticServer.Request("GET", "/index.html", 0, 200), requests.get(0));
        assertEquals(404, requests.get(1).status());
        assertEquals(new StaticServer.Request("POST", "/upload", 5, 405), requests.get(2));
    }

    @Test
    void logsTheQueryStringThatAURLCarries() throws Exception {
        get("index.html?face=1,2&x=%20");
        get("index.html");

        List<StaticServer.Request> requests = server.requests();
        assertEquals(new StaticServer.Request("GET", "/index.html", "face=1,2&x=%20", 0, 200), requests.get(0));
        assertEquals(null, requests.get(1).query());
    }

    @Test
    void logsConcurrentRequestsWithoutLosingAny() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 10; j++) {
                    try {
                        get("app.js");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(80, server.requestLog().size());
    }

    @Test
    void bindsToLoopbackOnly() {
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), server.baseUrl());
        assertTrue(server.baseUrl().endsWith("/"), server.baseUrl());
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Sends the request line exactly as written; HTTP clients would normalise the path. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }
}

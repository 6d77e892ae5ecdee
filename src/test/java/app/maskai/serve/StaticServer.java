package app.maskai.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Serves the built site (target/site) from 127.0.0.1 with the headers production will send,
 * so that what works here works behind any static host.
 *
 * <p>Only GET and HEAD: the app never sends anything back to its origin, and a request that
 * tries is answered 405 and stays visible in {@link #requests()}. Tests may mount a second
 * directory at {@value #TEST_PREFIX} (their photos); the app itself never asks for it.
 *
 * <p>{@code main(siteDir, port)} is the README's {@code mvn exec:java}: it serves until Ctrl-C.
 */
public final class StaticServer implements AutoCloseable {

    /** URL prefix under which {@link #start(Path, int, Path)} mounts the test data. */
    public static final String TEST_PREFIX = "/__test__/";

    /**
     * What the page may do: everything from its own origin; wasm compilation (TF.js wasm
     * backend); blob: and data: images (photos the person chose, results); blob: media (a live
     * recording played back before it is saved); blob: workers, and
     * blob: scripts in them (the threaded wasm backend's workers import TF.js's own code from a
     * Blob it makes).
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'wasm-unsafe-eval' blob:; style-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("css", "text/css"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("bin", "application/octet-stream"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"));

    private static final String FALLBACK_TYPE = "application/octet-stream";
    /** Logs the status of the request this thread is answering (each is answered on one thread). */
    private static final ThreadLocal<IntConsumer> LOG = new ThreadLocal<>();

    static {
        // The JDK's server leaves Nagle's algorithm on (sun.net.httpserver.nodelay, read once
        // when its first server is made): a response's body, written after its headers, then
        // waits for the browser's delayed ACK, so every small file took about 40 ms more
        // (boot.js: 5.9 KB, its headers in 3 ms, its last byte 40-50 ms later, in every cold
        // load). Static hosts send at once; so does this one.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * One request as it reached the server: {@code path} is the raw path, {@code query} the raw
     * query string (null when the URL has none), {@code bodyLength} counts the body bytes the
     * client actually sent, {@code status} is the answer's status code.
     */
    public record Request(String method, String path, String query, long bodyLength, int status) {
        /** A request whose URL has no query string. */
        public Request(String method, String path, long bodyLength, int status) {
            this(method, path, null, bodyLength, status);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final Path testRoot;
    private final String prefix;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    /** Faults the tests inject: path ending → the answer given instead of the file. */
    private final Map<String, Fault> faults = new java.util.concurrent.ConcurrentHashMap<>();

    /** An answer given instead of a file: a status, and a body (served as-is, typed like the file). */
    public record Fault(int status, byte[] body) {
    }

    private StaticServer(HttpServer server, ExecutorService executor, Path root, Path testRoot, String prefix) {
        this.server = server;
        this.executor = executor;
        this.root = root;
        this.testRoot = testRoot;
        this.prefix = prefix;
    }

    /** Serves {@code root} at 127.0.0.1:{@code port}; port 0 picks a free one. */
    public static StaticServer start(Path root, int port) throws IOException {
        return start(root, port, null);
    }

    /**
     * Serves {@code root}, and {@code testRoot} (when not null) under {@value #TEST_PREFIX}.
     */
    public static StaticServer start(Path root, int port, Path testRoot) throws IOException {
        return start(root, port, testRoot, "/");
    }

    /**
     * Serves {@code root} under the folder {@code prefix} ("/some/path/": a static host's
     * sub-path; "/" is the root), and {@code testRoot} (when not null) under {@value #TEST_PREFIX}.
     * Paths outside {@code prefix} are not found.
     */
    public static StaticServer start(Path root, int port, Path testRoot, String prefix) throws IOException {
        if (!prefix.startsWith("/") || !prefix.endsWith("/") || prefix.contains("..")) {
            throw new IllegalArgumentException("prefix must be a folder path like /some/path/: " + prefix);
        }
        Path realRoot = root.toRealPath();
        Path realTestRoot = testRoot == null ? null : testRoot.toRealPath();
        if (!Files.isDirectory(realRoot)) {
            throw new IOException("not a directory: " + realRoot);
        }
        HttpServer http = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread t = new Thread(task, "static-server-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        StaticServer s = new StaticServer(http, executor, realRoot, realTestRoot, prefix);
        http.createContext("/", s::handle);
        http.setExecutor(executor);
        http.start();
        return s;
    }

    /** {@code http://127.0.0.1:<port>/}, with the prefix and the trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "METHOD /path" for every request so far, in arrival order. */
    public List<String> requestLog() {
        synchronized (requests) {
            return requests.stream().map(Request::toString).toList();
        }
    }

    /** Every request so far, in arrival order, with its body length and response status. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * From now on, every GET of a path ending in {@code pathEnd} gets {@code fault} instead of the
     * file (a missing or corrupt file, for the fault tests), until {@link #clearFaults()}.
     */
    public void inject(String pathEnd, Fault fault) {
        faults.put(pathEnd, fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            long bodyLength = drain(exchange.getRequestBody());
            // Logged before the status line goes out, so a client that has its answer can
            // already see its request in the log. Not an exchange attribute: the JDK keeps those
            // in the context, shared by concurrent exchanges, so one request's entry could
            // replace another's (a precache's four parallel fetches lost one that way).
            LOG.set(status -> requests.add(new Request(method, path, query, bodyLength, status)));
            respond(exchange, method);
        } catch (IOException | UncheckedIOException e) {
            // The client went away mid-response; nothing to tell it.
        } finally {
            LOG.remove();
            exchange.close();
        }
    }

    private static void sendHeaders(HttpExchange exchange, int status, long length)
            throws IOException {
        LOG.get().accept(status);
        exchange.sendResponseHeaders(status, length);
    }

    private void respond(HttpExchange exchange, String method) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-cache");
        // Cross-origin isolation, so that the page has SharedArrayBuffer for the threaded wasm
        // backend (README: what a static host sends). Every file is from this origin.
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Embedder-Policy", "require-corp");

        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            headers.set("Allow", "GET, HEAD");
            sendPage(exchange, 405, "Method Not Allowed", "This server only serves files.");
            return;
        }

        // getPath() is the percent-decoded path, so "%2e%2e" arrives here as "..".
        String path = exchange.getRequestURI().getPath();
        if (path == null || !path.startsWith("/")) {
            sendPage(exchange, 400, "Bad Request", "The path must start with /.");
            return;
        }
        for (Map.Entry<String, Fault> fault : faults.entrySet()) {
            if (path.endsWith(fault.getKey())) {
                Fault answer = fault.getValue();
                headers.set("Content-Type", contentType(path.substring(path.lastIndexOf('/') + 1)));
                sendHeaders(exchange, answer.status(), head || answer.body().length == 0 ? -1 : answer.body().length);
                if (!head && answer.body().length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer.body());
                    }
                }
                return;
            }
        }
        Path base = root;
        String relative;
        if (testRoot != null && path.startsWith(TEST_PREFIX)) {
            base = testRoot;
            relative = path.substring(TEST_PREFIX.length());
        } else if (path.startsWith(prefix)) {
            relative = path.substring(prefix.length());
        } else if ((path + "/").equals(prefix)) {
            headers.set("Location", prefix);
            sendPage(exchange, 301, "Moved Permanently", "See the directory with a slash.");
            return;
        } else {
            sendPage(exchange, 404, "Not Found", "No such file on this site.");
            return;
        }
        Path file = resolveInside(base, relative);
        if (file == null) {
            sendPage(exchange, 403, "Forbidden", "That path leaves the site.");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Relative links in the index page resolve against the directory, not its parent.
                headers.set("Location", exchange.getRequestURI().getRawPath() + "/");
                sendPage(exchange, 301, "Moved Permanently", "See the directory with a slash.");
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            sendPage(exchange, 404, "Not Found", "No such file on this site.");
            return;
        }

        long length;
        try {
            length = Files.size(file);
        } catch (NoSuchFileException e) {
            sendPage(exchange, 404, "Not Found", "No such file on this site.");
            return;
        }
        headers.set("Content-Type", contentType(file.getFileName().toString()));
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            sendHeaders(exchange, 200, -1);
            return;
        }
        sendHeaders(exchange, 200, length == 0 ? -1 : length);
        try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    /**
     * The file that {@code relative} names under {@code base}, or null when it would leave
     * {@code base} (by "..", an absolute path, or a symbolic link that points outside).
     */
    static Path resolveInside(Path base, String relative) {
        if (relative.indexOf('\0') >= 0 || relative.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : relative.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path file;
        try {
            file = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        if (!file.startsWith(base)) {
            return null;
        }
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(base)) {
                    return null;
                }
            } catch (IOException e) {
                return null;
            }
        }
        return file;
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return FALLBACK_TYPE;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, FALLBACK_TYPE);
    }

    private static void sendPage(HttpExchange exchange, int status, String title, String text)
            throws IOException {
        byte[] body = ("<!doctype html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>" + status
                + " " + title + "</title>\n<h1>" + status + " " + title + "</h1>\n<p>" + text
                + "</p>\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            sendHeaders(exchange, status, -1);
            return;
        }
        sendHeaders(exchange, status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static long drain(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }

    /** {@code siteDir [port]}: serves the site until the process is stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: StaticServer <siteDir> [port]");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            System.err.println("No index.html in " + site.toAbsolutePath()
                    + ": build the site first with `mvn package`.");
            System.exit(1);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        StaticServer server = start(site, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "static-server-stop"));
        System.out.println("MaskAI is served at http://localhost:" + server.port()
                + "/  (files from " + site.toAbsolutePath() + "; Ctrl-C stops)");
        stopped.await();
    }
}

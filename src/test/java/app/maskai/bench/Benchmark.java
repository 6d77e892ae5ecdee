package app.maskai.bench;

import app.maskai.core.record.WebmDuration;
import app.maskai.it.Browser;
import app.maskai.it.FitScripts;
import app.maskai.it.FittedMask;
import app.maskai.it.HandsIT;
import app.maskai.it.LiveCameraIT;
import app.maskai.it.LiveSite;
import app.maskai.serve.StaticServer;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issue 6 §1: MaskAI beside the reference pipeline (@tensorflow-models/face-landmarks-detection
 * 1.0.6, runtime tfjs, the same model files), in one headless Chromium, on the same TF.js
 * instance and wasm backend. Not a test: it measures, prints a table and writes
 * target/benchmark.json. Run by {@code mvn -Pbench verify} (README, "Benchmark").
 *
 * <p>The page under test is the built app (target/site) as a visitor gets it; the benchmark adds
 * its own script (src/test/bench/bench.js) and the reference package to that page from a mount
 * the app never uses (/__test__/bench/), so nothing of the benchmark is in the site.
 */
public final class Benchmark {

    /** A = MaskAI.detect (refined, the default), A1 = MaskAI.detect {refine: false}, B = the reference. */
    private static final List<String> METHODS = List.of("maskai", "maskaiSingle", "reference");
    private static final String PHOTO = "faces/astronaut.png";
    private static final List<String> TEST_PHOTOS = List.of("faces/astronaut.png", "faces/camera.png",
            "no-face/brick.png", "no-face/chelsea.png", "no-face/coffee.png", "no-face/horse.png", "no-face/rocket.jpg");
    private static final List<String> FACE_PHOTOS = List.of("faces/astronaut.png", "faces/camera.png");
    /** Square copies of the astronaut of these many megapixels, each with its number of rounds. */
    private static final double[] MEGAPIXELS = {0.06, 0.25, 1, 3, 12, 48};
    private static final int[] SCALED_ROUNDS = {20, 20, 12, 8, 5, 3};
    private static final int PHOTO_ROUNDS = 15;
    private static final int FLOOR_ROUNDS = 50;
    private static final int REPEAT_CALLS = 200;
    private static final int COLD_LOADS = 3;
    private static final int WARM_LOADS = 3;
    private static final int BESIDE_REFERENCE_LOADS = 5;
    private static final int FIRST_PHOTO_LOADS = 5;
    private static final int LATER_PHOTOS = 4;
    /** How long after ready the first photo is chosen: less than a person takes to pick a file. */
    private static final int CHOOSING_MS = 2000;
    private static final int LIVE_SECONDS = 10;
    /** The fake camera's frame rate: above the 30 frames/s target, so that the live view, not the camera, sets the pace. */
    private static final int CAMERA_FPS = 60;
    private static final String ASTRONAUT_VIDEO = "the astronaut moving";
    /** Adds src/test/bench/bench.js (window.Bench) to the app's page, from the benchmark's server. */
    private static final String LOAD_BENCH_JS = """
            await new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = '/__test__/bench/bench.js';
              script.onload = resolve;
              script.onerror = () => reject(new Error('could not load bench.js'));
              document.head.appendChild(script);
            });
            """;

    /**
     * Runs in the page before any of its scripts: when the app marks itself ready
     * (data-maskai="ready", set as MaskAI.ready resolves) it notes the time since navigation and
     * which files the page had fetched.
     */
    private static final String READY_HOOK = """
            new MutationObserver((records, observer) => {
              const root = document.documentElement;
              if (root && root.getAttribute('data-maskai') === 'ready' && window.__benchReadyAt === undefined) {
                window.__benchReadyAt = performance.now();
                window.__benchResources = performance.getEntriesByType('resource').map(e => e.name);
                observer.disconnect();
              }
            }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-maskai']});
            """;

    private final StaticServer server;
    private final Browser browser;
    private final ChromeDriver chrome;
    private final Path site;
    private final Report report;
    private double floorMs = Double.NaN;

    private Benchmark(StaticServer server, Browser browser, Path site) {
        this(server, browser, site, new Report());
    }

    private Benchmark(StaticServer server, Browser browser, Path site, Report report) {
        this.report = report;
        this.server = server;
        this.browser = browser;
        this.chrome = (ChromeDriver) browser.driver();
        this.site = site;
    }

    public static void main(String[] args) throws Exception {
        Path site = LiveSite.siteDir();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("No built site at " + site + ": run `mvn -Pbench verify`.");
        }
        Path project = site.getParent().getParent();
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> leaked = files.filter(f -> f.getFileName().toString().contains("face-landmarks-detection")
                    || f.getFileName().toString().contains("bench")).toList();
            if (!leaked.isEmpty()) {
                throw new IllegalStateException("benchmark files in the site, which must never ship them: " + leaked);
            }
        }
        Path work = LiveSite.buildDir().resolve("bench");
        Path mount = mount(project, work.resolve("mount"));
        Path video = work.resolve("astronaut-moving.y4m");
        // 60 frames/s, so that the figure shows what the live view can do, not the camera's pace.
        LiveCameraIT.writeVideo(LiveSite.testData().resolve(PHOTO), video, CAMERA_FPS);

        try (StaticServer server = StaticServer.start(site, 0, mount);
             Browser browser = Browser.launch(work, List.of(
                     "--use-fake-device-for-media-stream",
                     "--use-fake-ui-for-media-stream",
                     "--use-file-for-fake-video-capture=" + video.toAbsolutePath()))) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(9));
            Benchmark bench = new Benchmark(server, browser, site);
            bench.run();
            Path json = LiveSite.buildDir().resolve("benchmark.json");
            bench.report.write(json);
            System.out.println(bench.report.table());
            System.out.println("Every figure: " + json);
        }
    }

    /**
     * The folder served at /__test__/: the test photos, bench.js and the reference package's
     * browser build (installed from npm into src/test/bench by the bench profile).
     */
    private static Path mount(Path project, Path mount) throws IOException {
        Path reference = project.resolve(
                "src/test/bench/node_modules/@tensorflow-models/face-landmarks-detection/dist/face-landmarks-detection.min.js");
        if (!Files.isRegularFile(reference)) {
            throw new IllegalStateException("No reference package at " + reference
                    + ": run `mvn -Pbench verify` (it runs npm ci in src/test/bench).");
        }
        Path testData = LiveSite.testData();
        try (Stream<Path> files = Files.walk(testData)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = mount.resolve(testData.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path bench = Files.createDirectories(mount.resolve("bench"));
        Files.copy(project.resolve("src/test/bench/bench.js"), bench.resolve("bench.js"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(reference, bench.resolve("face-landmarks-detection.min.js"), StandardCopyOption.REPLACE_EXISTING);
        for (String file : List.of("reference-start.html", "reference-start.js")) {
            Files.copy(project.resolve("src/test/bench/" + file), bench.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return mount;
    }

    private void run() throws IOException {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("date", Instant.now().toString());
        setup.put("chromium", ((HasCapabilities) chrome).getCapabilities().getBrowserVersion());
        setup.put("cpus", Runtime.getRuntime().availableProcessors());
        setup.put("loadAverageAtStart", loadAverage());
        report.put("setup", setup);
        report.heading(String.format("MaskAI benchmark %s: Chromium %s headless, %s CPUs, load average %s at start"
                        + " (other work shares this machine: figures are noisy).", setup.get("date"), setup.get("chromium"),
                setup.get("cpus"), setup.get("loadAverageAtStart")));

        readyAndFirstLoad(setup);
        coldStartBesideReference();
        firstPhoto();
        firstTryOn();
        Map<String, Object> loaded = Browser.asMap(browser.call(LOAD_BENCH_JS + """
                return Bench.loadReference();
                """));
        setup.put("reference", Map.of("package", "@tensorflow-models/face-landmarks-detection 1.0.6",
                "runtime", "tfjs", "refineLandmarks", false, "maxFaces", loaded.get("maxFaces"),
                "reset", "before every call"));
        setup.put("backendAfterReferenceLoaded", loaded.get("backend"));
        setup.put("tfjs", loaded.get("tfjs"));

        // -Dbench.only=occlusion,live runs only the parts named (their method names), for a quick look.
        String only = System.getProperty("bench.only", "");
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("floor", this::floor);
        parts.put("detectLatency", this::detectLatency);
        parts.put("tryOn", this::tryOn);
        parts.put("occlusionCost", this::occlusionCost);
        parts.put("equivariance", this::equivariance);
        parts.put("groupRecall", this::groupRecall);
        parts.put("memory", this::memory);
        parts.put("live", () -> {
            live(false, ASTRONAUT_VIDEO, "live");
            live(true, ASTRONAUT_VIDEO, "liveWithHands");
            live(false, ASTRONAUT_VIDEO, "liveRecording");
        });
        parts.put("liveFist", this::liveFist);
        parts.put("liveStyles", this::liveStyles);
        parts.put("batch", this::batch);
        parts.put("effects", this::effects);
        for (Map.Entry<String, Runnable> part : parts.entrySet()) {
            if (only.isBlank() || List.of(only.split(",")).contains(part.getKey())) {
                part.getValue().run();
            }
        }
        setup.put("loadAverageAtEnd", loadAverage());
        report.heading(String.format("TF.js %s, backend %s for both; load average %s at the end.", setup.get("tfjs"),
                setup.get("backend"), setup.get("loadAverageAtEnd")));
    }

    // ---------------------------------------------------------------- ready and first load

    private void readyAndFirstLoad(Map<String, Object> setup) {
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", READY_HOOK));
        String origin = "http://127.0.0.1:" + server.port();
        List<Double> cold = new ArrayList<>();
        FirstLoad page = null;
        FirstLoad visit = null;
        for (int i = 0; i < COLD_LOADS; i++) {
            if (i > 0) {
                browser.open("about:blank");
                chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
                chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            }
            int before = server.requests().size();
            Map<String, Object> ready = openAndTimeReady();
            cold.add(((Number) ready.get("ms")).doubleValue());
            setup.put("backend", ready.get("backend"));
            waitForServiceWorker();
            if (i == 0) {
                @SuppressWarnings("unchecked")
                List<String> resources = new ArrayList<>((List<String>) ready.get("resources"));
                resources.add(server.baseUrl());
                page = FirstLoad.ofUrls(site, resources);
                List<StaticServer.Request> requests = server.requests();
                visit = FirstLoad.ofRequests(site, requests.subList(before, requests.size()));
            }
        }
        List<Double> warm = new ArrayList<>();
        boolean controlled = true;
        for (int i = 0; i < WARM_LOADS; i++) {
            Map<String, Object> ready = openAndTimeReady();
            warm.add(((Number) ready.get("ms")).doubleValue());
            controlled &= Boolean.TRUE.equals(ready.get("controlled"));
        }
        Sample coldSample = new Sample(cold.stream().mapToDouble(Double::doubleValue).toArray());
        Sample warmSample = new Sample(warm.stream().mapToDouble(Double::doubleValue).toArray());

        report.heading("Navigation to MaskAI.ready, ms (localhost; cold: empty cache, no service worker;"
                + " warm: served by the service worker" + (controlled ? "" : " — NOT controlled on every warm load") + ")");
        report.row("  %-6s median %7s   runs %s", "cold", Report.fmt(coldSample.median(), 0), list(coldSample));
        report.row("  %-6s median %7s   runs %s", "warm", Report.fmt(warmSample.median(), 0), list(warmSample));
        report.heading("First load, bytes (each distinct file once; gzip by java.util.zip, default level)");
        report.row("  %-52s %5s %12s %12s", "", "files", "uncompressed", "gzip");
        report.row("  %-52s %5d %12d %12d", "page until ready", page.files(), page.bytes(), page.gzipBytes());
        report.row("  %-52s %5d %12d %12d", "whole first visit (with the service worker's precache)",
                visit.files(), visit.bytes(), visit.gzipBytes());

        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("cold", coldSample.json());
        ready.put("warm", warmSample.json());
        ready.put("warmControlledByServiceWorker", controlled);
        report.put("ready", ready);
        report.put("firstLoad", Map.of("untilReady", page.json(), "wholeFirstVisit", visit.json()));
        report.target("ready ≤ 1.5 s cold on localhost (median of " + COLD_LOADS + ")", coldSample.median() / 1000,
                "s", 1.5, true, String.format("the first, in a browser just started: %.2f s", cold.get(0) / 1000));
        report.target("whole first load ≤ 3 MB gzip (with the precache)", visit.gzipBytes() / 1e6, "MB", 3.0, true,
                String.format("page until ready: %.2f MB gzip", page.gzipBytes() / 1e6));
    }

    /** Opens the site, waits for MaskAI.ready; {ms since navigation, backend, resources, controlled}. */
    private Map<String, Object> openAndTimeReady() {
        browser.open(server.baseUrl());
        Map<String, Object> value = browser.waitReady();
        Map<String, Object> timing = Browser.asMap(browser.execute(
                "return {ms: window.__benchReadyAt, resources: window.__benchResources || [],"
                        + " controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller)};"));
        if (timing.get("ms") == null) {
            throw new IllegalStateException("the ready hook saw no data-maskai=\"ready\"");
        }
        Map<String, Object> out = new LinkedHashMap<>(timing);
        out.put("backend", value.get("backend"));
        return out;
    }

    /** Waits until the service worker is active (its install, the precache, is done). */
    private void waitForServiceWorker() {
        browser.call("""
                if (!navigator.serviceWorker) return null;
                await Promise.race([navigator.serviceWorker.ready,
                    new Promise((_, reject) => setTimeout(() => reject(new Error('no active service worker in 120 s')), 120000))]);
                return null;
                """);
    }

    // ---------------------------------------------------------------- cold start beside the reference

    /**
     * Issue 11 §4: navigation to MaskAI.ready beside navigation to the reference's detector
     * created (src/test/bench/reference-start.html: TF.js, the wasm backend, the reference
     * package, createDetector with the same model files), each load cold (cache and storage of the
     * origin cleared, no service worker), the two alternating.
     */
    private void coldStartBesideReference() {
        String reference = server.baseUrl() + "__test__/bench/reference-start.html";
        List<Double> maskai = new ArrayList<>();
        List<Double> ref = new ArrayList<>();
        Map<String, List<Double>> maskaiPhases = new LinkedHashMap<>();
        Map<String, List<Double>> refPhases = new LinkedHashMap<>();
        for (int i = 0; i < BESIDE_REFERENCE_LOADS; i++) {
            clearOrigin();
            maskai.add(((Number) openAndTimeReady().get("ms")).doubleValue());
            addPhases(maskaiPhases);
            clearOrigin();
            browser.openAsIs(reference);
            Map<String, Object> out = Browser.asMap(browser.waitFor(Duration.ofSeconds(60), "the reference's detector",
                    d -> browser.execute("return window.__referenceReadyAt !== undefined || window.__referenceError"
                            + " !== undefined ? {ms: window.__referenceReadyAt, error: window.__referenceError,"
                            + " backend: window.__referenceBackend} : null;")));
            if (out.get("error") != null || !"wasm".equals(out.get("backend"))) {
                throw new IllegalStateException("the reference did not start on wasm: " + out);
            }
            ref.add(((Number) out.get("ms")).doubleValue());
            addPhases(refPhases);
            refPhases.computeIfAbsent("detector created", k -> new ArrayList<>()).add(((Number) out.get("ms")).doubleValue());
        }
        Sample a = new Sample(maskai.stream().mapToDouble(Double::doubleValue).toArray());
        Sample b = new Sample(ref.stream().mapToDouble(Double::doubleValue).toArray());
        report.heading("Cold start: navigation to ready, ms, alternating loads (empty cache, no service worker)");
        report.row("  %-44s median %7s   runs %s", "MaskAI.ready", Report.fmt(a.median(), 0), list(a));
        report.row("  %-44s median %7s   runs %s", "reference: TF.js + wasm + createDetector", Report.fmt(b.median(), 0),
                list(b));
        report.row("  where the time goes, medians in ms from navigation (MaskAI's marks: Clock.mark, boot.js):");
        report.row("  %-44s %s", "MaskAI", phases(maskaiPhases));
        report.row("  %-44s %s", "reference", phases(refPhases));
        Map<String, Object> phaseJson = new LinkedHashMap<>();
        maskaiPhases.forEach((name, ms) -> phaseJson.put("maskai " + name, Sample.of(ms).json()));
        refPhases.forEach((name, ms) -> phaseJson.put("reference " + name, Sample.of(ms).json()));
        report.put("coldStartBesideReference", Map.of("maskai", a.json(), "reference", b.json(), "phases", phaseJson));
        report.target("cold start to ready ≤ 1.0× the reference's", a.median() / b.median(), "×", 1.0, true,
                String.format("%.0f against %.0f ms (medians of %d)", a.median(), b.median(), BESIDE_REFERENCE_LOADS));
        startProfiles(reference);
    }

    private static final int PROFILED_LOADS = 3;

    /**
     * Where each start's page thread spends its time until ready: cold loads of both, alternating,
     * with V8's sampling profiler on (every 0.2 ms), its samples up to ready (MaskAI.ready, the
     * reference's detector created) summed by what ran: the browser's own work ("(program)":
     * parsing, compiling, style and layout), the garbage collector, TF.js's scripts, MaskAI's code
     * (its Wasm module, its loader, boot.js), the reference's package and page script, and idle
     * (the thread waiting: on the network, on background compiles). A start whose thread is
     * seldom idle is bounded by its thread's work, not by what it waits for.
     */
    private void startProfiles(String reference) {
        Map<String, List<Double>> maskai = new LinkedHashMap<>();
        Map<String, List<Double>> ref = new LinkedHashMap<>();
        for (int i = 0; i < PROFILED_LOADS; i++) {
            profiledStart(server.baseUrl(), "return window.__benchReadyAt !== undefined ? window.__benchReadyAt : null;",
                    maskai);
            profiledStart(reference, "return window.__referenceReadyAt !== undefined ? window.__referenceReadyAt : null;",
                    ref);
        }
        report.row("  the page's thread until ready, ms by what ran (V8's sampling profiler, medians of %d cold loads"
                + " each, alternating; a profiled start is slower):", PROFILED_LOADS);
        report.row("  %-44s %s", "MaskAI", phases(maskai));
        report.row("  %-44s %s", "reference", phases(ref));
        Map<String, Object> json = new LinkedHashMap<>();
        maskai.forEach((name, ms) -> json.put("maskai " + name, Sample.of(ms).json()));
        ref.forEach((name, ms) -> json.put("reference " + name, Sample.of(ms).json()));
        report.put("startProfiles", json);
    }

    /** One cold load of {@code url} profiled until {@code readyScript} gives its ready time; adds its split to {@code into}. */
    private void profiledStart(String url, String readyScript, Map<String, List<Double>> into) {
        clearOrigin();
        chrome.executeCdpCommand("Profiler.enable", Map.of());
        chrome.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 200));
        chrome.executeCdpCommand("Profiler.start", Map.of());
        browser.openAsIs(url);
        double readyAt = ((Number) browser.waitFor(Duration.ofSeconds(60), "ready at " + url,
                d -> browser.execute(readyScript))).doubleValue();
        double pageNow = ((Number) browser.execute("return performance.now();")).doubleValue();
        Map<String, Object> profile = Browser.asMap(chrome.executeCdpCommand("Profiler.stop", Map.of()).get("profile"));
        chrome.executeCdpCommand("Profiler.disable", Map.of());
        Map<Long, String> kinds = new LinkedHashMap<>();
        for (Object o : (List<?>) profile.get("nodes")) {
            Map<String, Object> node = Browser.asMap(o);
            Map<String, Object> frame = Browser.asMap(node.get("callFrame"));
            kinds.put(((Number) node.get("id")).longValue(), kindOf(String.valueOf(frame.get("functionName")),
                    String.valueOf(frame.get("url"))));
        }
        List<?> samples = (List<?>) profile.get("samples");
        List<?> deltas = (List<?>) profile.get("timeDeltas");
        double end = ((Number) profile.get("endTime")).doubleValue();
        double[] at = new double[samples.size()];
        double t = ((Number) profile.get("startTime")).doubleValue();
        for (int i = 0; i < samples.size(); i++) {
            t += ((Number) deltas.get(i)).doubleValue();
            at[i] = t;
        }
        Map<String, Double> split = new LinkedHashMap<>();
        for (String kind : List.of("program", "gc", "TF.js", "MaskAI code", "reference code", "other", "idle")) {
            split.put(kind, 0.0);
        }
        for (int i = 0; i < samples.size(); i++) {
            // A sample's time on the page's clock: the profile's end is (about) pageNow.
            double pageTime = pageNow - (end - at[i]) / 1000;
            double next = i + 1 < samples.size() ? at[i + 1] : end;
            if (pageTime >= 0 && pageTime <= readyAt) {
                split.merge(kinds.get(((Number) samples.get(i)).longValue()), (next - at[i]) / 1000, Double::sum);
            }
        }
        split.forEach((kind, ms) -> into.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms));
        into.computeIfAbsent("ready", k -> new ArrayList<>()).add(readyAt);
    }

    /** What a profile's function is: the browser's own work, GC, idle, or whose script. */
    private static String kindOf(String function, String url) {
        if (function.equals("(idle)")) {
            return "idle";
        }
        if (function.equals("(program)") || function.equals("(root)")) {
            return "program";
        }
        if (function.equals("(garbage collector)")) {
            return "gc";
        }
        if (url.contains("/vendor/tfjs/")) {
            return "TF.js";
        }
        if (url.contains("/js/maskai") || url.endsWith("/js/boot.js")) {
            return "MaskAI code";
        }
        if (url.contains("/__test__/bench/")) {
            return "reference code";
        }
        return "other";
    }

    /**
     * The page's milestones, ms from navigation: the HTML in, TF.js's three scripts in (the last
     * one's responseEnd), DOMContentLoaded (the deferred scripts run), and the
     * performance marks (MaskAI's: main, backend, masks, layout, models, ready).
     */
    private void addPhases(Map<String, List<Double>> phases) {
        Map<String, Object> marks = Browser.asMap(browser.execute("""
                const nav = performance.getEntriesByType('navigation')[0];
                const out = {html: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd};
                out.tfjsScripts = Math.max(0, ...performance.getEntriesByType('resource')
                    .filter(r => /vendor.tfjs.tf-[a-z-]+[.]min[.]js$/.test(r.name)).map(r => r.responseEnd));
                for (const m of performance.getEntriesByType('mark')) {
                  if (m.name.startsWith('maskai-')) out[m.name.substring(7)] = m.startTime;
                }
                return out;
                """));
        marks.forEach((name, ms) -> phases.computeIfAbsent(name, k -> new ArrayList<>()).add(((Number) ms).doubleValue()));
    }

    private static String phases(Map<String, List<Double>> phases) {
        StringBuilder line = new StringBuilder();
        phases.forEach((name, ms) -> line.append(line.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(Report.fmt(Sample.of(ms).median(), 0)));
        return line.toString();
    }

    private void clearOrigin() {
        browser.openAsIs("about:blank");
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "http://127.0.0.1:" + server.port(),
                "storageTypes", "all"));
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    // ---------------------------------------------------------------- the first photo

    /**
     * Runs in the page: records when #photo-input's change fires (the file chosen) and, for each
     * draw of the result (#result's data-drawn), the next animation frame after it (the result on
     * screen).
     */
    private static final String PHOTO_TIMER = """
            const input = document.getElementById('photo-input');
            const result = document.getElementById('result');
            window.__benchPhoto = {chosen: [], drawn: []};
            input.addEventListener('change', () => window.__benchPhoto.chosen.push(performance.now()), true);
            new MutationObserver(() => requestAnimationFrame(() => window.__benchPhoto.drawn.push(performance.now())))
                .observe(result, {attributes: true, attributeFilter: ['data-drawn']});
            """;

    /**
     * Issue 11 §3, the UI path: a photo chosen through #photo-input (as a person does) until its
     * result is drawn and on screen, for the first photo after a cold load and for later ones
     * (Discard, then the same photo again). The first is chosen {@link #CHOOSING_MS} after ready
     * (a person takes longer than that to pick a file) and, in other loads, at once.
     */
    private void firstPhoto() {
        Path photo = LiveSite.testData().resolve(PHOTO);
        List<Double> first = new ArrayList<>();
        List<Double> atOnce = new ArrayList<>();
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < FIRST_PHOTO_LOADS; i++) {
            for (boolean waits : new boolean[] {true, false}) {
                clearOrigin();
                openAndTimeReady();
                browser.execute(PHOTO_TIMER);
                if (waits) {
                    sleep(CHOOSING_MS);
                }
                (waits ? first : atOnce).add(photoToResult(photo, 1));
                if (waits) {
                    for (int k = 2; k <= LATER_PHOTOS + 1; k++) {
                        browser.find("#discard").click();
                        later.add(photoToResult(photo, k));
                    }
                }
            }
        }
        Sample a = new Sample(first.stream().mapToDouble(Double::doubleValue).toArray());
        Sample now = new Sample(atOnce.stream().mapToDouble(Double::doubleValue).toArray());
        Sample b = new Sample(later.stream().mapToDouble(Double::doubleValue).toArray());
        report.heading("A photo chosen (#photo-input) to its result drawn and on screen, ms, " + PHOTO
                + ", the default mask, " + FIRST_PHOTO_LOADS + " cold loads each");
        report.row("  %-44s median %7s   runs %s", "first, chosen " + CHOOSING_MS + " ms after ready",
                Report.fmt(a.median(), 0), list(a));
        report.row("  %-44s median %7s   runs %s", "first, chosen at ready", Report.fmt(now.median(), 0), list(now));
        report.row("  %-44s median %7s   runs %s", "later (after Discard, the same photo)", Report.fmt(b.median(), 0),
                list(b));
        report.put("firstPhoto", Map.of("choosingMs", CHOOSING_MS, "first", a.json(), "firstAtReady", now.json(),
                "later", b.json()));
        report.target("the first result ≤ 1.5× a later one (file chosen → result drawn, UI path)",
                a.median() / b.median(), "×", 1.5, true, String.format("%.0f against %.0f ms; chosen at ready: %.0f ms",
                        a.median(), b.median(), now.median()));
    }

    /** Chooses {@code photo} and waits for the {@code n}-th draw since the timer was installed; ms from chosen to on screen. */
    private double photoToResult(Path photo, int n) {
        browser.find("#photo-input").sendKeys(photo.toAbsolutePath().toString());
        Map<String, Object> times = Browser.asMap(browser.waitFor(Duration.ofSeconds(60), "result " + n + " drawn",
                d -> browser.execute("const t = window.__benchPhoto; return t.chosen.length >= arguments[0]"
                        + " && t.drawn.length >= arguments[0] ? t : null;", n)));
        List<?> chosen = (List<?>) times.get("chosen");
        List<?> drawn = (List<?>) times.get("drawn");
        return ((Number) drawn.get(n - 1)).doubleValue() - ((Number) chosen.get(n - 1)).doubleValue();
    }

    private static final int OCCLUSION_ROUNDS = 10;

    /** The first MaskAI.tryOn after a cold load (called {@link #CHOOSING_MS} after ready) against the later ones. */
    private void firstTryOn() {
        List<Double> first = new ArrayList<>();
        List<Double> later = new ArrayList<>();
        for (int i = 0; i < FIRST_PHOTO_LOADS; i++) {
            clearOrigin();
            openAndTimeReady();
            sleep(CHOOSING_MS);
            List<?> ms = (List<?>) browser.call("""
                    const blob = await (await fetch('/__test__/' + args[0])).blob();
                    const mask = MaskAI.masks()[0].id;
                    const ms = [];
                    for (let k = 0; k <= args[1]; k++) {
                      const start = performance.now();
                      await MaskAI.tryOn(blob, {mask});
                      ms.push(performance.now() - start);
                    }
                    return ms;
                    """, PHOTO, LATER_PHOTOS);
            first.add(((Number) ms.get(0)).doubleValue());
            ms.stream().skip(1).forEach(v -> later.add(((Number) v).doubleValue()));
        }
        Sample a = new Sample(first.stream().mapToDouble(Double::doubleValue).toArray());
        Sample b = new Sample(later.stream().mapToDouble(Double::doubleValue).toArray());
        report.heading("MaskAI.tryOn (PNG out), ms, " + PHOTO + ", called " + CHOOSING_MS + " ms after a cold ready");
        report.row("  %-44s median %7s   runs %s", "first", Report.fmt(a.median(), 0), list(a));
        report.row("  %-44s median %7s   runs %s", "later", Report.fmt(b.median(), 0), list(b));
        report.put("firstTryOn", Map.of("choosingMs", CHOOSING_MS, "first", a.json(), "later", b.json()));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- floor

    private void floor() {
        Map<String, Object> out = Browser.asMap(browser.call("return Bench.floor(args[0]);", FLOOR_ROUNDS));
        Sample detector = Sample.of(out.get("detector128"));
        Sample mesh = Sample.of(out.get("facemesh192"));
        floorMs = detector.median() + mesh.median();
        report.heading("Floor: the models alone, execute() on a pre-made tensor and read the outputs, ms (" + FLOOR_ROUNDS
                + " runs)");
        report.row("  %-44s median %6s  p90 %6s", "short-range detector 128×128", Report.fmt(detector.median(), 2),
                Report.fmt(detector.p90(), 2));
        report.row("  %-44s median %6s  p90 %6s", "FaceMesh 192×192", Report.fmt(mesh.median(), 2), Report.fmt(mesh.p90(), 2));
        report.row("  %-44s median %6s", "floor = short-range detector + FaceMesh", Report.fmt(floorMs, 2));
        report.row("  short-range detector by input shape (batch × width × height; units: pixels over 128²):");
        for (Object shape : (List<?>) out.get("detectorShapes")) {
            Map<String, Object> s = Browser.asMap(shape);
            double units = ((Number) s.get("units")).doubleValue();
            double ms = ((Number) s.get("medianMs")).doubleValue();
            report.row("    %2s × %3s × %3s  %5s units  median %6s ms  %5s ms a unit", s.get("batch"), s.get("width"),
                    s.get("height"), Report.fmt(units, 2), Report.fmt(ms, 2), Report.fmt(ms / units, 2));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("detector128", detector.json());
        json.put("facemesh192", mesh.json());
        json.put("floorMedianMs", Report.num(floorMs));
        json.put("detectorShapes", out.get("detectorShapes"));
        report.put("floor", json);
    }

    // ---------------------------------------------------------------- detect latency

    private void detectLatency() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String photo : TEST_PHOTOS) {
            browser.call("return Bench.photo(args[0]);", photo);
            rows.add(latency(photo, photo, PHOTO_ROUNDS));
        }
        for (int i = 0; i < MEGAPIXELS.length; i++) {
            String name = "astronaut " + MEGAPIXELS[i] + " MP";
            browser.call("return Bench.scaled(args[0], args[1], args[2]);", name, PHOTO, MEGAPIXELS[i]);
            rows.add(latency(name, name, SCALED_ROUNDS[i]));
            if (MEGAPIXELS[i] != 3) {
                browser.call("Bench.drop(args[0]); return null;", name);
            }
        }

        List<String[]> splitCells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            splitCells.add(split(row));
        }
        report.heading("detect latency, ms: A = MaskAI.detect (refined, default), A1 = MaskAI.detect {refine: false},"
                + " B = reference with reset() before each call; rounds alternate the order A A1 B / A1 B A / B A A1");
        report.row("  %-22s %11s %5s %8s %8s %8s %8s %8s %8s %6s %6s %7s %7s", "image", "size", "n", "A med", "A p90",
                "A1 med", "A1 p90", "B med", "B p90", "A/B", "A1/B", "A/floor", "faces");
        double worstSmall = Double.NaN;
        double worstLarge = Double.NaN;
        double worstFloor = Double.NaN;
        double worstFloorSingle = Double.NaN;
        double worstTiny = Double.NaN;
        double worstMedium = Double.NaN;
        double worstNoFace = Double.NaN;
        List<String> tiny = new ArrayList<>();
        List<String> medium = new ArrayList<>();
        List<String> noFace = new ArrayList<>();
        List<String> small = new ArrayList<>();
        List<String> large = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> ms = Browser.asMap(row.get("ms"));
            Sample a = Sample.of(ms.get("maskai"));
            Sample a1 = Sample.of(ms.get("maskaiSingle"));
            Sample b = Sample.of(ms.get("reference"));
            int width = ((Number) row.get("width")).intValue();
            int height = ((Number) row.get("height")).intValue();
            double ab = Report.ratio(a.median(), b.median());
            double a1b = Report.ratio(a1.median(), b.median());
            double af = Report.ratio(a.median(), floorMs);
            Map<String, Object> faces = Browser.asMap(row.get("faces"));
            String faceCounts = METHODS.stream().map(m -> String.valueOf(faces.getOrDefault(m, "–")))
                    .reduce((x, y) -> x + "/" + y).orElse("");
            report.row("  %-22s %11s %5d %8s %8s %8s %8s %8s %8s %6s %6s %7s %7s", row.get("name"), width + "×" + height,
                    a.n(), Report.fmt(a.median(), 1), Report.fmt(a.p90(), 1), Report.fmt(a1.median(), 1),
                    Report.fmt(a1.p90(), 1), Report.fmt(b.median(), 1), Report.fmt(b.p90(), 1), Report.fmt(ab, 2),
                    Report.fmt(a1b, 2), Report.fmt(af, 2), faceCounts);
            Map<String, Object> errors = Browser.asMap(row.get("errors"));
            if (!errors.isEmpty()) {
                report.row("  %-22s errors: %s", "", errors);
            }
            int side = Math.max(width, height);
            boolean anyFace = !"0".equals(String.valueOf(faces.get("reference")));
            if (!anyFace) {
                worstNoFace = worst(worstNoFace, ab);
                noFace.add(row.get("name") + " " + Report.fmt(ab, 2));
            } else if (side <= 256) {
                worstTiny = worst(worstTiny, ab);
                tiny.add(row.get("name") + " " + Report.fmt(ab, 2));
            } else if (side <= 640) {
                worstSmall = worst(worstSmall, ab);
                small.add(row.get("name") + " " + Report.fmt(ab, 2));
            } else if (side <= 1280) {
                worstMedium = worst(worstMedium, ab);
                medium.add(row.get("name") + " " + Report.fmt(ab, 2));
            } else {
                worstLarge = worst(worstLarge, ab);
                large.add(row.get("name") + " " + Report.fmt(ab, 2));
            }
            if (side == 512 && FACE_PHOTOS.contains(row.get("name"))) {
                worstFloor = worst(worstFloor, af);
                worstFloorSingle = worst(worstFloorSingle, Report.ratio(a1.median(), floorMs));
            }
            row.put("ratioMaskaiToReference", Report.num(ab));
            row.put("ratioMaskaiSingleToReference", Report.num(a1b));
            row.put("ratioMaskaiToFloor", Report.num(af));
            row.put("ms", Map.of("maskai", a.json(), "maskaiSingle", a1.json(), "reference", b.json()));
        }
        report.row("  faces: A/A1/B faces found. A/B, A1/B: ratios of medians; A/floor: A's median over the floor (%s ms).",
                Report.fmt(floorMs, 2));
        report.heading("detect split, ms (medians per call): model runs, time in the models' execute(), and the rest"
                + " (pixels, crops, decoding, suppression, projection)");
        report.row("  %-22s %11s   %-20s %-20s %-20s", "image", "size", "A runs/models/rest", "A1 runs/models/rest",
                "B runs/models/rest");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            String[] cells = splitCells.get(i);
            report.row("  %-22s %11s   %-20s %-20s %-20s", row.get("name"), row.get("width") + "×" + row.get("height"),
                    cells[0], cells[1], cells[2]);
        }
        report.put("detect", rows);
        report.target("detect ≤ 0.6× the reference, faces, ≤ 256 px (worst image)", worstTiny, "×", 0.6, true,
                String.join(", ", tiny));
        report.target("detect ≤ 0.6× the reference, faces, 257–640 px (worst image)", worstSmall, "×", 0.6, true,
                String.join(", ", small));
        report.target("detect ≤ 0.6× the reference, faces, 641–1280 px (worst image)", worstMedium, "×", 0.6, true,
                String.join(", ", medium));
        report.target("detect ≤ 1.0× the reference, no face (worst image)", worstNoFace, "×", 1.0, true,
                String.join(", ", noFace));
        report.target("detect ≤ 0.3× the reference above 1280 px (worst image)", worstLarge, "×", 0.3, true,
                String.join(", ", large));
        report.target("detect ≤ 1.25× the floor at 512 px (worst face photo)", worstFloor, "×", 1.25, true,
                "floor " + Report.fmt(floorMs, 2) + " ms; A1 (refine: false) " + Report.fmt(worstFloorSingle, 2)
                        + "×; A runs the landmark model 3 times (see the split table)");
    }

    /**
     * Where each call's time goes, per method: model runs, the models' own execute() time (every
     * model run in the call, timed in the page) and the rest, the pipeline around them; medians
     * over the timed calls. Puts them into the row's JSON as "split" and returns the table cells.
     */
    private static String[] split(Map<String, Object> row) {
        Map<String, Object> ms = Browser.asMap(row.get("ms"));
        Map<String, Object> modelMs = Browser.asMap(row.get("modelMs"));
        Map<String, Object> modelRuns = Browser.asMap(row.get("modelRuns"));
        Map<String, Object> split = new LinkedHashMap<>();
        String[] cells = new String[METHODS.size()];
        for (int k = 0; k < METHODS.size(); k++) {
            String method = METHODS.get(k);
            List<?> total = (List<?>) ms.get(method);
            List<?> inModels = (List<?>) modelMs.get(method);
            List<?> runs = (List<?>) modelRuns.get(method);
            if (total == null || inModels == null || runs == null || total.isEmpty()
                    || total.size() != inModels.size()) {
                cells[k] = "–";
                continue;
            }
            double[] rest = new double[total.size()];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = ((Number) total.get(i)).doubleValue() - ((Number) inModels.get(i)).doubleValue();
            }
            Sample models = Sample.of(inModels);
            Sample outside = new Sample(rest);
            Sample count = Sample.of(runs);
            cells[k] = Report.fmt(count.median(), 0) + " / " + Report.fmt(models.median(), 1) + " / "
                    + Report.fmt(outside.median(), 1);
            split.put(method, Map.of("modelRuns", Report.num(count.median()), "modelMs", Report.num(models.median()),
                    "restMs", Report.num(outside.median())));
        }
        row.put("split", split);
        row.remove("modelMs");
        row.remove("modelRuns");
        return cells;
    }

    /** A missing ratio (NaN) counts as worst of all: a target is met only where every image has its figure. */
    private static double worst(double so, double ratio) {
        double r = Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
        return Double.isNaN(so) ? r : Math.max(so, r);
    }

    private Map<String, Object> latency(String image, String label, int rounds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", label);
        out.putAll(Browser.asMap(browser.call("return Bench.latency(args[0], args[1], args[2]);", image, METHODS, rounds)));
        System.out.printf("  measured detect on %s%n", label);
        return out;
    }

    // ---------------------------------------------------------------- tryOn

    private void tryOn() {
        report.heading("tryOn latency (PNG Blob out), ms, first built-in mask");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object[] c : new Object[][] {{PHOTO, 12}, {"astronaut 3.0 MP", 5}}) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", c[0]);
            out.putAll(Browser.asMap(browser.call("return Bench.tryOn(args[0], args[1]);", c[0], c[1])));
            Sample s = Sample.of(out.get("ms"));
            report.row("  %-22s %11s  n %3d  median %8s  p90 %8s  (mask %s)", c[0], out.get("width") + "×" + out.get("height"),
                    s.n(), Report.fmt(s.median(), 1), Report.fmt(s.p90(), 1), out.get("mask"));
            out.put("ms", s.json());
            rows.add(out);
        }
        browser.call("Bench.drop(args[0]); return null;", "astronaut 3.0 MP");
        report.put("tryOn", rows);
    }

    /**
     * Issue 13 §1's cost: detect + tryOn with occlusion (hands looked for and matted) against the
     * same call without, on HandsIT's fist over the astronaut's mouth, alternating, after one call
     * of each (the hand detector loaded).
     */
    static final int EFFECT_ROUNDS = 2;

    private void occlusionCost() {
        Map<String, Object> out = Browser.asMap(browser.call(FitScripts.HELPERS + """
                const bare = await T.bitmap('faces/astronaut.png');
                const fisted = (await F.withFist(bare)).canvas;
                const mask = MaskAI.masks()[0].id, out = {};
                const time = async (image, options) => { const t = performance.now(); await MaskAI.tryOn(image, options); return performance.now() - t; };
                for (const [name, image] of [['fist', fisted], ['bare', bare]]) {
                  const without = [], withHands = [];
                  await time(image, {mask}); await time(image, {mask, occlusion: true});
                  for (let i = 0; i < args[0]; i++) {
                    without.push(await time(image, {mask}));
                    withHands.push(await time(image, {mask, occlusion: true}));
                  }
                  out[name] = {without, withHands};
                }
                return out;
                """, OCCLUSION_ROUNDS));
        report.heading("tryOn with occlusion, ms, alternating, " + OCCLUSION_ROUNDS + " rounds (the hand detector in its"
                + " worker while the page finds the faces)");
        Map<String, Object> json = new LinkedHashMap<>();
        for (String photo : List.of("fist", "bare")) {
            Map<String, Object> runs = Browser.asMap(out.get(photo));
            Sample a = Sample.of(runs.get("withHands"));
            Sample b = Sample.of(runs.get("without"));
            String what = photo.equals("fist") ? "a fist over the astronaut's mouth" : "the astronaut, nothing in front";
            report.row("  %-44s median %7s   p90 %7s", what + ", occlusion", Report.fmt(a.median(), 1), Report.fmt(a.p90(), 1));
            report.row("  %-44s median %7s   p90 %7s", what + ", without", Report.fmt(b.median(), 1), Report.fmt(b.p90(), 1));
            json.put(photo, Map.of("with", a.json(), "without", b.json()));
            report.target("detect + tryOn with occlusion ≤ 1.5× without it (" + what + ")", a.median() / b.median(), "×",
                    1.5, true, String.format("%.0f against %.0f ms", a.median(), b.median()));
        }
        report.put("occlusion", json);
    }

    // ---------------------------------------------------------------- styles, templates, hair at 12 MP

    /**
     * Issue 15's time target: a style or a template on a 12 MP photo (the astronaut enlarged to
     * 4000 × 3000) under 1.5 s. Each tryOn is timed whole (decode, detect, draw, PNG encode) against
     * the same tryOn without the effect, alternating, {@link #EFFECT_ROUNDS} rounds after one
     * warm-up each; the effect's own cost is the difference of the medians. A template's result is
     * its 720 × 900 picture, so its try-on skips the 12 MP drawing and encoding.
     */
    private void effects() {
        browser.call("""
                const photo = await T.bitmap('faces/astronaut.png');
                const big = T.canvas(4000, 3000), ctx = big.getContext('2d');
                ctx.imageSmoothingQuality = 'high';
                ctx.drawImage(photo, 500, 0, 3000, 3000);
                window.__big = await createImageBitmap(big);
                await MaskAI.tryOn(window.__big, {mask: MaskAI.masks()[0].id});
                return null;
                """);
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Map<String, String>> effects = new LinkedHashMap<>();
        for (String style : List.of("pencil", "ink", "oil", "watercolour", "halftone", "duotone")) {
            effects.put(style, Map.of("style", style));
        }
        effects.put("template astronaut", Map.of("template", "astronaut"));
        effects.put("hair blonde", Map.of("hair", "blonde"));
        String once = """
                const t = performance.now();
                await MaskAI.tryOn(window.__big, {mask: MaskAI.masks()[0].id, ...args[0]});
                return performance.now() - t;
                """;
        for (Map.Entry<String, Map<String, String>> effect : effects.entrySet()) {
            // One call a try-on: a 12 MP try-on with a style takes tens of seconds on a software GPU.
            browser.call(once, effect.getValue());
            List<Object> runs = new ArrayList<>();
            List<Object> plain = new ArrayList<>();
            for (int i = 0; i < EFFECT_ROUNDS; i++) {
                plain.add(browser.call(once, Map.of()));
                runs.add(browser.call(once, effect.getValue()));
            }
            out.put(effect.getKey(), Map.of("runs", runs, "plain", plain));
            System.out.println("effects: " + effect.getKey() + " " + runs + " against plain " + plain);
        }
        report.heading("styles, a template and a hair colour on a 12 MP photo (4000 × 3000), tryOn ms, alternating with"
                + " the plain tryOn, " + EFFECT_ROUNDS + " rounds");
        Map<String, Object> json = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : out.entrySet()) {
            Map<String, Object> runs = Browser.asMap(entry.getValue());
            Sample with = Sample.of(runs.get("runs"));
            Sample plain = Sample.of(runs.get("plain"));
            double cost = with.median() - plain.median();
            report.row("  %-20s median %7s  plain %7s  the effect's own %7s", entry.getKey(), Report.fmt(with.median(), 0),
                    Report.fmt(plain.median(), 0), Report.fmt(cost, 0));
            json.put(entry.getKey(), Map.of("with", with.json(), "plain", plain.json(), "effectMs", Report.num(cost)));
            // A style's own cost; a template's whole try-on (its picture replaces the 12 MP one, so
            // the difference would flatter it).
            boolean template = entry.getKey().startsWith("template");
            if (!entry.getKey().startsWith("hair")) {
                report.target((template ? "a template's whole tryOn" : "a style's own cost") + " on a 12 MP photo under"
                        + " 1.5 s (" + entry.getKey() + ")", (template ? with.median() : cost) / 1000, "s", 1.5, true,
                        String.format("whole tryOn %.0f ms against %.0f ms plain", with.median(), plain.median()));
            }
        }
        report.put("effects12mp", json);
    }

    // ---------------------------------------------------------------- equivariance

    /**
     * Issue 6 §3: on transformed copies (rotated 30°, mirrored, 0.5×, 2×), the median distance of
     * each landmark from the original's landmark carried by the same map (on the mirror, from its
     * partner across the face's midline), over the inter-ocular distance (33 to 263) on the copy.
     */
    private void equivariance() {
        Map<String, Object> out = Browser.asMap(browser.call(FitScripts.HELPERS + """
                const [paths, methods] = args;
                const out = {};
                for (const path of paths) {
                  const photo = await T.bitmap(path);
                  const copies = {
                    'original': F.warp(photo, photo.width, photo.height, [1, 0, 0, 1, 0, 0], false),
                    'rotated 30°': F.turned(photo, 30),
                    'mirrored': F.mirrored(photo),
                    'scaled 0.5×': F.scaled(photo, 0.5),
                    'scaled 2×': F.scaled(photo, 2),
                  };
                  out[path] = {};
                  for (const [name, copy] of Object.entries(copies)) {
                    const entry = {map: copy.map, faces: {}};
                    for (const m of methods) {
                      const result = await Bench.detectWith(m, copy.canvas);
                      entry.faces[m] = result.faces.map(f => f.landmarks.map(p => [p[0], p[1]]));
                    }
                    out[path][name] = entry;
                  }
                }
                return out;
                """, FACE_PHOTOS, METHODS));
        int[] partner = FittedMask.landmarkPartners();
        // Per method, every landmark's distance / IOD on the copies where all methods found one face.
        Map<String, List<Double>> pooled = new LinkedHashMap<>();
        METHODS.forEach(m -> pooled.put(m, new ArrayList<>()));
        List<String> left = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        report.heading("Equivariance: median landmark distance on a transformed copy vs the original's carried by the"
                + " same map, % of the inter-ocular distance (33–263 on the copy)");
        report.row("  %-22s %-12s %10s %10s %10s", "photo", "copy", "A", "A1", "B");
        for (String photo : FACE_PHOTOS) {
            Map<String, Object> copies = Browser.asMap(out.get(photo));
            Map<String, Object> original = Browser.asMap(copies.get("original"));
            for (String copyName : copies.keySet()) {
                if (copyName.equals("original")) {
                    continue;
                }
                Map<String, Object> copy = Browser.asMap(copies.get(copyName));
                double[] m = ((List<?>) copy.get("map")).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("photo", photo);
                row.put("copy", copyName);
                String[] cells = new String[METHODS.size()];
                List<double[]> distances = new ArrayList<>();
                for (int k = 0; k < METHODS.size(); k++) {
                    String method = METHODS.get(k);
                    double[] d = distances(single(Browser.asMap(original.get("faces")).get(method)),
                            single(Browser.asMap(copy.get("faces")).get(method)), m, partner);
                    distances.add(d);
                    cells[k] = d == null ? "no 1 face" : Report.fmt(100 * new Sample(d).median(), 2) + " %";
                    row.put(method, d == null ? null : Report.num(100 * new Sample(d).median()));
                }
                if (distances.stream().allMatch(d -> d != null)) {
                    for (int k = 0; k < METHODS.size(); k++) {
                        Arrays.stream(distances.get(k)).forEach(pooled.get(METHODS.get(k))::add);
                    }
                } else {
                    left.add(photo + " " + copyName);
                }
                report.row("  %-22s %-12s %10s %10s %10s", photo, copyName, cells[0], cells[1], cells[2]);
                rows.add(row);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        double[] overall = new double[METHODS.size()];
        for (int k = 0; k < METHODS.size(); k++) {
            List<Double> all = pooled.get(METHODS.get(k));
            overall[k] = all.isEmpty() ? Double.NaN
                    : 100 * new Sample(all.stream().mapToDouble(Double::doubleValue).toArray()).median();
            summary.put(METHODS.get(k), Report.num(overall[k]));
        }
        report.row("  %-35s %10s %10s %10s", "all (median of every landmark)", Report.fmt(overall[0], 2) + " %",
                Report.fmt(overall[1], 2) + " %", Report.fmt(overall[2], 2) + " %");
        report.row("  \"all\" pools the copies where every method found exactly one face on the copy and the original%s.",
                left.isEmpty() ? "" : "; left out: " + String.join(", ", left));
        report.put("equivariance", Map.of("unit", "% of inter-ocular distance", "copies", rows, "all", summary,
                "leftOutOfAll", left));
        report.target("equivariance of MaskAI (refined) ≤ 1.5 % IOD", overall[0], "%", 1.5, true,
                "refine:false " + Report.fmt(overall[1], 2) + " %, reference " + Report.fmt(overall[2], 2) + " %");
        report.target("equivariance of MaskAI (refined) below the reference's", overall[0] - overall[2],
                "% points vs reference", 0, true, "");
    }

    /**
     * Each landmark's distance on the copy from the original's carried by {@code m} (on a mirrored
     * copy, from its partner across the midline), over the copy's inter-ocular distance; null
     * where either has no single face.
     */
    private static double[] distances(double[][] before, double[][] after, double[] m, int[] partner) {
        if (before == null || after == null) {
            return null;
        }
        boolean mirrored = m[0] * m[3] - m[1] * m[2] < 0;
        double iod = FittedMask.interOcular(after);
        double[] d = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            double[] p = before[i];
            double[] seen = after[mirrored ? partner[i] : i];
            d[i] = Math.hypot(seen[0] - (m[0] * p[0] + m[2] * p[1] + m[4]),
                    seen[1] - (m[1] * p[0] + m[3] * p[1] + m[5])) / iod;
        }
        return d;
    }

    /** The landmarks of the only face found, or null where there was not exactly one. */
    private static double[][] single(Object faces) {
        List<?> list = (List<?>) faces;
        if (list == null || list.size() != 1) {
            return null;
        }
        List<?> points = (List<?>) list.get(0);
        double[][] out = new double[points.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((List<?>) points.get(i)).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        return out;
    }

    // ---------------------------------------------------------------- group photos

    /** Face widths of the group photos (issue 11: faces 20–80 px wide). */
    private static final List<Integer> GROUP_WIDTHS = List.of(20, 24, 32, 40, 48, 64, 80);
    /** The second set: only small faces, none of which the whole photo's first step sees. */
    private static final List<Integer> SMALL_GROUP_WIDTHS = List.of(20, 24, 26, 28, 32, 36);

    /**
     * Issue 11 §1: recall at each face size on group photos of our own making (FitScripts'
     * F.group: 500×375 like the issue's, the coffee photo behind, one face of each width per
     * photo, the widths turned round from photo to photo), for A (the default) and B, with each
     * method's detect time on them: once with faces 20–80 px, once with only faces 20–36 px (people
     * round a table, none near the camera). The target counts every face 24 px wide or more of both.
     */
    private void groupRecall() {
        int[] hitsAndTotal = new int[2];
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mixed", groupRecall(GROUP_WIDTHS, "one face of each width in each", hitsAndTotal));
        json.put("small", groupRecall(SMALL_GROUP_WIDTHS, "only small faces, one of each width in each", hitsAndTotal));
        report.put("groupRecall", json);
        report.target("group photos: faces 24 px wide or more found (A)", 100.0 * hitsAndTotal[0] / hitsAndTotal[1], "%",
                95, false, hitsAndTotal[0] + " of " + hitsAndTotal[1] + " on both sets");
    }

    /** One set of group photos with faces of {@code widths}; A's hits and faces of 24 px or more are added to {@code hitsAndTotal}. */
    private Map<String, Object> groupRecall(List<Integer> widths, String what, int[] hitsAndTotal) {
        Map<String, Object> out = Browser.asMap(browser.call(FitScripts.HELPERS + """
                const [sizes, methods] = args;
                const face = await T.bitmap('faces/astronaut.png');
                const background = await T.bitmap('no-face/coffee.png');
                const found = {}, ms = {};
                methods.forEach(m => { found[m] = {}; ms[m] = []; sizes.forEach(w => found[m][w] = 0); });
                for (let k = 0; k < sizes.length; k++) {
                  const widths = sizes.map((_, j) => sizes[(j + k) % sizes.length]);
                  const group = F.group(face, background, 500, 375, widths, k + 1);
                  for (const m of methods) {
                    await Bench.detectWith(m, group.canvas);
                    const t0 = performance.now();
                    const result = await Bench.detectWith(m, group.canvas);
                    ms[m].push(performance.now() - t0);
                    // Bench's faces give box as [x, y, width, height]; F.matchFaces reads MaskAI's {x, y, width, height}.
                    const faces = result.faces.map(f => ({box: {x: f.box[0], y: f.box[1], width: f.box[2], height: f.box[3]}}));
                    F.matchFaces(group.faces, faces).forEach((hit, i) => { if (hit >= 0) found[m][widths[i]]++; });
                  }
                }
                return {found, ms, photos: sizes.length};
                """, widths, List.of("maskai", "reference")));
        Map<String, Object> found = Browser.asMap(out.get("found"));
        Map<String, Object> ms = Browser.asMap(out.get("ms"));
        int photos = ((Number) out.get("photos")).intValue();
        report.heading("Group photos of our own making (" + photos + " photos, 500×375, " + what
                + ", on the coffee photo): faces found of " + photos + " per width, A = MaskAI.detect, B = reference");
        StringBuilder header = new StringBuilder(String.format("  %-8s", "width"));
        widths.forEach(w -> header.append(String.format(" %5s", w + "px")));
        report.row("%s %10s", header, "detect ms");
        for (String method : List.of("maskai", "reference")) {
            Map<String, Object> counts = Browser.asMap(found.get(method));
            StringBuilder row = new StringBuilder(String.format("  %-8s", method.equals("maskai") ? "A" : "B"));
            for (int w : widths) {
                int n = ((Number) counts.get(String.valueOf(w))).intValue();
                row.append(String.format(" %5d", n));
                if (w >= 24 && method.equals("maskai")) {
                    hitsAndTotal[0] += n;
                    hitsAndTotal[1] += photos;
                }
            }
            report.row("%s %10s", row, Report.fmt(Sample.of(ms.get(method)).median(), 1));
        }
        return out;
    }

    // ---------------------------------------------------------------- batch

    /**
     * Issue 14 §1: MaskAI.batch over 20 and then 100 photos, made here from the test photos (each
     * with a face, scaled 0.6–1.4×, some mirrored or darkened, every fifth one without a face), with
     * a mix of four masks, colours and sizes varied. Figures: photos per second, the page's long
     * tasks while it ran, and the JS heap: after a forced collection before and after, and its
     * peak while the batch ran (Runtime.getHeapUsage every 100 ms). The peak must not grow with the
     * batch: 100 photos against 20 within 20 %.
     */
    private void batch() {
        browser.call("""
                const sources = [await (await fetch('/__test__/faces/astronaut.png')).blob(),
                    await (await fetch('/__test__/faces/camera.png')).blob()];
                const empty = [await (await fetch('/__test__/no-face/brick.png')).blob(),
                    await (await fetch('/__test__/no-face/coffee.png')).blob()];
                const bitmaps = await Promise.all(sources.map(b => createImageBitmap(b)));
                window.__benchBatchFiles = async (count) => {
                  const files = [];
                  for (let i = 0; i < count; i++) {
                    if (i % 5 === 4) { files.push(new File([empty[i % 2]], 'empty-' + i + '.png', {type: 'image/png'})); continue; }
                    const source = bitmaps[i % 2], scale = 0.6 + 0.8 * ((i * 37) % 100) / 100;
                    const c = document.createElement('canvas');
                    c.width = Math.round(source.width * scale); c.height = Math.round(source.height * scale);
                    const g = c.getContext('2d');
                    if (i % 3 === 1) { g.translate(c.width, 0); g.scale(-1, 1); }
                    if (i % 4 === 2) g.filter = 'brightness(0.7)';
                    g.drawImage(source, 0, 0, c.width, c.height);
                    const jpeg = i % 2 === 0;
                    const blob = await new Promise(r => c.toBlob(r, jpeg ? 'image/jpeg' : 'image/png', 0.9));
                    files.push(new File([blob], 'photo-' + i + (jpeg ? '.jpg' : '.png'), {type: blob.type}));
                  }
                  return files;
                };
                """);
        report.heading("Batch (issue 14): MaskAI.batch on photos made from the test photos (every fifth without a"
                + " face), 4 masks mixed, colour and size varied; JS heap in bytes");
        report.row("  %-7s %9s %10s %9s %11s %12s %12s %12s %10s", "photos", "seconds", "photos/s", "masked",
                "long tasks", "heap before", "heap peak", "heap after", "ZIP MB");
        Map<String, Object> json = new LinkedHashMap<>();
        for (int count : List.of(20, 100)) {
            browser.call("window.__benchFiles = await window.__benchBatchFiles(args[0]);", count);
            long before = heapAfterGc();
            browser.execute("""
                    window.__benchBatch = null;
                    window.__benchBatchTasks = Bench.watchLongTasks();
                    const start = performance.now();
                    const masks = MaskAI.masks().filter(m => ['surgical', 'respirator', 'cloth'].includes(m.category))
                        .map(m => m.id).slice(0, 4);
                    MaskAI.batch(window.__benchFiles, {masks, varyColour: true, varySize: true, seed: 2026}).then(r => {
                      const tasks = window.__benchBatchTasks.since(start);
                      window.__benchBatchTasks.stop();
                      window.__benchBatch = {ms: performance.now() - start, perSecond: r.photosPerSecond,
                          masked: r.results.filter(x => x.status === 'masked').length, zipBytes: r.zip.size,
                          longTasks: tasks.length, longestTask: tasks.reduce((m, t) => Math.max(m, t.ms), 0)};
                    }, e => { window.__benchBatch = {error: String(e && e.message || e)}; });
                    """);
            long peak = before;
            Map<String, Object> outcome = null;
            long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
            while (outcome == null && System.nanoTime() < deadline) {
                Map<String, Object> usage = chrome.executeCdpCommand("Runtime.getHeapUsage", Map.of());
                peak = Math.max(peak, ((Number) usage.get("usedSize")).longValue());
                Object done = browser.execute("return window.__benchBatch;");
                if (done != null) {
                    outcome = Browser.asMap(done);
                } else {
                    sleep(100);
                }
            }
            if (outcome == null || outcome.containsKey("error")) {
                throw new IllegalStateException("batch of " + count + ": " + outcome);
            }
            browser.execute("window.__benchFiles = null; window.__benchBatch = null;");
            long after = heapAfterGc();
            Map<String, Object> row = new LinkedHashMap<>(outcome);
            row.put("heapBefore", before);
            row.put("heapPeak", peak);
            row.put("heapAfter", after);
            json.put(String.valueOf(count), row);
            report.row("  %-7d %9s %10s %9s %11s %12d %12d %12d %10s", count,
                    Report.fmt(((Number) outcome.get("ms")).doubleValue() / 1000, 1),
                    Report.fmt(((Number) outcome.get("perSecond")).doubleValue(), 2), outcome.get("masked"),
                    outcome.get("longTasks") + " (" + Report.fmt(((Number) outcome.get("longestTask")).doubleValue(), 0)
                            + " ms)", before, peak, after,
                    Report.fmt(((Number) outcome.get("zipBytes")).doubleValue() / 1e6, 1));
        }
        report.put("batch", json);
        Map<String, Object> twenty = Browser.asMap(json.get("20"));
        Map<String, Object> hundred = Browser.asMap(json.get("100"));
        double growth = (((Number) hundred.get("heapPeak")).doubleValue() - ((Number) hundred.get("heapBefore")).doubleValue())
                / Math.max(1, ((Number) twenty.get("heapPeak")).doubleValue() - ((Number) twenty.get("heapBefore")).doubleValue());
        double ratio = ((Number) hundred.get("heapPeak")).doubleValue() / ((Number) twenty.get("heapPeak")).doubleValue();
        report.target("batch: peak JS heap, 100 photos against 20", ratio, "x", 1.2, true,
                String.format(Locale.ROOT, "growth above the heap before: %.2fx", growth));
    }

    // ---------------------------------------------------------------- memory

    private void memory() {
        chrome.executeCdpCommand("HeapProfiler.enable", Map.of());
        report.heading("After " + REPEAT_CALLS + " detect calls in a row on " + PHOTO
                + " (JS heap after a forced garbage collection)");
        report.row("  %-10s %14s %14s %16s %16s %14s %14s", "method", "tensors before", "tensors after",
                "TF bytes before", "TF bytes after", "heap before", "heap after");
        Map<String, Object> json = new LinkedHashMap<>();
        for (String method : List.of("maskai", "reference")) {
            long heapBefore = heapAfterGc();
            Map<String, Object> out = new LinkedHashMap<>(Browser.asMap(
                    browser.call("return Bench.repeat(args[0], args[1], args[2]);", method, PHOTO, REPEAT_CALLS)));
            long heapAfter = heapAfterGc();
            out.put("jsHeapBefore", heapBefore);
            out.put("jsHeapAfter", heapAfter);
            report.row("  %-10s %14s %14s %16s %16s %14d %14d", method, out.get("tensorsBefore"), out.get("tensorsAfter"),
                    out.get("bytesBefore"), out.get("bytesAfter"), heapBefore, heapAfter);
            json.put(method, out);
        }
        report.put("after" + REPEAT_CALLS + "Calls", json);
    }

    private long heapAfterGc() {
        chrome.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Map<String, Object> usage = chrome.executeCdpCommand("Runtime.getHeapUsage", Map.of());
        return ((Number) usage.get("usedSize")).longValue();
    }

    // ---------------------------------------------------------------- live

    /**
     * The live view on the fake camera; {@code hands}: with "Keep hands and hair in front of the
     * mask" on (issue 13: hands looked for twice a second in the hands worker, matted on each frame).
     */
    /**
     * The live view with a hand in front of the face all along: the fist over the astronaut's
     * mouth (HandsIT), swaying, as the camera of a second browser at the same 60 frames/s, so
     * that the hands found are matted on every frame.
     */
    /**
     * Issue 15: the live view with each portrait style chosen in "Style and more" (made at
     * core.style.PortraitStyle.LIVE_WORK_SHARE of its working size), frames drawn a second over
     * {@link #LIVE_SECONDS} s once 40 frames are drawn, and the draw stage's time a frame.
     */
    private void liveStyles() {
        report.heading("Live camera with a portrait style (fake 640×480 camera at " + CAMERA_FPS + " frames/s, "
                + ASTRONAUT_VIDEO + "; the default mask drawn, then the style over it)");
        Map<String, Object> json = new LinkedHashMap<>();
        for (String style : List.of("pencil", "ink", "oil", "watercolour", "halftone", "duotone")) {
            browser.call("const s = document.getElementById('style-choice'); s.value = args[0];"
                    + " s.dispatchEvent(new Event('change'));", style);
            browser.find("#live-toggle").click();
            // The counters start again with the run: first their reset, then 40 frames of this run.
            browser.waitFor(Duration.ofSeconds(30), "the live view's counters started again", d -> Boolean.TRUE.equals(
                    browser.execute("return MaskAI.live.running && MaskAI.live.frames < 40;")));
            browser.waitFor(Duration.ofSeconds(90), "the live view to draw 40 frames", d -> {
                Map<String, Object> live = Browser.asMap(browser.execute("return window.MaskAI.live;"));
                return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 40;
            });
            Map<String, Object> out = Browser.asMap(browser.call("""
                    const t0 = performance.now(), before = MaskAI.live;
                    await new Promise(resolve => setTimeout(resolve, args[0] * 1000));
                    const live = MaskAI.live;
                    return {seconds: (performance.now() - t0) / 1000, frames: live.frames - before.frames,
                        stages: live.stages, width: live.width, height: live.height};
                    """, LIVE_SECONDS));
            browser.find("#live-toggle").click();
            browser.waitFor(Duration.ofSeconds(30), "the live view stopped", d -> Boolean.FALSE.equals(
                    browser.execute("return MaskAI.live.running;")));
            double fps = ((Number) out.get("frames")).doubleValue() / ((Number) out.get("seconds")).doubleValue();
            report.row("  %-12s %.1f frames/s (%s×%s); stages per frame, ms: %s", style, fps, out.get("width"),
                    out.get("height"), out.get("stages"));
            report.target("live ≥ 24 frames/s with a portrait style (" + style + ")", fps, "frames/s", 24, false,
                    "the fake camera delivers " + CAMERA_FPS + " frames/s");
            json.put(style, Map.of("fps", Report.num(fps), "stages", out.get("stages")));
            browser.call("await new Promise(resolve => setTimeout(resolve, 1000));");
        }
        browser.call("const s = document.getElementById('style-choice'); s.value = '';"
                + " s.dispatchEvent(new Event('change'));");
        report.put("liveStyles", json);
    }

    private void liveFist() {
        try {
            Path fist = HandsIT.fistOverMouth("bench-fist");
            Path video = fist.resolveSibling("fist-over-mouth-60.y4m");
            LiveCameraIT.writeVideo(fist, video, CAMERA_FPS);
            try (Browser second = LiveCameraIT.withCamera(server, video)) {
                second.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(9));
                second.call(LOAD_BENCH_JS);
                new Benchmark(server, second, site, report).live(true, "a fist over the astronaut's mouth, swaying",
                        "liveFist");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void live(boolean hands, String video, String key) {
        boolean recording = key.equals("liveRecording");
        // The live view's own switch; the page left to settle before the long tasks are watched.
        browser.call("const t = document.getElementById('live-hands-in-front');"
                + " if (t.checked !== args[0]) { t.checked = args[0]; t.dispatchEvent(new Event('change'));"
                + " await new Promise(resolve => setTimeout(resolve, 2000)); }", hands);
        browser.execute("window.__benchLongTasks = Bench.watchLongTasks(); window.__benchLiveStart = performance.now();");
        browser.find("#live-toggle").click();
        browser.waitFor(Duration.ofSeconds(90), "the live view to process 40 frames", d -> {
            Map<String, Object> live = Browser.asMap(browser.execute("return window.MaskAI.live;"));
            return Boolean.TRUE.equals(live.get("running")) && ((Number) live.get("frames")).intValue() >= 40;
        });
        if (recording) {
            // Issue 14 §2: recording the live view all through the window (Settings' longest, 2 min).
            browser.call("const s = document.getElementById('recording-length'); s.value = 'MINUTES_2';"
                    + " s.dispatchEvent(new Event('change'));");
            browser.find("#live-record").click();
            browser.call("await new Promise(resolve => setTimeout(resolve, 1000));");
            System.out.println("bench: recording started: " + browser.execute("return JSON.stringify({live: MaskAI.live,"
                    + " state: document.getElementById('live-record').dataset.state,"
                    + " status: document.getElementById('status').textContent, y: scrollY});"));
        }
        if (hands) {
            // The hands worker starts, loads the detector and runs it once on the first search: the
            // steady window starts after (the start is in the session's long tasks all the same).
            browser.call("await new Promise(resolve => setTimeout(resolve, 4000));");
        }
        // Every allocation on the page's thread in the steady window, sampled (V8's sampling heap
        // profiler, objects later collected included, its sizes scaled to estimate the whole).
        chrome.executeCdpCommand("HeapProfiler.enable", Map.of());
        chrome.executeCdpCommand("HeapProfiler.startSampling", Map.of("samplingInterval", 4096,
                "includeObjectsCollectedByMajorGC", true, "includeObjectsCollectedByMinorGC", true));
        Map<String, Object> out = new LinkedHashMap<>(Browser.asMap(browser.call("""
                const t0 = performance.now(), before = MaskAI.live;
                let samples = 0, withHands = 0;
                const sampler = setInterval(() => { samples++; if (MaskAI.live.handsInFront > 0) withHands++; }, 100);
                await new Promise(resolve => setTimeout(resolve, args[0] * 1000));
                clearInterval(sampler);
                const t1 = performance.now(), live = MaskAI.live;
                const steady = window.__benchLongTasks.since(t0).filter(t => t.start < t1);
                const session = window.__benchLongTasks.since(window.__benchLiveStart);
                return {seconds: (t1 - t0) / 1000, frames: live.frames - before.frames,
                    detectorRuns: live.detectorRuns - before.detectorRuns, pageFps: live.fps, faces: live.faces,
                    width: live.width, height: live.height, stages: live.stages,
                    longTasksSteady: steady, longTasksSession: session, handSamples: samples,
                    handSamplesInFront: withHands};
                """, LIVE_SECONDS)));
        Map<String, Object> profile = Browser.asMap(
                chrome.executeCdpCommand("HeapProfiler.stopSampling", Map.of()).get("profile"));
        if (recording) {
            double stopAt = ((Number) browser.execute("return performance.now();")).doubleValue();
            browser.find("#live-record").click();
            // On show, or back to idle without it (the recording failed: #status says why).
            browser.waitFor(Duration.ofSeconds(120), "the recording on show", d -> Boolean.TRUE.equals(browser.execute(
                    "return !document.getElementById('recording').hidden"
                            + " || document.getElementById('live-record').dataset.state === 'idle';")));
            double finishing = ((Number) browser.execute("return performance.now();")).doubleValue() - stopAt;
            out.put("recordingFinishedMs", Math.round(finishing));
            boolean shown = Boolean.TRUE.equals(browser.execute("return !document.getElementById('recording').hidden;"));
            out.put("recordingSummary", shown
                    ? browser.execute("return document.getElementById('recording-summary').textContent;")
                    : "none: " + browser.execute("return document.getElementById('status').textContent;"));
            if (shown) {
                // The frames the encoder kept, read from the file as a person saves it (Download).
                Set<Path> before = downloads();
                browser.find("#recording-download").click();
                Path saved = browser.waitFor(Duration.ofSeconds(60), "the recording downloaded", d -> downloads().stream()
                        .filter(f -> !before.contains(f) && f.toString().endsWith(".webm")).findFirst().orElse(null));
                try {
                    byte[] webm = Files.readAllBytes(saved);
                    out.put("recordingFrames", WebmDuration.frames(webm));
                    out.put("recordingSpanMs", Math.round(WebmDuration.span(webm)));
                    out.put("recordingDeclaredMs", Math.round(WebmDuration.declared(webm)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                browser.find("#recording-discard").click();
            }
        }
        browser.find("#live-toggle").click();
        Map<String, Double> byFunction = new LinkedHashMap<>();
        double allocated = allocations(Browser.asMap(profile.get("head")), byFunction);
        double perFrame = allocated / ((Number) out.get("frames")).doubleValue();
        List<String> top = byFunction.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
                .map(e -> e.getKey() + " " + Report.fmt(e.getValue() / ((Number) out.get("frames")).doubleValue() / 1024, 1)
                        + " KB")
                .toList();
        out.put("pageGarbageBytesPerFrame", Math.round(perFrame));
        out.put("pageGarbageTop", top);
        double fps = ((Number) out.get("frames")).doubleValue() / ((Number) out.get("seconds")).doubleValue();
        out.put("fps", Report.num(fps));
        List<?> steady = (List<?>) out.get("longTasksSteady");
        List<?> session = (List<?>) out.get("longTasksSession");
        String handsOn = (hands ? ", hands kept in front (looked for every 0.4–3.2 s, as the frame rate allows)" : "")
                + (recording ? ", recording (Record on all through)" : "");
        String what = handsOn + (video.equals(ASTRONAUT_VIDEO) ? "" : ", " + video);
        report.heading("Live camera (fake 640×480 camera at " + CAMERA_FPS
                + " frames/s, " + video + "; the default mask drawn" + handsOn + ")");
        report.row("  %.1f frames/s over %.1f s (%s frames, detector on %s of them; page's own fps %s), faces %s, %s×%s",
                fps, ((Number) out.get("seconds")).doubleValue(), out.get("frames"), out.get("detectorRuns"),
                out.get("pageFps"), out.get("faces"), out.get("width"), out.get("height"));
        report.row("  stages per frame, ms: %s", out.get("stages"));
        if (hands) {
            report.row("  a hand matted in front of the mask (MaskAI.live.handsInFront > 0) on %s of %s samples 0.1 s"
                    + " apart%s", out.get("handSamplesInFront"), out.get("handSamples"),
                    video.equals(ASTRONAUT_VIDEO) ? " (the video has no hand: a hand found there is a false one)" : "");
        }
        if (recording) {
            report.row("  the recording: %s; from Stop to it on show %s ms (the encoder finishing the frames taken);"
                    + " %s frames kept over %s ms of a declared %s ms (30 asked for a second)", out.get("recordingSummary"),
                    out.get("recordingFinishedMs"), out.get("recordingFrames"), out.get("recordingSpanMs"),
                    out.get("recordingDeclaredMs"));
        }
        report.row("  allocated on the page's thread: %.1f KB per frame (sampled; the models run in the worker);"
                + " most by: %s", perFrame / 1024, String.join(", ", top));
        report.row("  long tasks (> 50 ms) on the main thread: %d in the steady %d s, %d from pressing Use camera on"
                + " (longest %s ms)", steady.size(), LIVE_SECONDS, session.size(), Report.fmt(longest(session), 0));
        report.put(key, out);
        report.target("live ≥ 30 frames/s with a mask drawn" + what, fps, "frames/s", 30, false,
                "the fake camera delivers " + CAMERA_FPS + " frames/s");
        report.target("no long task on the main thread in live mode (from Use camera on)" + what, session.size(), "tasks",
                0, true, steady.size() + " in the steady window");
        browser.call("const t = document.getElementById('live-hands-in-front');"
                + " if (t.checked) { t.checked = false; t.dispatchEvent(new Event('change'));"
                + " await new Promise(resolve => setTimeout(resolve, 2000)); }");
    }

    /**
     * Sum of a sampling heap profile's self sizes under {@code node}, added up per function
     * ("name (url:line)") into {@code byFunction}.
     */
    private static double allocations(Map<String, Object> node, Map<String, Double> byFunction) {
        double self = ((Number) node.get("selfSize")).doubleValue();
        if (self > 0) {
            Map<String, Object> frame = Browser.asMap(node.get("callFrame"));
            String url = String.valueOf(frame.get("url"));
            String name = String.valueOf(frame.get("functionName"));
            String key = (name.isEmpty() ? "(anonymous)" : name) + " ("
                    + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber") + ")";
            byFunction.merge(key, self, Double::sum);
        }
        double total = self;
        Object children = node.get("children");
        if (children instanceof List<?> list) {
            for (Object child : list) {
                total += allocations(Browser.asMap(child), byFunction);
            }
        }
        return total;
    }

    /** The files in the browser's download folder now (a download still being written left out). */
    private Set<Path> downloads() {
        try (Stream<Path> files = Files.list(browser.downloadDir())) {
            return files.filter(f -> !f.toString().endsWith(".crdownload")).collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static double longest(List<?> tasks) {
        return tasks.stream().mapToDouble(t -> ((Number) Browser.asMap(t).get("ms")).doubleValue()).max().orElse(0);
    }

    // ---------------------------------------------------------------- helpers

    private static String list(Sample sample) {
        return Arrays.toString(Arrays.stream(sample.ms()).mapToLong(Math::round).toArray());
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

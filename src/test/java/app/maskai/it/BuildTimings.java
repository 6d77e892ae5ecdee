package app.maskai.it;

import app.maskai.serve.StaticServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JavaScript build against WebAssembly build, side by side in one headless Chromium: page loads
 * alternate between {@code ?build=js} and {@code ?build=wasm}; each load records the time from
 * navigation to MaskAI.ready (boot.js's performance mark) and times MaskAI.detect on the
 * astronaut at 512×512 and scaled into a 1280×960 photo. A measurement, not a test; run after
 * {@code mvn -DskipTests package test-compile}:
 * <pre>
 * mvn dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) app.maskai.it.BuildTimings [loads per build] [calls]
 * </pre>
 * It prints each load and a table of medians (defaults: 4 loads per build, 15 calls per photo).
 */
public final class BuildTimings {
    private BuildTimings() {
    }

    private static final String DETECT = """
            const calls = args[0];
            const photo = await T.bitmap('faces/astronaut.png');
            const small = T.canvas(512, 512);
            small.getContext('2d').drawImage(photo, 0, 0, 512, 512);
            const large = T.canvas(1280, 960);
            const ctx = large.getContext('2d');
            ctx.fillStyle = '#808080';
            ctx.fillRect(0, 0, 1280, 960);
            ctx.drawImage(photo, 160, 0, 960, 960);
            const times = {small: [], large: []};
            const faces = {small: 0, large: 0};
            for (let i = 0; i < 3; i++) {
              await MaskAI.detect(small);
              await MaskAI.detect(large);
            }
            for (let i = 0; i < calls; i++) {
              for (const [name, image] of [['small', small], ['large', large]]) {
                const start = performance.now();
                const result = await MaskAI.detect(image);
                times[name].push(performance.now() - start);
                faces[name] = result.faces.length;
              }
            }
            const marks = name => (performance.getEntriesByName(name)[0] || {}).startTime;
            return {times, faces, main: marks('maskai-main'), ready: marks('maskai-ready'),
                build: (await MaskAI.ready).build};
            """;

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, List<Double>> ready = new LinkedHashMap<>();
        Map<String, List<Double>> codeLoaded = new LinkedHashMap<>();
        Map<String, List<Double>> small = new LinkedHashMap<>();
        Map<String, List<Double>> large = new LinkedHashMap<>();
        for (String build : List.of("js", "wasm")) {
            ready.put(build, new ArrayList<>());
            codeLoaded.put(build, new ArrayList<>());
            small.put(build, new ArrayList<>());
            large.put(build, new ArrayList<>());
        }
        try (StaticServer server = StaticServer.start(LiveSite.siteDir(), 0, LiveSite.testData());
             Browser browser = Browser.launch(LiveSite.buildDir())) {
            for (int load = 0; load < loads; load++) {
                // js, wasm, wasm, js, js, wasm, ...: neither build always goes first.
                List<String> order = load % 2 == 0 ? List.of("js", "wasm") : List.of("wasm", "js");
                for (String build : order) {
                    browser.open(server.baseUrl() + "?build=" + build);
                    browser.waitReady();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> result = (Map<String, Object>) browser.call(DETECT, calls);
                    if (!build.equals(result.get("build"))) {
                        throw new AssertionError("asked for " + build + ", ran " + result.get("build"));
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, List<Number>> times = (Map<String, List<Number>>) result.get("times");
                    times.get("small").forEach(t -> small.get(build).add(t.doubleValue()));
                    times.get("large").forEach(t -> large.get(build).add(t.doubleValue()));
                    ready.get(build).add(((Number) result.get("ready")).doubleValue());
                    codeLoaded.get(build).add(((Number) result.get("main")).doubleValue());
                    System.out.printf("load %d %-4s ready %6.0f ms (main at %5.0f ms), detect 512: %5.1f ms,"
                            + " 1280: %6.1f ms (medians of %d), faces %s%n", load + 1, build,
                            ready.get(build).get(load), codeLoaded.get(build).get(load),
                            median(toDoubles(times.get("small"))), median(toDoubles(times.get("large"))), calls,
                            result.get("faces"));
                }
            }
        }
        System.out.println();
        System.out.println("build  ready (median)  main() starts  detect 512 px  detect 1280x960  (medians over "
                + loads + " loads x " + calls + " calls)");
        for (String build : List.of("js", "wasm")) {
            System.out.printf("%-5s  %10.0f ms  %10.0f ms  %10.1f ms  %12.1f ms%n", build,
                    median(ready.get(build)), median(codeLoaded.get(build)), median(small.get(build)),
                    median(large.get(build)));
        }
        System.out.printf("wasm / js: ready %.2f, detect 512 %.2f, detect 1280 %.2f%n",
                median(ready.get("wasm")) / median(ready.get("js")),
                median(small.get("wasm")) / median(small.get("js")),
                median(large.get("wasm")) / median(large.get("js")));
    }

    private static List<Double> toDoubles(List<Number> numbers) {
        return numbers.stream().map(Number::doubleValue).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

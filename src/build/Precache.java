// SPDX-License-Identifier: Apache-2.0
// MaskAI's offline list. Single-file Java 17 program, run by the build at package, after the site
// is assembled:
//   java src/build/Precache.java src/main/webapp/sw.js target/site
// It lists every file of the site (path, size, SHA-256), names the build by a hash of that list,
// and writes the worker (the template, with both in place of its "// @BUILD@" line) as the
// site's sw.js, so the service worker
// precaches exactly this build and a new build is a new worker.

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public final class Precache {

    private static final String WORKER = "sw.js";
    private static final String MARKER = "// @BUILD@";

    record Entry(String path, long size, String sha256) {
        String json() {
            return "{\"path\": \"" + path + "\", \"size\": " + size + ", \"sha256\": \"" + sha256 + "\"}";
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java Precache.java <sw.js template> <siteDir>");
            System.exit(2);
        }
        Path template = Path.of(args[0]);
        Path site = Path.of(args[1]).toAbsolutePath();
        Path worker = site.resolve(WORKER);
        List<Entry> entries;
        try (Stream<Path> files = Files.walk(site)) {
            entries = files.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    // The worker is not its own content; dot files are no part of the app.
                    .filter(path -> !path.equals(WORKER) && !path.startsWith(".") && !path.contains("/."))
                    .sorted()
                    .map(path -> entry(site, path))
                    .toList();
        }
        for (Entry e : entries) {
            // The worker builds URLs from these paths against its own folder: keep them plain.
            if (!e.path.matches("[A-Za-z0-9._/-]+") || e.path.contains("..")) {
                throw new IllegalStateException("a site file the worker cannot name safely: " + e.path);
            }
        }
        String list = entries.stream().map(e -> e.path + " " + e.size + " " + e.sha256 + "\n")
                .collect(Collectors.joining());
        String version = sha256(list.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        String build = "const BUILD = {\"version\": \"" + version + "\", \"files\": [\n"
                + entries.stream().map(e -> "  " + e.json()).collect(Collectors.joining(",\n"))
                + "\n]};";

        // From the template, not the site's copy: a second build must find the marker again.
        List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
        long markers = lines.stream().filter(l -> l.contains(MARKER)).count();
        if (markers != 1) {
            throw new IllegalStateException(template + " must have exactly one line with " + MARKER + ", has " + markers);
        }
        String text = lines.stream().map(l -> l.contains(MARKER) ? build : l)
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(worker, text, StandardCharsets.UTF_8);
        long bytes = entries.stream().mapToLong(Entry::size).sum();
        System.out.printf("Precache: build %s, %d files, %.1f MB in %s%n", version, entries.size(), bytes / 1e6, worker);
    }

    private static Entry entry(Path site, String path) {
        try {
            byte[] bytes = Files.readAllBytes(site.resolve(path));
            return new Entry(path, bytes.length, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package app.maskai.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The mask generator's output, byte for byte: every file the build wrote under the site's
 * {@code masks/} has the SHA-256 that {@code masks/generator/expected-output.sha256} records
 * (sha256sum's format, paths sorted), and no file is missing or extra. So moving or tidying the
 * generator's code cannot change the masks unnoticed. No browser: it reads files, and runs once,
 * with the JavaScript execution (pom.xml). On a failure it writes what it found, in the same
 * format, to {@code target/mask-art-output.sha256}.
 */
class MaskArtOutputIT {

    private static final Path EXPECTED = Path.of("masks/generator/expected-output.sha256").toAbsolutePath();

    @Test
    void everyGeneratedFileHasTheRecordedHash() throws IOException {
        Path masks = LiveSite.siteDir().resolve("masks");
        assertTrue(Files.isRegularFile(masks.resolve("manifest.json")),
                "No generated masks at " + masks + ": run `mvn package` first.");
        Map<String, String> expected = read(EXPECTED);
        Map<String, String> found = hashes(masks);

        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.forEach((file, hash) -> {
            if (!found.containsKey(file)) {
                missing.add(file);
            } else if (!found.get(file).equals(hash)) {
                changed.add(file);
            }
        });
        found.keySet().stream().filter(file -> !expected.containsKey(file)).forEach(extra::add);
        if (changed.isEmpty() && missing.isEmpty() && extra.isEmpty()) {
            return;
        }

        Path actual = LiveSite.buildDir().resolve("mask-art-output.sha256");
        Files.writeString(actual, format(found), StandardCharsets.UTF_8);
        fail(String.format("""
                The mask generator's output in %s is not what %s records \
                (%d files expected, %d found): changed %s, missing %s, extra %s. \
                What was found is in %s. If you changed the art on purpose, look at the masks \
                (masks/README.md, "Adding a mask"), then record the new hashes: \
                cp %s %s, and commit the list with the change (masks/README.md, "The output \
                is checked"). If you did not mean to change the art, the change you made did. \
                The bytes also depend on the JDK's image encoders; this run's JDK: %s %s.""",
                masks, EXPECTED, expected.size(), found.size(), changed, missing, extra, actual,
                actual, EXPECTED, System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version")));
    }

    /** A sha256sum list: "<hex>  <path>" a line. */
    private static Map<String, String> read(Path list) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  \\S.*")) {
                throw new IllegalStateException(list + ": not a sha256sum line: " + line);
            }
            hashes.put(line.substring(66), line.substring(0, 64));
        }
        return hashes;
    }

    /** Every file under dir by its path relative to dir ('/'-separated), sorted, with its SHA-256. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                hashes.put(name, sha256(file));
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String format(Map<String, String> hashes) {
        StringBuilder s = new StringBuilder();
        hashes.forEach((file, hash) -> s.append(hash).append("  ").append(file).append('\n'));
        return s.toString();
    }
}

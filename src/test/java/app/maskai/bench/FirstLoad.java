package app.maskai.bench;

import app.maskai.serve.StaticServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Bytes of a first visit: each distinct file of the site fetched, uncompressed and gzipped here
 * (java.util.zip at its default level, as a static host compressing on the fly would send it).
 */
record FirstLoad(int files, long bytes, long gzipBytes, Map<String, long[]> perFile) {

    /** The site files behind the successful GETs among {@code requests}. */
    static FirstLoad ofRequests(Path site, List<StaticServer.Request> requests) {
        TreeSet<String> paths = new TreeSet<>();
        for (StaticServer.Request r : requests) {
            if (r.method().equals("GET") && r.status() == 200 && !r.path().startsWith(StaticServer.TEST_PREFIX)) {
                paths.add(r.path());
            }
        }
        return of(site, paths);
    }

    /** The site files behind {@code urls} (absolute URLs of this site, or paths). */
    static FirstLoad ofUrls(Path site, List<String> urls) {
        TreeSet<String> paths = new TreeSet<>();
        for (String url : urls) {
            String path = URI.create(url).getPath();
            if (path != null && !path.startsWith(StaticServer.TEST_PREFIX)) {
                paths.add(path);
            }
        }
        return of(site, paths);
    }

    private static FirstLoad of(Path site, TreeSet<String> paths) {
        Map<String, long[]> perFile = new LinkedHashMap<>();
        long bytes = 0;
        long gzip = 0;
        for (String path : paths) {
            String relative = path.substring(1);
            Path file = site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            long[] sizes = {size(file), gzipSize(file)};
            perFile.put(path, sizes);
            bytes += sizes[0];
            gzip += sizes[1];
        }
        return new FirstLoad(perFile.size(), bytes, gzip, perFile);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long gzipSize(Path file) {
        long[] count = {0};
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            Files.copy(file, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", files);
        out.put("bytes", bytes);
        out.put("gzipBytes", gzipBytes);
        Map<String, Object> each = new LinkedHashMap<>();
        perFile.forEach((path, sizes) -> each.put(path, Map.of("bytes", sizes[0], "gzipBytes", sizes[1])));
        out.put("perFile", each);
        return out;
    }
}

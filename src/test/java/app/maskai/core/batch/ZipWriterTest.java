package app.maskai.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipWriterTest {
    @TempDir
    Path folder;

    @Test
    void javasOwnZipReaderReadsEveryEntryBack() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Random random = new Random(14);
        for (int i = 0; i < 40; i++) {
            byte[] data = new byte[random.nextInt(5000)];
            random.nextBytes(data);
            files.put("results/photo-" + i + "-maskai.png", data);
        }
        files.put("labels.csv", "file,face,x,y\nphoto-1.png,0,1,2\n".getBytes(StandardCharsets.UTF_8));
        files.put("résultats/été ☀.jpg", new byte[] {1, 2, 3});
        files.put("empty.txt", new byte[0]);
        ZipWriter zip = new ZipWriter(2026, 12, 6, 18, 30, 44);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            out.writeBytes(zip.entry(f.getKey(), Crc32.of(f.getValue()), f.getValue().length));
            out.writeBytes(f.getValue());
        }
        out.writeBytes(zip.finish());
        assertEquals(out.size(), zip.length());
        Path file = folder.resolve("batch.zip");
        Files.write(file, out.toByteArray());
        try (ZipFile read = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertEquals(files.size(), read.size());
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = read.getEntry(f.getKey());
                assertEquals(ZipEntry.STORED, entry.getMethod());
                assertArrayEquals(f.getValue(), read.getInputStream(entry).readAllBytes(), f.getKey());
                assertEquals(2026, entry.getTimeLocal().getYear());
                assertEquals(44, entry.getTimeLocal().getSecond());
            }
        }
    }

    @Test
    void theCrcIsZips() {
        Random random = new Random(6);
        for (int round = 0; round < 50; round++) {
            byte[] data = new byte[random.nextInt(3000)];
            random.nextBytes(data);
            CRC32 reference = new CRC32();
            reference.update(data);
            assertEquals((int) reference.getValue(), Crc32.of(data));
            int cut = data.length / 3;
            assertEquals((int) reference.getValue(),
                    new Crc32().update(data, 0, cut).update(data, cut, data.length - cut).value(), "in pieces");
        }
    }

    @Test
    void unsafeOrRepeatedNamesAndEntriesAfterTheEndAreRefused() {
        ZipWriter zip = new ZipWriter(2026, 1, 1, 0, 0, 0);
        for (String bad : new String[] {"", "/etc/passwd", "../up.png", "a/../b.png", "a//b", "a\\b", "./a", "a/"}) {
            assertFalse(ZipWriter.isSafeName(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> zip.entry(bad, 0, 1), bad);
        }
        assertTrue(ZipWriter.isSafeName("photos/2026/a.png"));
        zip.entry("a.png", 0, 0);
        assertThrows(IllegalArgumentException.class, () -> zip.entry("a.png", 0, 0));
        assertThrows(IllegalStateException.class, () -> zip.entry("b.png", 0, 5_000_000_000L));
        zip.finish();
        assertThrows(IllegalStateException.class, () -> zip.entry("c.png", 0, 0));
        assertThrows(IllegalStateException.class, zip::finish);
    }
}

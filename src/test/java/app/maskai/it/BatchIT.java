package app.maskai.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.json.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 §1 and §3: {@code MaskAI.batch} on seven files made here from the test photos: two
 * photos with a face, a group of two, the same photo again under the same name, a photo without a
 * face, a file that is not an image and an empty one. Every photo with a face gets a result; the
 * others are listed with their reason and do not stop the batch. The ZIP opens with Java's ZipFile
 * and holds every result at its photo's size; labels.json agrees with {@code MaskAI.detect} on
 * each photo; the same seed gives the same draw; an AbortSignal cancels before the next photo.
 */
class BatchIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** How far labels' boxes may be from detect's: the worker and the page run the same pipeline. */
    private static final double BOX_TOLERANCE = 1.0;

    private static Map<String, Object> out;
    private static Path zipFile;

    static final String FILES = """
            const astronaut = await T.blob('faces/astronaut.png');
            const group = F.composed(await T.bitmap(astronaut), 900, 480, [{scale: 1, x: 0, y: 10},
                {scale: 0.55, x: 520, y: 100}]);
            const groupBlob = await new Promise(resolve => group.canvas.toBlob(resolve, 'image/png'));
            const files = [
              new File([astronaut], 'astronaut.png', {type: 'image/png'}),
              new File([await T.blob('faces/camera.png')], 'camera.png', {type: 'image/png'}),
              new File([groupBlob], 'group.png', {type: 'image/png'}),
              new File([await T.blob('no-face/brick.png')], 'brick.png', {type: 'image/png'}),
              new File([new TextEncoder().encode('this is not an image at all')], 'broken.jpg', {type: 'image/jpeg'}),
              new File([], 'empty.png', {type: 'image/png'}),
              new File([astronaut], 'astronaut.png', {type: 'image/png'}),
            ];
            const masks = MaskAI.masks().filter(m => ['surgical', 'respirator', 'cloth'].includes(m.category))
                .map(m => m.id).slice(0, 4);
            """;

    @BeforeAll
    static void runTheBatch() throws IOException {
        long start = System.nanoTime();
        out = Browser.asMap(site.browser().call(FitScripts.HELPERS + FILES + """
                const stages = [];
                const first = await MaskAI.batch(files, {masks, varyColour: true, varySize: true, seed: 1234,
                    onProgress: p => stages.push(p.index + ':' + p.stage + ':' + p.done + '/' + p.total)});
                const again = await MaskAI.batch(files.slice(0, 3), {masks, varyColour: true, varySize: true,
                    seed: '1234'});
                const controller = new AbortController();
                const cancelled = await MaskAI.batch(files, {mask: masks[0], signal: controller.signal,
                    onProgress: p => { if (p.stage === 'Done') controller.abort(); }});
                const detected = [];
                for (const file of files.slice(0, 3)) {
                  detected.push((await MaskAI.detect(file)).faces.map(f => [f.box.x, f.box.y, f.box.width, f.box.height]));
                }
                // The mouth of the first result, against the photo's.
                const photo = T.pixels(await T.bitmap(astronaut));
                const masked = T.pixels(await T.bitmap(first.results[0].image));
                const lips = (await MaskAI.detect(astronaut)).faces[0].landmarks[13];
                const bytes = new Uint8Array(await first.zip.arrayBuffer());
                let binary = '';
                for (let i = 0; i < bytes.length; i += 32768) {
                  binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
                }
                const strip = r => r.map(x => { const { image, ...rest } = x; return {...rest, hasImage: !!image}; });
                return T.plain({
                  results: strip(first.results), again: strip(again.results), seed: first.seed,
                  zipName: first.zipName, zipType: first.zip.type, zip: btoa(binary),
                  photosPerSecond: first.photosPerSecond, stages,
                  cancelled: cancelled.cancelled, cancelledCount: cancelled.results.length,
                  detected, mouthChange: F.patchDifference(photo, masked, lips[0], lips[1], 3),
                  masks});
                """));
        System.out.printf("batch: 7 files, three batches and three detects in %.1f s; %.2f photos/s%n",
                (System.nanoTime() - start) / 1e9, ((Number) out.get("photosPerSecond")).doubleValue());
        zipFile = LiveSite.buildDir().resolve("it-batch/" + Browser.build() + "-batch.zip");
        Files.createDirectories(zipFile.getParent());
        Files.write(zipFile, Base64.getDecoder().decode((String) out.get("zip")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(String key) {
        return (List<Map<String, Object>>) out.get(key);
    }

    @Test
    void everyPhotoIsListedAndOnlyThoseWithAFaceHaveAResult() {
        List<Map<String, Object>> results = results("results");
        List<String> statuses = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Map<String, Object> result : results) {
            statuses.add((String) result.get("status"));
            files.add((String) result.get("file"));
        }
        assertAll(
                () -> assertEquals(List.of("masked", "masked", "masked", "no-face", "failed", "failed", "masked"),
                        statuses),
                () -> assertEquals(java.util.Arrays.asList("astronaut-masked.png", "camera-masked.png",
                        "group-masked.png", null, null, null, "astronaut-masked-2.png"), files),
                () -> assertEquals(2, ((List<?>) results.get(2).get("faces")).size(), "faces in the group"),
                () -> assertTrue(((String) results.get(4).get("reason")).contains("not an image"),
                        "broken.jpg: " + results.get(4).get("reason")),
                () -> assertTrue(((String) results.get(5).get("reason")).toLowerCase().contains("empty"),
                        "empty.png: " + results.get(5).get("reason")),
                () -> assertEquals("No face was found in this photo.", results.get(3).get("reason")),
                () -> assertEquals(Boolean.TRUE, results.get(0).get("hasImage")),
                () -> assertEquals(Boolean.FALSE, results.get(3).get("hasImage")),
                () -> assertEquals("1234", out.get("seed")),
                () -> assertEquals("application/zip", out.get("zipType")),
                () -> assertTrue(((String) out.get("zipName")).matches("maskai-batch-\\d{8}-\\d{6}\\.zip"),
                        (String) out.get("zipName")),
                () -> assertTrue(((Number) out.get("mouthChange")).doubleValue() > 25,
                        "mouth changed by " + out.get("mouthChange")));
    }

    @Test
    void theZipHoldsEveryResultAtItsPhotosSizeAndTheLabels() throws IOException {
        List<Map<String, Object>> results = results("results");
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
            }
            assertEquals(List.of("astronaut-masked.png", "camera-masked.png", "group-masked.png",
                    "astronaut-masked-2.png", "labels.csv", "labels.json"), names);
            for (Map<String, Object> result : results) {
                if (result.get("file") == null) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(zip.getEntry((String) result.get("file")))) {
                    BufferedImage image = ImageIO.read(in);
                    assertNotNull(image, result.get("file") + " decodes");
                    assertEquals(((Number) result.get("width")).intValue(), image.getWidth(), "width of " + result.get("file"));
                    assertEquals(((Number) result.get("height")).intValue(), image.getHeight(), "height of " + result.get("file"));
                }
            }
            String json = new String(zip.getInputStream(zip.getEntry("labels.json")).readAllBytes(), StandardCharsets.UTF_8);
            @SuppressWarnings("unchecked")
            Map<String, Object> labels = (Map<String, Object>) Json.parse(json);
            assertEquals(results.size(), ((List<?>) labels.get("photos")).size());
            String csv = new String(zip.getInputStream(zip.getEntry("labels.csv")).readAllBytes(), StandardCharsets.UTF_8);
            // A row a face (1 + 1 + 2 + 1) and one for each photo without a result (3), and the header.
            assertEquals(1 + 5 + 3, csv.split("\r\n").length, csv);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLabelsBoxesAreDetectsAndTheSameSeedDrawsTheSame() {
        List<Map<String, Object>> results = results("results");
        List<List<List<Number>>> detected = (List<List<List<Number>>>) out.get("detected");
        List<Map<String, Object>> again = results("again");
        List<String> masks = (List<String>) out.get("masks");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (int photo = 0; photo < 3; photo++) {
            List<Map<String, Object>> faces = (List<Map<String, Object>>) results.get(photo).get("faces");
            List<Map<String, Object>> facesAgain = (List<Map<String, Object>>) again.get(photo).get("faces");
            assertEquals(detected.get(photo).size(), faces.size(), "faces of photo " + photo);
            for (int face = 0; face < faces.size(); face++) {
                Map<String, Object> box = (Map<String, Object>) faces.get(face).get("box");
                List<Number> expected = detected.get(photo).get(face);
                String where = "photo " + photo + " face " + face;
                String[] keys = {"x", "y", "width", "height"};
                for (int k = 0; k < 4; k++) {
                    double got = ((Number) box.get(keys[k])).doubleValue();
                    double want = expected.get(k).doubleValue();
                    String key = keys[k];
                    checks.add(() -> assertEquals(want, got, BOX_TOLERANCE, where + " " + key));
                }
                Map<String, Object> first = faces.get(face);
                Map<String, Object> second = facesAgain.get(face);
                checks.add(() -> assertEquals(first.get("mask"), second.get("mask"), where + " mask"));
                checks.add(() -> assertEquals(first.get("scale"), second.get("scale"), where + " scale"));
                checks.add(() -> assertEquals(first.get("colour"), second.get("colour"), where + " colour"));
                checks.add(() -> assertTrue(masks.contains(first.get("mask")), where + " " + first.get("mask")));
                double scale = ((Number) first.get("scale")).doubleValue();
                checks.add(() -> assertTrue(scale >= 0.88 && scale <= 1.12, where + " scale " + scale));
                checks.add(() -> assertNotNull(first.get("colour"), where + " colour"));
            }
        }
        assertAll(checks);
    }

    @Test
    void progressIsReportedAndASignalCancels() {
        @SuppressWarnings("unchecked")
        List<String> stages = (List<String>) out.get("stages");
        assertAll(
                () -> assertTrue(stages.contains("0:Finding faces:0/7"), "stages: " + stages),
                () -> assertTrue(stages.contains("6:Done:7/7"), "stages: " + stages),
                () -> assertEquals(Boolean.TRUE, out.get("cancelled")),
                () -> assertEquals(1, ((Number) out.get("cancelledCount")).intValue(),
                        "photos done before the cancel took hold"));
    }

    /**
     * The page's own batch, as a person runs it: four files chosen at once (two photos with a face,
     * one without, one that is not an image), two masks ticked, colours varied. Progress is
     * announced, the grid lists every file (with the reason where there is no result), axe finds
     * no violation in the section, the ZIP downloads and opens, Open puts a result into the adjust
     * panel with the mask it got, and Discard revokes the thumbnails' object URLs.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPersonMasksFourFilesOnThePage() throws IOException {
        Browser browser = site.browser();
        Path photos = LiveSite.buildDir().resolve("it-batch/photos-" + Browser.build());
        Files.createDirectories(photos);
        List<String> paths = new ArrayList<>();
        for (String name : List.of("faces/astronaut.png", "faces/camera.png", "no-face/brick.png")) {
            Path copy = photos.resolve(Path.of(name).getFileName());
            Files.copy(LiveSite.testData().resolve(name), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            paths.add(copy.toString());
        }
        Path broken = photos.resolve("broken.jpg");
        Files.writeString(broken, "this is not an image at all");
        paths.add(broken.toString());
        site.openAndWaitReady();
        browser.find("#batch-input").sendKeys(String.join("\n", paths));
        String chosen = browser.find("#batch-chosen").getText();
        List<String> statuses = new ArrayList<>();
        browser.execute("""
                window.__batchSaid = [];
                new MutationObserver(() => window.__batchSaid.push(document.getElementById('batch-status').textContent))
                    .observe(document.getElementById('batch-status'), {childList: true, characterData: true, subtree: true});
                const boxes = document.querySelectorAll('#batch-mask-list input[type=checkbox]');
                boxes.forEach(b => { b.checked = false; });
                boxes[0].click(); boxes[3].click();
                document.getElementById('batch-vary-colour').click();
                document.getElementById('batch-seed').value = '77';
                """);
        browser.find("#batch-start").click();
        browser.waitFor(java.time.Duration.ofSeconds(90), "the batch to finish", d -> String.valueOf(browser.execute(
                "return document.getElementById('batch-status').textContent;")).startsWith("Done:"));
        statuses.addAll((List<String>) browser.execute("return window.__batchSaid;"));
        Map<String, Object> grid = Browser.asMap(browser.execute("""
                const items = [...document.querySelectorAll('#batch-grid li')];
                return {items: items.map(li => ({cls: li.className, name: li.querySelector('.name').textContent,
                    detail: li.querySelector('.detail').textContent, img: li.querySelector('img') ? li.querySelector('img').src : null,
                    alt: li.querySelector('img') ? li.querySelector('img').alt : null,
                    buttons: [...li.querySelectorAll('button')].map(b => b.getAttribute('aria-label'))})),
                    download: document.getElementById('batch-download').textContent,
                    downloadDisabled: document.getElementById('batch-download').disabled,
                    overall: document.getElementById('batch-progress').value};
                """));
        browser.execute("document.getElementById('batch-start').scrollIntoView({block: 'start'});");
        browser.screenshot(LiveSite.screenshots().resolve("batch-" + Browser.build() + ".png"));
        List<String> axe = Axe.within(browser, "the batch section with its results", "#batch");

        browser.find("#batch-download").click();
        Path zip = browser.waitFor(java.time.Duration.ofSeconds(30), "the batch's ZIP in " + browser.downloadDir(), d -> {
            try (java.util.stream.Stream<Path> files = Files.list(browser.downloadDir())) {
                return files.filter(f -> f.getFileName().toString().matches("maskai-batch-\\d{8}-\\d{6}\\.zip"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> entries = new ArrayList<>();
        String csv;
        try (ZipFile file = new ZipFile(browser.waitFor(java.time.Duration.ofSeconds(10), "the whole ZIP",
                d -> zip.toFile().length() > 0 ? zip : null).toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                entries.add(entry.getName());
            }
            csv = new String(file.getInputStream(file.getEntry("labels.csv")).readAllBytes(), StandardCharsets.UTF_8);
        }

        // Open the first result: the usual photo flow, its face with the mask the batch gave it.
        List<Map<String, Object>> items = (List<Map<String, Object>>) grid.get("items");
        String firstMask = csv.split("\r\n")[1].split(",")[10];
        browser.execute("document.querySelector('#batch-grid li button').click();");
        browser.waitFor(java.time.Duration.ofSeconds(30), "the opened photo drawn", d -> Boolean.TRUE.equals(browser.execute(
                "return !document.getElementById('adjust').hidden && document.getElementById('face-mask').value === arguments[0];",
                firstMask)));

        String thumbnail = (String) items.get(0).get("img");
        String probe = "const url = arguments[0], done = arguments[1]; const image = new Image();"
                + " image.onload = () => done('loads'); image.onerror = () => done('fails'); image.src = url;";
        Object before = browser.executeAsync(probe, thumbnail);
        browser.find("#batch-discard").click();
        Object after = browser.executeAsync(probe, thumbnail);
        Map<String, Object> gone = Browser.asMap(browser.execute(
                "return {items: document.querySelectorAll('#batch-grid li').length,"
                + " hidden: document.getElementById('batch-results').hidden};"));

        assertAll(
                () -> assertEquals("4 photos chosen.", chosen),
                () -> assertEquals(4, items.size(), "grid: " + items),
                () -> assertEquals("batch-item masked", items.get(0).get("cls")),
                () -> assertEquals("astronaut.png", items.get(0).get("name")),
                () -> assertEquals("astronaut.png with 1 face masked", items.get(0).get("alt")),
                () -> assertEquals(List.of("Open astronaut.png to adjust the masks", "Download astronaut-masked.png"),
                        items.get(0).get("buttons")),
                () -> assertEquals("batch-item no-face", items.get(2).get("cls")),
                () -> assertEquals("No face was found in this photo.", items.get(2).get("detail")),
                () -> assertEquals("batch-item failed", items.get(3).get("cls")),
                () -> assertTrue(String.valueOf(items.get(3).get("detail")).contains("not an image"),
                        "broken.jpg: " + items.get(3).get("detail")),
                () -> assertEquals(null, items.get(3).get("img")),
                () -> assertTrue(statuses.stream().anyMatch(t -> t.startsWith("Photo 1 of 4: astronaut.png")),
                        "announced: " + statuses),
                () -> assertTrue(statuses.stream().anyMatch(t -> t.startsWith("Photo 3 of 4: brick.png")),
                        "announced: " + statuses),
                () -> assertTrue(statuses.get(statuses.size() - 1).startsWith(
                        "Done: 2 masked, 1 without a face, 1 could not be read or masked in"), "announced: " + statuses),
                () -> assertEquals(Boolean.FALSE, grid.get("downloadDisabled")),
                () -> assertTrue(String.valueOf(grid.get("download")).matches("Download ZIP \\([\\d.]+ MB\\)"),
                        String.valueOf(grid.get("download"))),
                () -> assertEquals(List.of(), axe, "axe-core violations in #batch"),
                () -> assertEquals(List.of("astronaut-masked.png", "camera-masked.png", "labels.csv", "labels.json"),
                        entries),
                () -> assertTrue(csv.contains(",brick.png,no-face,") && csv.contains(",broken.jpg,failed,"), csv),
                () -> assertEquals("loads", before, "a thumbnail loads before Discard"),
                () -> assertEquals("fails", after, "its object URL is revoked by Discard"),
                () -> assertEquals(0L, ((Number) gone.get("items")).longValue()),
                () -> assertEquals(Boolean.TRUE, gone.get("hidden")));
    }

    /**
     * Photos dropped on the batch's zone are taken there (not into the single-photo flow), and a
     * file that is not a photo is counted and left out.
     */
    @Test
    void photosDroppedOnTheZoneAreChosenAndOtherFilesLeftOut() {
        Browser browser = site.browser();
        site.openAndWaitReady();
        String chosen = (String) browser.call("""
                const transfer = new DataTransfer();
                transfer.items.add(new File([await T.blob('faces/astronaut.png')], 'astronaut.png', {type: 'image/png'}));
                transfer.items.add(new File([await T.blob('faces/camera.png')], 'camera.png', {type: 'image/png'}));
                transfer.items.add(new File(['notes'], 'notes.txt', {type: 'text/plain'}));
                const zone = document.getElementById('batch-drop');
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                await new Promise(resolve => setTimeout(resolve, 300));
                return document.getElementById('batch-chosen').textContent + ' | ' + document.getElementById('batch-start').textContent
                    + ' | result hidden: ' + document.getElementById('result').hidden;
                """);
        assertEquals("2 photos chosen (1 file that is not a photo left out). | Mask 2 photos | result hidden: true", chosen);
    }
}

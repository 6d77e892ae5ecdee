package app.maskai.it;

import app.maskai.it.Browser.PageError;
import app.maskai.it.Detection.Distances;
import app.maskai.it.Detection.Face;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** MaskAI.detect on real photos, in headless Chromium, against the cross-implementation reference. */
class FaceDetectionIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    private static Face reference;

    @BeforeAll
    static void loadReference() throws IOException {
        Detection ref = Detection.reference(LiveSite.testData().resolve("astronaut.reference-468.json"));
        assertEquals(1, ref.faces().size(), "reference faces");
        reference = ref.faces().get(0);
    }

    private static Browser browser() {
        return site.browser();
    }

    @Test
    void findsAstronautLandmarksWithinTwoPixelsOfReference() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const result = await MaskAI.detect(await T.blob('faces/astronaut.png'));
                const arrays = Array.isArray(result.faces) && result.faces.every(f =>
                    Array.isArray(f.landmarks) && f.landmarks.every(p => Array.isArray(p) && p.length === 3
                        && p.every(Number.isFinite)));
                return {result: T.plain(result), plainArrays: arrays};
                """));
        Detection detection = Detection.from(out.get("result"));

        assertEquals(true, out.get("plainArrays"), "faces[].landmarks are arrays of [x, y, z] numbers");
        assertEquals(512, detection.width());
        assertEquals(512, detection.height());
        assertEquals(1, detection.faces().size(), "faces on astronaut.png");
        Face face = detection.faces().get(0);
        assertEquals(468, face.landmarks().length, "landmarks");
        Distances d = Distances.between(face.landmarks(), reference.landmarks());
        System.out.println("astronaut.png vs reference: " + d + ", score " + face.score()
                + ", box " + face.box());
        assertAll(
                () -> assertTrue(d.median() <= 2.0, "median distance " + d),
                () -> assertTrue(d.max() <= 6.0, "max distance " + d),
                () -> assertTrue(face.score() > 0.5 && face.score() <= 1.0, "score " + face.score()),
                () -> assertBoxHolds(face, reference.landmarks()[1], "nose tip"));
    }

    @Test
    void acceptsFileBitmapImageElementAndCanvasAlike() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const blob = await T.blob('faces/astronaut.png');
                const file = new File([blob], 'astronaut.png', {type: 'image/png'});
                const bitmap = await T.bitmap(blob);
                const img = new Image();
                img.src = URL.createObjectURL(blob);
                await img.decode();
                const canvas = T.canvas(bitmap.width, bitmap.height);
                canvas.getContext('2d').drawImage(bitmap, 0, 0);
                const kinds = {blob, file, bitmap, img, canvas};
                const results = {};
                for (const [kind, image] of Object.entries(kinds)) {
                  results[kind] = T.plain(await MaskAI.detect(image));
                }
                URL.revokeObjectURL(img.src);
                return results;
                """));
        Detection fromBlob = Detection.from(out.get("blob"));
        assertEquals(1, fromBlob.faces().size(), "faces from a Blob");
        for (String kind : List.of("file", "bitmap", "img", "canvas")) {
            Detection other = Detection.from(out.get(kind));
            assertEquals(1, other.faces().size(), "faces from " + kind);
            Distances d = Distances.between(other.faces().get(0).landmarks(), fromBlob.faces().get(0).landmarks());
            assertTrue(d.max() <= 0.5, kind + " vs Blob: " + d);
        }
    }

    @Test
    void findsNoFaceInPhotosWithoutFaces() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(LiveSite.testData().resolve("no-face"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.size() >= 5, "no-face photos: " + names);
        Map<String, Object> out = Browser.asMap(browser().call("""
                const results = {};
                for (const name of args[0]) {
                  results[name] = T.plain(await MaskAI.detect(await T.blob('no-face/' + name)));
                }
                return results;
                """, names));
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (String name : names) {
            BufferedImage image = ImageIO.read(LiveSite.testData().resolve("no-face").resolve(name).toFile());
            Detection d = Detection.from(out.get(name));
            checks.add(() -> assertEquals(0, d.faces().size(), name + ": faces " + d.faces()));
            checks.add(() -> assertEquals(image.getWidth() + "x" + image.getHeight(),
                    d.width() + "x" + d.height(), name + ": size"));
        }
        assertAll(checks);
    }

    @Test
    void findsBothFacesInGroupPhoto() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const group = T.groupPhoto(await T.bitmap('faces/astronaut.png'), args[0], args[1]);
                return {result: T.plain(await MaskAI.detect(group.canvas)),
                        scale: group.scale, dx: group.dx, dy: group.dy, width: group.canvas.width};
                """, reference.box().width(), List.of(reference.landmarkCentre()[0], reference.landmarkCentre()[1])));
        Detection detection = Detection.from(out.get("result"));
        double scale = ((Number) out.get("scale")).doubleValue();
        double dx = ((Number) out.get("dx")).doubleValue();
        double dy = ((Number) out.get("dy")).doubleValue();
        double width = ((Number) out.get("width")).doubleValue();
        Face full = reference;
        Face small = reference.mapped(p -> new double[] {p[0] * scale + dx, p[1] * scale + dy});
        System.out.printf("group photo %.0f px wide, second face %.1f px wide (%.1f %%): %d faces found%n",
                width, reference.box().width() * scale, 100 * reference.box().width() * scale / width,
                detection.faces().size());

        assertEquals(2, detection.faces().size(), "faces in the group photo");
        for (Face expected : List.of(full, small)) {
            Face found = nearest(detection.faces(), expected.landmarkCentre());
            Distances d = Distances.between(found.landmarks(), expected.landmarks());
            System.out.println("  face at " + fmt(expected.landmarkCentre()) + ": " + d);
            double faceWidth = expected.landmarkBounds()[2] - expected.landmarkBounds()[0];
            assertTrue(d.median() <= 0.1 * faceWidth,
                    "face expected at " + fmt(expected.landmarkCentre()) + " found at "
                            + fmt(found.landmarkCentre()) + ": " + d);
        }
    }

    @ParameterizedTest(name = "turned {0}°")
    @ValueSource(ints = {90, 180})
    void findsTurnedFaceWhereTheTurnedReferenceIs(int degrees) {
        int quarterTurns = degrees / 90;
        Map<String, Object> out = Browser.asMap(browser().call("""
                const turned = T.rotated(await T.bitmap('faces/astronaut.png'), args[0]);
                return {result: T.plain(await MaskAI.detect(turned)), w: turned.width, h: turned.height};
                """, quarterTurns));
        Detection detection = Detection.from(out.get("result"));
        double w = 512;
        double h = 512;
        Face expected = reference.mapped(p -> switch (quarterTurns) {
            case 1 -> new double[] {h - p[1], p[0]};
            case 2 -> new double[] {w - p[0], h - p[1]};
            default -> throw new IllegalArgumentException("quarter turns " + quarterTurns);
        });

        assertEquals(1, detection.faces().size(), "faces turned " + degrees + "°");
        Distances d = Distances.between(detection.faces().get(0).landmarks(), expected.landmarks());
        System.out.println("astronaut turned " + degrees + "° vs turned reference: " + d);
        assertTrue(d.median() <= 3.0, "median distance " + d);
    }

    @Test
    void repeatsIdenticalResultsForTheSameImage() {
        List<Object> runs = list(browser().call("""
                const astronaut = await T.blob('faces/astronaut.png');
                const others = [await T.blob('faces/camera.png'), await T.blob('no-face/coffee.png'),
                    T.rotated(await T.bitmap(astronaut), 1), await T.blob('no-face/chelsea.png')];
                const runs = [];
                for (let i = 0; i < 10; i++) {
                  runs.push(JSON.stringify(T.plain(await MaskAI.detect(astronaut))));
                  await MaskAI.detect(others[i % others.length]);
                }
                return runs;
                """));
        assertEquals(10, runs.size());
        for (int i = 1; i < runs.size(); i++) {
            assertEquals(runs.get(0), runs.get(i), "run " + i + " differs from run 0");
        }
        assertEquals(1, Detection.from(new org.openqa.selenium.json.Json().toType((String) runs.get(0),
                Map.class)).faces().size());
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const astronaut = await T.blob('faces/astronaut.png');
                const coffee = await T.blob('no-face/coffee.png');
                const turned = T.rotated(await T.bitmap(astronaut), 2);
                const sequential = JSON.stringify(T.plain(await MaskAI.detect(astronaut)));
                const together = await Promise.all([MaskAI.detect(astronaut), MaskAI.detect(coffee),
                    MaskAI.detect(turned), MaskAI.detect(astronaut)]);
                return {sequential, concurrent: [together[0], together[3]].map(r => JSON.stringify(T.plain(r))),
                        coffeeFaces: together[1].faces.length, turnedFaces: together[2].faces.length};
                """));
        List<Object> concurrent = list(out.get("concurrent"));
        assertAll(
                () -> assertEquals(out.get("sequential"), concurrent.get(0), "first concurrent call"),
                () -> assertEquals(out.get("sequential"), concurrent.get(1), "last concurrent call"),
                () -> assertEquals(0L, out.get("coffeeFaces"), "coffee faces"),
                () -> assertEquals(1L, out.get("turnedFaces"), "turned astronaut faces"));
    }

    @Test
    void rejectsCorruptPhotoWithClearError() {
        PageError e = assertThrows(PageError.class, () -> browser().call("""
                await MaskAI.detect(T.garbage(4096, 'image/png'));
                """));
        assertClearError(e, "(?is).*(image|photo|decod|read|corrupt|format|load).*");
    }

    @Test
    void rejectsArgumentsThatAreNotImages() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                const cases = {undefined: undefined, null: null, string: 'faces/astronaut.png',
                    number: 42, object: {}, emptyBlob: new Blob([], {type: 'image/png'}),
                    textBlob: new Blob(['hello'], {type: 'text/plain'})};
                const outcomes = {};
                for (const [name, value] of Object.entries(cases)) {
                  try {
                    const promise = MaskAI.detect(value);
                    try {
                      await promise;
                      outcomes[name] = 'resolved';
                    } catch (e) {
                      outcomes[name] = (e instanceof Error ? 'Error: ' : 'non-Error: ') + (e && e.message);
                    }
                  } catch (e) {
                    outcomes[name] = 'threw synchronously: ' + (e && e.message);
                  }
                }
                return outcomes;
                """));
        System.out.println("MaskAI.detect(bad argument): " + out);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        out.forEach((name, outcome) -> checks.add(() -> assertTrue(
                String.valueOf(outcome).matches("(?s)Error: .{10,}"),
                "detect(" + name + ") should reject with an Error saying what is wrong; got " + outcome)));
        assertAll(checks);
    }

    @Test
    void releasesEveryTensorAfterTwentyDetections() {
        Map<String, Object> out = Browser.asMap(browser().call("""
                if (typeof tf === 'undefined' || !tf.memory) throw new Error('window.tf is not exposed');
                const astronaut = await T.blob('faces/astronaut.png');
                const coffee = await T.blob('no-face/coffee.png');
                const corrupt = T.garbage(4096, 'image/png');
                // One call first, so that kernels set up on first use are in the baseline.
                await MaskAI.detect(coffee);
                const baseline = tf.memory().numTensors;
                const outcomes = [];
                for (let i = 0; i < 20; i++) {
                  const [name, image] = [['astronaut', astronaut], ['coffee', coffee], ['corrupt', corrupt]][i % 3];
                  try {
                    outcomes.push(name + ': ' + (await MaskAI.detect(image)).faces.length + ' faces');
                  } catch (e) {
                    outcomes.push(name + ': ' + (e instanceof Error ? 'Error: ' : 'non-Error: ') + (e && e.message));
                  }
                }
                return {baseline, after: tf.memory().numTensors, backend: tf.getBackend(), outcomes};
                """));
        List<Object> outcomes = list(out.get("outcomes"));
        System.out.println("tensors before/after 20 detections on " + out.get("backend") + ": "
                + out.get("baseline") + " / " + out.get("after"));
        for (Object outcome : outcomes) {
            String s = (String) outcome;
            if (s.startsWith("astronaut")) {
                assertEquals("astronaut: 1 faces", s);
            } else if (s.startsWith("coffee")) {
                assertEquals("coffee: 0 faces", s);
            } else if (!s.matches("(?s)corrupt: Error: .{10,}")) {
                fail("a corrupt photo should reject with an Error; got " + s);
            }
        }
        assertEquals(out.get("baseline"), out.get("after"), "tf.memory().numTensors after 20 detections");
    }

    static void assertClearError(PageError e, String messagePattern) {
        System.out.println("page error: " + e.name() + ": " + e.jsMessage());
        assertTrue(e.name() != null && e.name().endsWith("Error"), "not an Error: " + e.getMessage());
        assertTrue(e.jsMessage() != null && e.jsMessage().strip().length() >= 10
                && !e.jsMessage().contains("[object") && !e.jsMessage().contains("undefined"),
                "unclear message: " + e.jsMessage());
        assertTrue(e.jsMessage().matches(messagePattern), "message should say what was wrong: " + e.jsMessage());
    }

    private static void assertBoxHolds(Face face, double[] point, String what) {
        Detection.Box b = face.box();
        assertTrue(point[0] >= b.x() && point[0] <= b.x() + b.width()
                        && point[1] >= b.y() && point[1] <= b.y() + b.height(),
                "box " + b + " should hold the " + what + " at " + fmt(point));
    }

    private static Face nearest(List<Face> faces, double[] centre) {
        Face best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Face f : faces) {
            double[] c = f.landmarkCentre();
            double d = Math.hypot(c[0] - centre[0], c[1] - centre[1]);
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    }

    private static String fmt(double[] p) {
        return String.format("(%.1f, %.1f)", p[0], p[1]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}

package app.maskai.it;

import app.maskai.core.mask.MaskSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 3 §1: a mask stays on the face when the head is tilted 45° (the astronaut turned 45°)
 * and when the face fills only 5 % of the photo (the astronaut's head, at half size, on a neutral
 * canvas twenty times the face box's area). Detect finds the face where it is, every built-in
 * mask's fit is the original's carried along (its landmark vertices on their landmarks), and
 * tryOn draws over the nose and mouth.
 */
class TiltedAndSmallFaceIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** Face box area / photo area of the small-face photo (issue 3 §1). */
    private static final double SMALL_FACE_AREA = 0.05;
    /**
     * Detect on a copy is as good as on the original when its landmarks' median distance from
     * the original's carried by the map stays within this fraction of the inter-ocular distance
     * (FaceDetectionIT allows 3 px on the astronaut's 61 px for a quarter turn: 5 %).
     */
    private static final double LANDMARK_MEDIAN_IOD = 0.05;
    /**
     * A mask stays attached when its fit on the copy is the original's carried by the map: the
     * median vertex as close as detect's landmarks are ({@link #LANDMARK_MEDIAN_IOD}), and no
     * vertex further off than this fraction of the inter-ocular distance (about 9 px at the
     * astronaut's size, where a mask's edge starts to look misplaced).
     */
    private static final double VERTEX_MAX_IOD = 0.15;
    /**
     * Vertices of non-rigid parts sit on their landmarks (docs/CONTRACTS.md): to float precision,
     * in the fit without the drape ({@code drape: false}).
     */
    private static final double ON_LANDMARK_PX = 0.01;
    /**
     * With the drape (app.maskai.core.fit.Drape) a vertex stands off its landmark by at most its
     * deepest stand-off, 1.32 + 0.25 canonical units (beside the nostrils), against the canonical face's 8.9 between
     * the outer eye corners: under 0.2 of the inter-ocular distance, and far less in the image on a face
     * that looks at the camera (there the drape moves depth, and only the ease moves the outline).
     */
    private static final double STAND_OFF_IOD = 0.2;
    /** Mean channel difference over a 5 × 5 patch above which the mask is visibly there (as TryOnIT). */
    private static final double CHANGED_THRESHOLD = 8;
    private static final List<String> NOSE_AND_MOUTH_CATEGORIES = List.of("surgical", "respirator", "cloth");

    private static Map<String, Object> cases;

    @BeforeAll
    static void fitEveryMaskOnBothPhotos() {
        long start = System.nanoTime();
        cases = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const photo = await T.bitmap('faces/astronaut.png');
                const face = (await MaskAI.detect(photo)).faces[0];
                const b = face.box, s = 0.5;
                const side = 2.4 * Math.max(b.width, b.height), cx = b.x + b.width / 2, cy = b.y + b.height / 2;
                const x0 = Math.max(0, cx - side / 2), y0 = Math.max(0, cy - side / 2);
                const region = [x0, y0, Math.min(photo.width, cx + side / 2) - x0, Math.min(photo.height, cy + side / 2) - y0];
                const area = b.width * b.height * s * s / args[0];
                const width = Math.round(Math.sqrt(area * 4 / 3)), height = Math.round(area / width);
                const small = F.cutout(photo, region, s, width, height,
                    0.4 * width - (cx - x0) * s, 0.45 * height - (cy - y0) * s);
                const copies = {'tilted 45°': F.turned(photo, 45), 'face 5 % of the photo': small};
                const masks = F.builtIn();
                const out = {original: face.landmarks, fits: {}, copies: {}};
                await Promise.all(masks.map(async m => {
                  out.fits[m.id] = (await MaskAI.fit(photo, {mask: m.id})).faces[0].vertices.map(p => [p[0], p[1]]);
                }));
                for (const [name, copy] of Object.entries(copies)) {
                  const canvas = copy.canvas;
                  const faces = (await MaskAI.detect(canvas)).faces;
                  const before = T.pixels(canvas);
                  const result = {map: copy.map, width: canvas.width, height: canvas.height,
                      faces: faces.map(f => ({score: f.score, box: f.box, landmarks: f.landmarks})), masks: {}};
                  await Promise.all(masks.map(async m => {
                    const [fitted, bare, after] = await Promise.all([MaskAI.fit(canvas, {mask: m.id}),
                        MaskAI.fit(canvas, {mask: m.id, drape: false}), F.tryOnPixels(canvas, {mask: m.id})]);
                    const r = {category: m.category, faces: fitted.faces.length};
                    if (fitted.faces.length === 1 && faces.length === 1) {
                      const f = fitted.faces[0], L = faces[0].landmarks;
                      r.vertices = f.vertices.map(p => [p[0], p[1]]);
                      r.bareVertices = bare.faces[0].vertices.map(p => [p[0], p[1]]);
                      r.probes = Object.fromEntries([1, 13, 14].map(k =>
                          [k, F.patchDifference(before, after, L[k][0], L[k][1], 2)]));
                      const solid = F.solid(await F.coverage(m.id, f, canvas.width, canvas.height),
                          canvas.width, canvas.height, 0.9, 1);
                      r.solidPixels = F.count(solid);
                      r.solidDifference = F.selectionDifference(before, after, solid);
                    }
                    result.masks[m.id] = r;
                  }));
                  out.copies[name] = result;
                }
                return T.plain(out);
                """, SMALL_FACE_AREA));
        System.out.printf("fitted and tried every mask on both photos in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tilted 45°", "face 5 % of the photo"})
    void everyMaskStaysOnTheFace(String name) {
        Map<String, Object> copy = Browser.asMap(Browser.asMap(cases.get("copies")).get(name));
        double[] m = MaskFitInvarianceIT.map(copy);
        double scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
        double[][] original = points(cases.get("original"));
        double[][] expected = new double[original.length][];
        for (int i = 0; i < original.length; i++) {
            double[] p = original[i];
            expected[i] = new double[] {m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]};
        }
        double iod = FittedMask.interOcular(original) * scale;
        List<?> faces = (List<?>) copy.get("faces");
        long width = ((Number) copy.get("width")).longValue();
        long height = ((Number) copy.get("height")).longValue();
        assertEquals(1, faces.size(), name + ": faces detect found in the " + width + "×" + height + " photo");
        Map<String, Object> face = Browser.asMap(faces.get(0));
        Map<String, Object> box = Browser.asMap(face.get("box"));
        double boxArea = number(box.get("width")) * number(box.get("height"));
        double[][] landmarks = points(face.get("landmarks"));
        Detection.Distances found = Detection.Distances.between(landmarks, expected);
        System.out.printf("%s: %d×%d photo, face box %.1f %% of it, score %.3f, inter-ocular %.1f px;"
                        + " landmarks vs the original's carried by the map: %s (median %.1f %% IOD)%n",
                name, width, height, 100 * boxArea / (width * height), number(face.get("score")), iod, found,
                100 * found.median() / iod);

        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(found.median() <= LANDMARK_MEDIAN_IOD * iod, String.format(
                "%s: detect's landmarks lie %.2f px (median) from where the face is; at most %.0f %% of the"
                        + " inter-ocular distance %.1f px", name, found.median(), 100 * LANDMARK_MEDIAN_IOD, iod)));
        Map<String, Object> masks = Browser.asMap(copy.get("masks"));
        for (Map.Entry<String, Object> entry : masks.entrySet()) {
            String id = entry.getKey();
            Map<String, Object> r = Browser.asMap(entry.getValue());
            if (((Number) r.get("faces")).intValue() != 1) {
                checks.add(() -> assertEquals(1, ((Number) r.get("faces")).intValue(), name + ", " + id
                        + ": faces MaskAI.fit found"));
                continue;
            }
            MaskSpec spec = FittedMask.spec(id);
            double[][] vertices = points(r.get("vertices"));
            double[][] originalFit = points(Browser.asMap(cases.get("fits")).get(id));
            if (vertices.length != originalFit.length) {
                checks.add(() -> assertEquals(originalFit.length, vertices.length, name + ", " + id + ": vertices"));
                continue;
            }
            double[] offFit = new double[vertices.length];
            for (int v = 0; v < vertices.length; v++) {
                double[] p = originalFit[v];
                offFit[v] = FittedMask.distance(vertices[v],
                        new double[] {m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]});
            }
            Arrays.sort(offFit);
            double medianOff = offFit[offFit.length / 2];
            double worstOff = offFit[offFit.length - 1];
            // The contract (docs/CONTRACTS.md) on the fit without the drape; the drape's own bound on the fit drawn.
            double[][] bare = points(r.get("bareVertices"));
            double offLandmark = 0;
            double rigidOffLandmark = 0;
            double drapedOff = 0;
            for (int v = 0; v < spec.landmarkVertexCount(); v++) {
                double d = FittedMask.distance(bare[v], landmarks[spec.landmarks[v]]);
                if (spec.isRigid(v)) {
                    rigidOffLandmark = Math.max(rigidOffLandmark, d);
                } else {
                    offLandmark = Math.max(offLandmark, d);
                    drapedOff = Math.max(drapedOff, FittedMask.distance(vertices[v], landmarks[spec.landmarks[v]]));
                }
            }
            double nonRigidOff = offLandmark;
            double standOff = drapedOff;
            Map<String, Object> probes = Browser.asMap(r.get("probes"));
            long solidPixels = ((Number) r.get("solidPixels")).longValue();
            double solidDifference = solidPixels == 0 ? 0 : number(r.get("solidDifference"));
            System.out.printf("  %-20s vs the original's fit carried by the map: median %.2f px (%.1f %% IOD), max"
                            + " %.2f px (%.1f %%); off their landmarks: non-rigid %.2f px, rigid %.2f px (%.1f %%), draped %.2f px;"
                            + " changed: nose %.1f, lips %.1f / %.1f, solid inside (%d px) %.1f%n", id, medianOff,
                    100 * medianOff / iod, worstOff, 100 * worstOff / iod, nonRigidOff, rigidOffLandmark,
                    100 * rigidOffLandmark / iod, standOff, number(probes.get("1")), number(probes.get("13")),
                    number(probes.get("14")), solidPixels, solidDifference);
            checks.add(() -> assertTrue(medianOff <= LANDMARK_MEDIAN_IOD * iod && worstOff <= VERTEX_MAX_IOD * iod,
                    String.format("%s, %s: the fit should be the original's carried by the map; its vertices are"
                            + " %.2f px off at the median (%.1f %% of the inter-ocular distance; at most %.0f %%) and"
                            + " %.2f px at worst (%.1f %%; at most %.0f %%)", name, id, medianOff, 100 * medianOff / iod,
                            100 * LANDMARK_MEDIAN_IOD, worstOff, 100 * worstOff / iod, 100 * VERTEX_MAX_IOD)));
            checks.add(() -> assertTrue(nonRigidOff <= ON_LANDMARK_PX, String.format("%s, %s: a non-rigid vertex"
                    + " bound to a landmark lies %.3f px from it (fit with drape: false)", name, id, nonRigidOff)));
            checks.add(() -> assertTrue(standOff <= STAND_OFF_IOD * iod, String.format("%s, %s: with its drape a"
                    + " non-rigid vertex lies %.2f px (%.1f %% IOD) from its landmark in the image (at most %.0f %%)", name,
                    id, standOff, 100 * standOff / iod, 100 * STAND_OFF_IOD)));
            checks.add(() -> assertTrue(solidPixels > 0 && solidDifference > CHANGED_THRESHOLD, String.format(
                    "%s, %s: tryOn left the photo unchanged where the fitted mask is solid (%d px, mean"
                            + " difference %.1f)", name, id, solidPixels, solidDifference)));
            if (NOSE_AND_MOUTH_CATEGORIES.contains(r.get("category"))) {
                for (String k : List.of("1", "13", "14")) {
                    checks.add(() -> assertTrue(number(probes.get(k)) > CHANGED_THRESHOLD, String.format(
                            "%s, %s (%s): tryOn left landmark %s (nose tip 1, lips 13/14) unchanged: mean"
                                    + " difference %.1f", name, id, r.get("category"), k, number(probes.get(k)))));
                }
            }
        }
        assertAll(checks);
    }

    static double[][] points(Object value) {
        List<?> list = (List<?>) value;
        double[][] points = new double[list.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = ((List<?>) list.get(i)).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        return points;
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}

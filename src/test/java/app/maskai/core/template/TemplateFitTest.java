package app.maskai.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.landmarks.LandmarkModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TemplateFitTest {
    private static float[] canonical;

    @BeforeAll
    static void readLayout() throws IOException {
        canonical = FaceLayout.parseObj(Files.readString(Path.of("masks/face-layout/canonical_face_model.obj")))
                .canonical();
    }

    /** The canonical face scaled by {@code s}, turned {@code yaw} radians about y, then shifted. */
    private static float[] face(float s, double yaw, float x, float y) {
        float[] out = new float[3 * LandmarkModel.POINTS];
        double c = Math.cos(yaw);
        double sn = Math.sin(yaw);
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            float px = canonical[3 * i];
            float pz = canonical[3 * i + 2];
            out[3 * i] = (float) (s * (c * px + sn * pz)) + x;
            out[3 * i + 1] = s * canonical[3 * i + 1] + y;
            out[3 * i + 2] = (float) (s * (-sn * px + c * pz));
        }
        return out;
    }

    /** The canonical face scaled by {@code s}, tilted {@code roll} radians in the picture, then shifted. */
    private static float[] tilted(float s, double roll, float x, float y) {
        float[] out = face(s, 0, 0, 0);
        double c = Math.cos(roll);
        double sn = Math.sin(roll);
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            float px = out[3 * i];
            float py = out[3 * i + 1];
            out[3 * i] = (float) (c * px - sn * py) + x;
            out[3 * i + 1] = (float) (sn * px + c * py) + y;
        }
        return out;
    }

    @Test
    void aFaceOfTheTemplatesOwnShapeLandsOnTheTemplatesLandmarksWhateverItsTiltAndSize() {
        float[] template = face(18, 0, 360, 380);
        float[] person = tilted(7.5f, 0.5, 120, 200); // small, tilted 29°, elsewhere in its photo
        float[] placed = new float[person.length];
        TemplateFit fit = new TemplateFit();
        assertTrue(fit.place(person, template, 0, placed));
        for (int i = 0; i < placed.length; i++) {
            assertEquals(template[i], placed[i], 1e-2, "coordinate " + i);
        }
        assertEquals(18 / 7.5, fit.scale(), 1e-4);
    }

    @Test
    void aTurnedFaceStaysTurnedItsHiddenSideIsNotStretched() {
        float[] template = face(18, 0, 360, 380);
        float[] person = face(10, 0.8, 200, 200); // turned 46°
        float[] placed = new float[person.length];
        new TemplateFit().place(person, template, 0, placed);
        // The far cheek (234 on the image's left for a face turned this way) stays near the nose.
        float personRatio = (person[3 * 1] - person[3 * 234]) / (person[3 * 454] - person[3 * 1]);
        float placedRatio = (placed[3 * 1] - placed[3 * 234]) / (placed[3 * 454] - placed[3 * 1]);
        assertTrue(Math.abs(placedRatio - 1) > 0.5f * Math.abs(personRatio - 1),
                "half-widths' ratio " + personRatio + " in the photo, " + placedRatio + " placed");
    }

    @Test
    void aWiderFaceKeepsMostOfItsOwnShapeAndIsPulledAQuarterTowardsTheTemplate() {
        float[] template = face(18, 0, 360, 380);
        float[] person = face(10, 0, 200, 200);
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            person[3 * i] = 200 + 1.3f * (person[3 * i] - 200); // 30 % wider than the canonical face
        }
        float[] placed = new float[person.length];
        new TemplateFit().place(person, template, 0, placed);
        // Aspect (width over height): 1.3 × the template's in the person; the similarity keeps it and
        // the pull takes about a quarter of the difference back.
        float templateAspect = (template[3 * 454] - template[3 * 234]) / (template[3 * 152 + 1] - template[3 * 10 + 1]);
        float placedAspect = (placed[3 * 454] - placed[3 * 234]) / (placed[3 * 152 + 1] - placed[3 * 10 + 1]);
        float ratio = placedAspect / templateAspect;
        assertTrue(ratio > 1.18f && ratio < 1.26f, "aspect " + ratio + " × the template's");
    }

    @Test
    void eachFaceCanBePlacedInItsOwnCopyOfTheTemplateBesideTheFirst() {
        float[] template = face(18, 0, 360, 380);
        float[] placed = new float[template.length];
        new TemplateFit().place(template, template, 720, placed);
        assertEquals(template[0] + 720, placed[0], 1e-3);
        assertEquals(template[1], placed[1], 1e-3);
    }

    @Test
    void degeneratePointsGiveTheTemplatesOwnLandmarks() {
        float[] template = face(18, 0, 360, 380);
        float[] placed = new float[template.length];
        assertFalse(new TemplateFit().place(new float[template.length], template, 0, placed));
        assertEquals(template[3 * 4], placed[3 * 4]);
    }

    @Test
    void theBlendOutlineLiesInsideTheFaceOvalAtItsScaleAndNoHigherThanJustAboveTheBrows() {
        float[] template = face(18, 0, 360, 380);
        float[] outline = TemplateFit.blendOutline(template);
        assertEquals(2 * FaceLayout.FACE_OVAL.length, outline.length);
        float cx = 0;
        for (int j = 0; j < FaceLayout.FACE_OVAL.length; j++) {
            cx += outline[2 * j] / FaceLayout.FACE_OVAL.length;
        }
        // The chin (152, oval index 18), below the eyes: the outline's scale exactly.
        float cy = 0;
        for (int j = 0; j < FaceLayout.FACE_OVAL.length; j++) {
            cy += template[3 * FaceLayout.FACE_OVAL[j] + 1] / FaceLayout.FACE_OVAL.length;
        }
        assertEquals(TemplateFit.OUTLINE_SCALE, (outline[2 * 18 + 1] - cy) / (template[3 * 152 + 1] - cy), 1e-3);
        // The forehead's top (10, oval index 0): brought down to just above the brows.
        float eyes = (template[3 * 33 + 1] + template[3 * 263 + 1]) / 2;
        float brows = Math.min(template[3 * 105 + 1], template[3 * 334 + 1]);
        assertEquals(brows - TemplateFit.ABOVE_BROWS * (eyes - brows), outline[1], 1e-3);
        for (int j = 0; j < FaceLayout.FACE_OVAL.length; j++) {
            assertTrue(outline[2 * j + 1] >= outline[1] - 1e-3, "no point above the top's");
        }
        assertEquals(360, cx, 5);
    }

    @Test
    void skinLandmarksAreDistinctLandmarks() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int index : TemplateFit.SKIN) {
            assertTrue(index >= 0 && index < LandmarkModel.POINTS);
            assertTrue(seen.add(index), "listed twice: " + index);
        }
    }
}

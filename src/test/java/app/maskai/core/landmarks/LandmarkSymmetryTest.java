package app.maskai.core.landmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandmarkSymmetryTest {
    @Test
    void pairsEachLandmarkWithItsMirrorImageInTheCanonicalFace() throws IOException {
        List<double[]> v = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("masks/face-layout/canonical_face_model.obj"))) {
            if (line.startsWith("v ")) {
                String[] p = line.trim().split("\\s+");
                v.add(new double[] {Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3])});
            }
        }
        assertEquals(468, v.size());
        assertEquals(468, LandmarkSymmetry.MIRROR.length);
        int midline = 0;
        for (int i = 0; i < 468; i++) {
            int j = LandmarkSymmetry.MIRROR[i];
            assertEquals(i, LandmarkSymmetry.MIRROR[j], "an involution at " + i);
            assertEquals(-v.get(i)[0], v.get(j)[0], 1e-6, "x of " + i + " and " + j);
            assertEquals(v.get(i)[1], v.get(j)[1], 1e-6, "y of " + i + " and " + j);
            assertEquals(v.get(i)[2], v.get(j)[2], 1e-6, "z of " + i + " and " + j);
            if (i == j) {
                midline++;
            }
        }
        assertEquals(28, midline);
        assertEquals(263, LandmarkSymmetry.MIRROR[33]);
        assertEquals(1, LandmarkSymmetry.MIRROR[1]);
    }
}

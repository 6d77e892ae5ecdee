package app.maskai.core.light;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.layout.RealLayout;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceLightTest {
    private static final FaceLayout LAYOUT = RealLayout.LAYOUT;

    /** The canonical face as landmarks: 20 pixels a centimetre, centred at (300, 300). */
    private static float[] face() {
        float[] canonical = LAYOUT.canonical();
        float[] landmarks = new float[LandmarkModel.MESH_VALUES];
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            landmarks[3 * i] = 300 + 20 * canonical[3 * i];
            landmarks[3 * i + 1] = 300 + 20 * canonical[3 * i + 1];
            landmarks[3 * i + 2] = 20 * canonical[3 * i + 2];
        }
        return landmarks;
    }

    /** Each landmark's luma under ambient + strength · max(0, n · towards), clipped to 0..1. */
    private static float[] shade(float[] landmarks, double ambient, double strength, double[] towards, double noise,
            long seed) {
        float[] normals = new float[LandmarkModel.MESH_VALUES];
        FaceLight.normals(landmarks, LAYOUT.faceTriangles(), normals);
        Random random = new Random(seed);
        float[] luma = new float[LandmarkModel.POINTS];
        for (int i = 0; i < luma.length; i++) {
            double lambert = Math.max(0, normals[3 * i] * towards[0] + normals[3 * i + 1] * towards[1]
                    + normals[3 * i + 2] * towards[2]);
            luma[i] = (float) Math.min(1, Math.max(0, ambient + strength * lambert + noise * random.nextGaussian()));
        }
        return luma;
    }

    private static double[] unit(double x, double y, double z) {
        double length = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / length, y / length, z / length};
    }

    private static double angleDegrees(FaceLight light, double[] towards) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1,
                light.x * towards[0] + light.y * towards[1] + light.z * towards[2]))));
    }

    @Test
    void theMeshNormalsFaceTheCameraAndTheNoseTipLooksStraightAtIt() {
        float[] normals = new float[LandmarkModel.MESH_VALUES];
        FaceLight.normals(face(), LAYOUT.faceTriangles(), normals);
        assertTrue(normals[3 * 1 + 2] < -0.9f, "nose tip's normal z " + normals[5]);
        // The cheeks turn away to their own side: the subject's right cheek (234) to the image's left.
        assertTrue(normals[3 * 234] < -0.5f, "right cheek's normal x " + normals[3 * 234]);
        assertTrue(normals[3 * 454] > 0.5f, "left cheek's normal x " + normals[3 * 454]);
        // The forehead top (10) turns up (negative y), the chin (152) down.
        assertTrue(normals[3 * 10 + 1] < -0.3f, "forehead's normal y " + normals[31]);
        assertTrue(normals[3 * 152 + 1] > 0.3f, "chin's normal y " + normals[3 * 152 + 1]);
    }

    @Test
    void findsALightFromTheSideAboveAndTheFront() {
        float[] face = face();
        for (double[] towards : new double[][] {unit(-1, 0, -0.6), unit(1, -0.3, -0.8), unit(0.2, -1, -0.7)}) {
            FaceLight light = new FaceLight().estimate(face, LAYOUT.faceTriangles(),
                    shade(face, 0.2, 0.6, towards, 0.01, 7));
            double off = angleDegrees(light, towards);
            System.out.printf("light towards %s found %.1f° off: %s%n", Arrays.toString(towards), off, light);
            assertTrue(off < 8, "light towards " + Arrays.toString(towards) + " found at " + light + ": " + off + "°");
        }
    }

    @Test
    void aFrontalLightComesOutFrontal() {
        float[] face = face();
        FaceLight light = new FaceLight().estimate(face, LAYOUT.faceTriangles(),
                shade(face, 0.1, 0.7, unit(0, 0, -1), 0.005, 3));
        assertTrue(light.z < -0.8f, "a frontal light found at " + light);
    }

    @Test
    void evenLightHasNoDirection() {
        float[] luma = new float[LandmarkModel.POINTS];
        Arrays.fill(luma, 0.5f);
        FaceLight light = new FaceLight().estimate(face(), LAYOUT.faceTriangles(), luma);
        assertEquals(0, light.strength, 1e-3, light.toString());
        assertEquals(0.5f, light.ambient, 1e-3, light.toString());
        assertEquals(-1, light.z, 1e-6);
    }

    @Test
    void mirroringTheFaceAndItsLightMirrorsTheEstimate() {
        float[] face = face();
        float[] mirrored = face.clone();
        for (int i = 0; i < LandmarkModel.POINTS; i++) {
            mirrored[3 * i] = 600 - face[3 * i];
        }
        double[] towards = unit(-1, -0.2, -0.5);
        FaceLight a = new FaceLight().estimate(face, LAYOUT.faceTriangles(), shade(face, 0.2, 0.6, towards, 0, 1));
        FaceLight b = new FaceLight().estimate(mirrored, LAYOUT.faceTriangles(),
                shade(mirrored, 0.2, 0.6, new double[] {-towards[0], towards[1], towards[2]}, 0, 1));
        assertEquals(a.x, -b.x, 1e-3);
        assertEquals(a.y, b.y, 1e-3);
        assertEquals(a.z, b.z, 1e-3);
    }

    @Test
    void estimatingAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        float[] face = face();
        float[] luma = shade(face, 0.2, 0.6, unit(-1, 0, -1), 0.01, 5);
        int[] triangles = LAYOUT.faceTriangles();
        FaceLight light = new FaceLight();
        light.estimate(face, triangles, luma);
        // The least of three windows: the JVM itself now and then puts a small object on the thread
        // (TrackerTest); an estimate that allocated would show in every window.
        long least = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < 20; k++) {
                light.estimate(face, triangles, luma);
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertEquals(0, least, "bytes allocated by 20 estimates, in the least of three windows");
    }
}

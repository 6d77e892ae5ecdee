package app.maskai.web.tryon;

import app.maskai.core.hands.Hand;
import app.maskai.core.hands.HandMatte;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.web.dom.Images;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The hands in front of an image's faces, matted from its own pixels (core.hands.HandMatte):
 * for a photo on the page, and for each live frame in the inference worker, which has the frame's
 * pixels in memory (the page would read them back from the GPU).
 */
public final class HandMattes {
    private HandMattes() {
    }

    /**
     * What is in front of the faces of {@code image} (width × height; {@code faces}: each face's
     * 468 landmarks): the hands {@code found} whose box reaches one of the faces, matted on this
     * image; null: none.
     */
    public static Occlusion ofLandmarks(JSObject image, int width, int height, List<float[]> faces, List<Hand> found) {
        List<float[]> boxes = new ArrayList<>();
        for (float[] landmarks : faces) {
            boxes.add(Occlusion.landmarkBox(landmarks));
        }
        List<int[]> rects = new ArrayList<>();
        List<byte[]> mattes = new ArrayList<>();
        add(image, width, height, boxes, found, rects, mattes);
        return Occlusion.union(rects, mattes, rects.size(), width, height);
    }

    /**
     * Mattes each hand of {@code found} that reaches one of the faces ({@code boxes}: each face's
     * x, y, width, height) into {@code rects} and {@code mattes} (see Occlusion#handRegion).
     */
    static void add(JSObject image, int width, int height, List<float[]> boxes, List<Hand> found, List<int[]> rects,
            List<byte[]> mattes) {
        for (Hand hand : found) {
            int[] r = Occlusion.handRegion(hand, boxes, width, height);
            if (r == null) {
                continue;
            }
            int rw = r[2] - r[0];
            int rh = r[3] - r[1];
            byte[] rgba = Images.region(image, r[0], r[1], rw, rh).copyToJavaArray();
            rects.add(r);
            mattes.add(HandMatte.matte(rgba, rw, rh, hand.x - r[0], hand.y - r[1],
                    hand.x + hand.width - r[0], hand.y + hand.height - r[1]));
        }
    }
}

package app.maskai.web.render;

import app.maskai.core.occlusion.Occlusion;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * What is in front of the masks, as the renderer uploads it: a rectangle of the photo and one
 * value a pixel (0: the mask shows, 255 stored as -1: the photo's own pixel is drawn over it),
 * held in a JavaScript array. The live view's matte comes from the inference worker in such an
 * array and is drawn from it as it is. Copied into a Java array and back on every frame (as a
 * core.occlusion.Occlusion), the benchmark's live view with a fist matted on every frame
 * (liveFist, WebAssembly build) spent 36.6 ms a frame in its draw stage, with 11 long tasks in
 * 10 s and the page at 17 frames/s; drawn from the worker's array, 0.9–9.6 ms, none, 60 frames/s.
 */
public final class Matte {
    public final int x;
    public final int y;
    public final int width;
    public final int height;
    /** How many hands it holds (the live view's stats). */
    public final int hands;
    final Int8Array alpha;

    public Matte(int x, int y, int width, int height, int hands, Int8Array alpha) {
        if (width <= 0 || height <= 0 || alpha.getLength() != width * height) {
            throw new IllegalArgumentException("a matte of " + width + " × " + height + " needs as many values");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.hands = hands;
        this.alpha = alpha;
    }

    /** A photo's occluders (core.occlusion.Occlusion), copied once; null for null. */
    public static Matte of(Occlusion occlusion) {
        return occlusion == null ? null : new Matte(occlusion.x, occlusion.y, occlusion.width, occlusion.height,
                occlusion.hands, Int8Array.copyFromJavaArray(occlusion.alpha));
    }
}

package app.maskai.web;

import app.maskai.core.fit.MaskFit;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.InferenceSize;
import app.maskai.core.pipeline.PipelineOptions;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MaskedFace;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.file.Blob;

/**
 * The one direction of flow, image → detect → landmarks → fit → render → export, shared by the
 * page and the public API. Stateless between calls: each call decodes, infers and renders anew.
 */
public final class TryOnEngine {
    /** Where TF.js looks: photos are inferred at most this large; results keep full resolution. */
    private final TfFaceModels models;
    private final MaskLibrary masks;
    private final String backend;

    public TryOnEngine(TfFaceModels models, MaskLibrary masks, String backend) {
        this.models = models;
        this.masks = masks;
        this.backend = backend;
    }

    public MaskLibrary masks() {
        return masks;
    }

    public String backend() {
        return backend;
    }

    /** The faces found in one photo, in its own pixels. */
    public static final class Detection {
        public final int width;
        public final int height;
        public final List<Face> faces;
        public final double milliseconds;

        Detection(int width, int height, List<Face> faces, double milliseconds) {
            this.width = width;
            this.height = height;
            this.faces = faces;
            this.milliseconds = milliseconds;
        }
    }

    /**
     * Turns what a caller passed into a decoded, EXIF-oriented bitmap. Rejects with an Error
     * that says what was wrong.
     */
    public static JSPromise<ImageBitmap> decode(JSObject image, String caller) {
        if (image == null || Browser.isNullish(image)) {
            return rejected(caller + ": an image is required (a Blob, File, ImageBitmap, HTMLImageElement or HTMLCanvasElement).");
        }
        JSPromise<ImageBitmap> bitmap;
        if (Browser.isBlob(image)) {
            Blob blob = (Blob) image;
            if (blob.getSize() == 0) {
                return rejected(caller + ": the file is empty.");
            }
            String unsupported = ImageTypes.unsupportedReason(blob.getType());
            if (unsupported != null) {
                return rejected(caller + ": " + unsupported);
            }
            bitmap = Browser.decode(blob);
        } else if (Browser.isImageBitmap(image)) {
            ImageBitmap source = (ImageBitmap) image;
            if (source.getWidth() == 0 || source.getHeight() == 0) {
                return rejected(caller + ": the ImageBitmap is empty or closed.");
            }
            bitmap = Browser.bitmapOf(image);
        } else if (Browser.isImageElement(image)) {
            if (!ImageTypes.isLoaded(image)) {
                return rejected(caller + ": the HTMLImageElement has not finished loading (wait for its load event).");
            }
            bitmap = Browser.bitmapOf(image);
        } else if (Browser.isCanvas(image)) {
            bitmap = Browser.bitmapOf(image);
        } else {
            return rejected(caller + ": expected a Blob, File, ImageBitmap, HTMLImageElement or HTMLCanvasElement, got "
                    + Browser.kindOf(image) + ".");
        }
        return bitmap.flatCatchError(error -> rejected(caller + ": the image could not be read. The file may be"
                + " damaged or in a format this browser cannot open; try a JPEG, PNG or WebP."));
    }

    /**
     * Finds faces; inference runs on a copy downscaled to {@link InferenceSize#MAX_SIDE}. Never
     * throws: a failure becomes a rejected promise with a message for people.
     */
    public JSPromise<Detection> detect(ImageBitmap photo) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        float scale = InferenceSize.scaleFor(width, height);
        double start = Browser.now();
        if (scale >= 1f) {
            return run(photo, width, height, 1f, width, height, start);
        }
        int w = Math.max(1, Math.round(width * scale));
        int h = Math.max(1, Math.round(height * scale));
        return Browser.resized(photo, w, h).flatThen(small -> {
            try {
                return run(small, w, h, width / (float) w, width, height, start);
            } finally {
                small.close();
            }
        });
    }

    private JSPromise<Detection> run(ImageBitmap image, int w, int h, float toOriginal, int width, int height,
            double start) {
        try {
            List<Face> faces = models.detect(image, w, h, toOriginal, new PipelineOptions());
            return JSPromise.resolve(new Detection(width, height, faces, Browser.now() - start));
        } catch (Throwable failure) {
            return rejected("Face detection failed: " + Failures.message(failure));
        }
    }

    /** Fits {@code mask} to every face and renders the result at the photo's resolution. */
    public void render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, MaskLibrary.Entry mask,
            ImageBitmap texture) {
        renderer.setPhoto(photo);
        List<MaskedFace> drawn = new ArrayList<>();
        if (mask != null) {
            for (Face face : faces) {
                float[] vertices = new float[mask.spec.vertexCount() * 3];
                MaskFit.vertices(mask.spec, face.landmarks, vertices);
                drawn.add(new MaskedFace(mask.spec, texture, vertices));
            }
        }
        renderer.draw(drawn);
    }

    static <T> JSPromise<T> rejected(String message) {
        return JSPromise.reject(Browser.error(message));
    }
}

package app.maskai.web.tryon;

import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.PipelineOptions;
import app.maskai.web.dom.Console;
import app.maskai.web.dom.Idle;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasGradient;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Just after ready, while the person chooses a photo: the work the first photo would otherwise
 * pay for, one short step per idle moment of the main thread. A small synthetic photo (a
 * gradient, no face) goes the first photo's way: encoded to PNG and decoded from a Blob as a
 * chosen file is, the short-range detector (at 128² and on a larger input) and the landmark model
 * run on it through the real crops (their first run at a batch size sets TF.js's kernels up), the result's WebGL2 context is made
 * and its shader programs linked, the default mask's texture fetched and uploaded, and the mask
 * drawn on a face placed from the canonical face into the hidden result canvas, then read back.
 *
 * <p>Nothing of it is shown or kept as the app's state: the result canvas is hidden until a
 * photo is shown and is given back its size afterwards, no tensor outlives a step, and once a
 * person has chosen a photo the remaining steps are left to that photo. {@code <html
 * data-maskai-warm>} says "running", then "done" (or "stopped" when a photo came first).
 */
public final class WarmUp {
    /** The synthetic photo's size: small, so that its own pixels cost nothing. */
    private static final int WIDTH = 256;
    private static final int HEIGHT = 192;

    /** The page's result renderer, made on first need (null without WebGL2). */
    private final Supplier<MeshWarpRenderer> renderer;
    /** Whether the person has chosen a photo: the remaining steps are then left to it. */
    private final BooleanSupplier photoChosen;
    private final TryOnEngine engine;
    private final TfFaceModels models;

    public WarmUp(Supplier<MeshWarpRenderer> renderer, BooleanSupplier photoChosen, TryOnEngine engine,
            TfFaceModels models) {
        this.renderer = renderer;
        this.photoChosen = photoChosen;
        this.engine = engine;
        this.models = models;
    }

    public void start() {
        setState("running");
        // All of it after ready's own task: a 2D canvas's first context alone took 3-140 ms there
        // (cold loads, 2 cores), and ready waited for it.
        Idle.next(250).flatThen(x -> syntheticPhoto())
                .flatThen(photo -> steps(photo).onSettled(() -> {
                    photo.close();
                    return null;
                }))
                .then(state -> {
                    setState(state);
                    return null;
                }, error -> {
                    // A warm-up that cannot run leaves the first photo to pay, as it did before.
                    Console.warn("MaskAI warm-up: " + JsErrors.messageOf((JSObject) error));
                    setState("done");
                    return null;
                });
    }

    private JSPromise<String> steps(ImageBitmap photo) {
        return step(() -> {
            // One detector run: no turned passes (the search's other steps reuse the same crops
            // and kernels).
            models.detect(photo, WIDTH, HEIGHT, 1f, new PipelineOptions().setRetryRotations(false));
        }).flatThen(x -> step(() -> models.withImage(photo, WIDTH, HEIGHT, faceModels -> {
            // The detector on a larger input: the search step a medium shot's face sends the
            // search on to (a 100-px face in a 512-px photo: 224 px; FacePipeline's SearchScale),
            // so that its crop canvas and the model's run at another size are set up.
            DetectorSpec larger = DetectorSpec.SHORT_RANGE.atInput(224, 176);
            return faceModels.runDetector(larger, new RotatedRect(WIDTH * 0.5f, HEIGHT * 0.5f, WIDTH,
                    WIDTH * 176f / 224f, 0f));
        }))).flatThen(x -> step(() -> models.withImage(photo, WIDTH, HEIGHT, faceModels -> {
            // A face region partly outside the photo, as the landmark model's crops often are: once
            // alone (a face's passes) and once with its mirror image as a batch of 2 (the passes of
            // a photo with two faces, whose kernels TF.js sets up separately).
            RotatedRect region = new RotatedRect(WIDTH * 0.5f, HEIGHT * 0.5f, HEIGHT * 1.2f, HEIGHT * 1.2f, 0.1f);
            faceModels.runLandmarks(region, new float[FaceLayout.LANDMARK_COUNT * 3]);
            faceModels.runLandmarksBatch(new RotatedRect[] {region, new RotatedRect(region.cx, region.cy,
                    -region.width, region.height, region.rotation)}, new float[2][FaceLayout.LANDMARK_COUNT * 3]);
            return null;
        }))).flatThen(x -> step(renderer::get)).flatThen(x -> {
            MaskLibrary.Entry mask = engine.masks().entries().get(0);
            return mask.texture().flatThen(texture -> step(() -> draw(photo, mask, texture)));
        }).then(x -> photoChosen.getAsBoolean() ? "stopped" : "done");
    }

    /** Draws the default mask on a face placed from the canonical face, into the hidden result canvas. */
    private void draw(ImageBitmap photo, MaskLibrary.Entry mask, ImageBitmap texture) {
        MeshWarpRenderer renderer = this.renderer.get();
        if (renderer == null || photoChosen.getAsBoolean()) {
            return;
        }
        drawOn(renderer, engine, photo, mask, texture, true);
    }

    /**
     * The same for another renderer than the page's (the API's own, which a page script's first
     * {@code MaskAI.tryOn} would otherwise set up: its first draw took the software GPU 94 ms to
     * compile, its programs ~15 ms to link): the synthetic photo made and decoded, the default mask
     * drawn, a pixel read back, the result exported as PNG. {@code stillIdle} is asked just
     * before the drawing, which then happens in one task: false (the renderer got work meanwhile)
     * leaves it untouched.
     */
    public static JSPromise<Object> warm(Supplier<MeshWarpRenderer> renderer, TryOnEngine engine,
            BooleanSupplier stillIdle) {
        MaskLibrary.Entry mask = engine.masks().entries().get(0);
        return syntheticPhoto()
                .flatThen(photo -> mask.texture().then(texture -> {
                    MeshWarpRenderer target = stillIdle.getAsBoolean() ? renderer.get() : null;
                    if (target != null) {
                        drawOn(target, engine, photo, mask, texture, false);
                    }
                    photo.close();
                    return target;
                }, error -> {
                    photo.close();
                    return (MeshWarpRenderer) null;
                }))
                // Its export too: the first PNG of a WebGL canvas took 30 ms more than later ones.
                .flatThen(target -> target == null ? JSPromise.resolve(null)
                        : Images.toPng(target.canvas()).then(png -> (Object) null));
    }

    /** The synthetic photo, encoded to PNG and decoded from a Blob as a chosen file is. */
    private static JSPromise<ImageBitmap> syntheticPhoto() {
        HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        canvas.setWidth(WIDTH);
        canvas.setHeight(HEIGHT);
        paintGradient(canvas);
        return Images.toPng(canvas).flatThen(png -> TryOnEngine.decode(png, "The warm-up"));
    }

    /** The drawing itself; with {@code restoreSize}, the canvas gets its size back after. */
    private static void drawOn(MeshWarpRenderer renderer, TryOnEngine engine, ImageBitmap photo,
            MaskLibrary.Entry mask, ImageBitmap texture, boolean restoreSize) {
        FaceLayout layout = engine.layout();
        List<Face> faces = new ArrayList<>();
        if (layout != null) {
            faces.add(canonicalFace(layout));
        }
        HTMLCanvasElement canvas = renderer.canvas();
        int width = canvas.getWidth();
        int height = canvas.getHeight();
        engine.render(renderer, photo, faces, List.of(new TryOnEngine.FaceStyle(mask, texture, FitAdjustment.NONE)));
        // Makes the GPU draw it now (a software GPU compiles its pipelines at the first draw).
        renderer.finish();
        if (restoreSize) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
    }

    /** The canonical face's landmarks (centimetres) scaled to about half the photo's height, upright and frontal. */
    private static Face canonicalFace(FaceLayout layout) {
        float[] canonical = layout.canonical();
        float[] landmarks = new float[FaceLayout.LANDMARK_COUNT * 3];
        float scale = HEIGHT * 0.5f / 15f;
        for (int i = 0; i < landmarks.length; i += 3) {
            landmarks[i] = WIDTH * 0.5f + canonical[i] * scale;
            landmarks[i + 1] = HEIGHT * 0.5f + canonical[i + 1] * scale;
            landmarks[i + 2] = canonical[i + 2] * scale;
        }
        return new Face(1, 1, landmarks, 0);
    }

    /** Runs {@code work} in the main thread's next idle moment, unless a photo was chosen meanwhile. */
    private JSPromise<Object> step(Runnable work) {
        return Idle.next(250).then(x -> {
            if (!photoChosen.getAsBoolean()) {
                work.run();
            }
            return null;
        });
    }

    /** A skin-to-navy gradient: a photo with no face, cheap to make, that every model and shader path sees. */
    private static void paintGradient(HTMLCanvasElement canvas) {
        CanvasRenderingContext2D g = (CanvasRenderingContext2D) canvas.getContext("2d");
        CanvasGradient fill = g.createLinearGradient(0, 0, canvas.getWidth(), canvas.getHeight());
        fill.addColorStop(0, "#d9b38c");
        fill.addColorStop(1, "#3b4a6b");
        g.setFillStyle(fill);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** The document's {@code data-maskai-warm} attribute, which the tests and the style sheet read. */
    private static void setState(String state) {
        HTMLDocument.current().getDocumentElement().setAttribute("data-maskai-warm", state);
    }
}

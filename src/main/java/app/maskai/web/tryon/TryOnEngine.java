package app.maskai.web.tryon;

import app.maskai.core.detect.Letterbox;
import app.maskai.core.fit.Drape;
import app.maskai.core.batch.MaskMix;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.fit.MaskFit;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.hair.HairFill;
import app.maskai.core.hair.HairMatte;
import app.maskai.core.hands.Hand;
import app.maskai.core.image.ImageHeader;
import app.maskai.core.image.PhotoCheck;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.occlusion.Occlusion;
import app.maskai.core.pipeline.Face;
import app.maskai.core.pipeline.PipelineOptions;
import app.maskai.core.pipeline.ResultSize;
import app.maskai.web.dom.AppFiles;
import app.maskai.web.dom.Clock;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.dom.Images;
import app.maskai.web.dom.JsErrors;
import app.maskai.web.dom.JsValues;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.offline.OfflineCache;
import app.maskai.web.render.MaskedFace;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tf.TfFaceModels;
import app.maskai.web.tf.TfHandModel;
import app.maskai.web.tf.TfPersonModel;
import app.maskai.web.worker.HandWorker;
import app.maskai.core.hair.HairShade;
import app.maskai.core.template.TemplateFit;
import app.maskai.core.template.TemplateSpec;
import app.maskai.web.masks.TemplateLibrary;
import app.maskai.web.render.HairPaint;
import app.maskai.web.render.TemplateScene;
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
    private final TfFaceModels models;
    /** The hand detector, loading or loaded, once a photo has been searched for hands. */
    private JSPromise<TfHandModel> handModel;
    /** The hands worker, once a photo has been searched for hands (null where it cannot start). */
    private HandWorker handWorker;
    private boolean handWorkerTried;
    private boolean handModelKept;
    /** The person segmentation, loading or loaded, once a photo's hair has been looked for. */
    private JSPromise<TfPersonModel> personModel;
    private final MaskLibrary masks;
    private final String backend;

    private final FaceLayout layout;
    /** How masks stand off the face (null without a layout). */
    private final Drape drape;
    private PipelineOptions options = new PipelineOptions();

    /** {@code layout} may be null (no occluder, rigid parts follow their landmarks). */
    private final TemplateFit templateFit = new TemplateFit();

    public TryOnEngine(TfFaceModels models, MaskLibrary masks, FaceLayout layout, String backend) {
        this.models = models;
        this.masks = masks;
        this.layout = layout;
        this.drape = layout != null ? new Drape(layout.canonical(), layout.faceTriangles()) : null;
        this.backend = backend;
    }

    /** Applies the fitting-sensitivity setting to detection (its smoothing applies to live video). */
    public void setSensitivity(FitSensitivity sensitivity) {
        options = new PipelineOptions().setMinDetectionScore(sensitivity.minDetectionScore);
    }

    /** The smallest detector score a face is kept at, under the sensitivity setting. */
    public float minDetectionScore() {
        return options.minDetectionScore();
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
        if (image == null || JsValues.isNullish(image)) {
            return rejected(caller + ": an image is required (a Blob, File, ImageBitmap, HTMLImageElement or HTMLCanvasElement).");
        }
        JSPromise<ImageBitmap> bitmap;
        if (JsValues.isBlob(image)) {
            Blob blob = (Blob) image;
            if (blob.getSize() == 0) {
                return rejected(caller + ": the file is empty.");
            }
            String unsupported = PhotoCheck.problemWithType(blob.getType());
            if (unsupported != null) {
                return rejected(caller + ": " + unsupported);
            }
            // The header first: a file may claim any type, and a small one may declare a huge size.
            bitmap = AppFiles.leadingBytes(blob, ImageHeader.BYTES_NEEDED).flatThen(bytes -> {
                String problem = PhotoCheck.problem(ImageHeader.read(bytes.copyToJavaArray()));
                if (problem != null) {
                    return TryOnEngine.<ImageBitmap>rejected(caller + ": " + problem);
                }
                return Images.decode(blob).flatCatchError(error -> rejected(caller + ": the image could not be"
                        + " read. The file may be damaged or in a format this browser cannot open; try a JPEG, PNG"
                        + " or WebP."));
            });
            return bitmap;
        } else if (JsValues.isImageBitmap(image)) {
            ImageBitmap source = (ImageBitmap) image;
            if (source.getWidth() == 0 || source.getHeight() == 0) {
                return rejected(caller + ": the ImageBitmap is empty or closed.");
            }
            bitmap = Images.bitmapOf(image);
        } else if (JsValues.isImageElement(image)) {
            if (!Images.isLoaded(image)) {
                return rejected(caller + ": the HTMLImageElement has not finished loading (wait for its load event).");
            }
            bitmap = Images.bitmapOf(image);
        } else if (JsValues.isCanvas(image)) {
            bitmap = Images.bitmapOf(image);
        } else {
            return rejected(caller + ": expected a Blob, File, ImageBitmap, HTMLImageElement or HTMLCanvasElement, got "
                    + JsValues.kindOf(image) + ".");
        }
        return bitmap.flatCatchError(error -> rejected(caller + ": the image could not be read. The file may be"
                + " damaged or in a format this browser cannot open; try a JPEG, PNG or WebP."));
    }

    /**
     * Finds faces in the photo at its own size: the models read only their crops of it, drawn
     * straight from it, so its size costs nothing. Never throws: a failure becomes a rejected
     * promise with a message for people.
     */
    public JSPromise<Detection> detect(ImageBitmap photo) {
        return detect(photo, options);
    }

    /** As {@link #detect(ImageBitmap)}, refined ({@code refine}) or on the reference's single pass. */
    public JSPromise<Detection> detect(ImageBitmap photo, boolean refine) {
        return detect(photo, new PipelineOptions()
                .setMinDetectionScore(options.minDetectionScore())
                .setRefinePasses(refine ? PipelineOptions.DEFAULT_REFINE_PASSES : 0)
                .setMirrorAverage(refine));
    }

    /**
     * The hands in {@code photo} (core.hands.HandDetector). The photo is staged at once (it may be
     * closed as soon as this returns) and the detector run in the hands worker (HandWorker), on
     * another core than the page's, so that a caller can find the photo's faces meanwhile; where
     * the worker cannot run, on the page. The detector is loaded on the first call; one that
     * cannot be loaded rejects this call and is tried again on the next.
     */
    public JSPromise<List<Hand>> hands(ImageBitmap photo) {
        return hands(photo, photo.getWidth(), photo.getHeight());
    }

    /** The hands in {@code source} (an ImageBitmap, a VideoFrame or a video element) of width × height. */
    public JSPromise<List<Hand>> hands(JSObject source, int width, int height) {
        return hands(source, width, height, Letterbox.square(width, height, 0));
    }

    /**
     * The hands in the upright {@code square} of {@code source} (width × height), the square
     * letterboxed into the detector's input: a camera frame's square about the face gives a hand
     * over it a third more of the detector's pixels than the whole frame would.
     */
    public JSPromise<List<Hand>> hands(JSObject source, int width, int height, RotatedRect square) {
        TfHandModel.Staged staged = TfHandModel.stage(models, source, width, height, square);
        if (!handWorkerTried) {
            handWorkerTried = true;
            handWorker = HandWorker.start(AppFiles.absoluteUrl("js/worker.js"));
        }
        if (handWorker == null || handWorker.problem() != null) {
            return handsOnPage(staged);
        }
        TfHandModel.Staged kept = staged.copy();
        return handWorker.detect(staged).then(found -> {
            keepHandModelOffline();
            return found;
        }).flatCatchError(failure -> handWorker.problem() != null ? handsOnPage(kept)
                : JSPromise.<List<Hand>>reject(failure));
    }

    private JSPromise<List<Hand>> handsOnPage(TfHandModel.Staged staged) {
        if (handModel == null) {
            handModel = TfHandModel.load(AppFiles.absoluteUrl("models/handtrack.json"));
            handModel.then(loaded -> {
                keepHandModelOffline();
                return null;
            }, failure -> {
                handModel = null; // tried again on the next call
                return null;
            });
        }
        return handModel.flatThen(model -> model.detect(staged));
    }

    /** Once used, the hand detector is kept for offline use (the worker does not precache it at install). */
    private void keepHandModelOffline() {
        if (!handModelKept) {
            handModelKept = true;
            OfflineCache.keep("models/handtrack.json,models/handtrack.bin");
        }
    }

    /**
     * What is in front of {@code faces}' masks in {@code photo}: the hands in it (see {@link
     * #occluders(ImageBitmap, List, JSPromise)}). Resolves to null where nothing is in front of a face.
     */
    public JSPromise<Occlusion> occluders(ImageBitmap photo, List<Face> faces) {
        if (faces.isEmpty()) {
            return JSPromise.resolve(null);
        }
        return occluders(photo, faces, hands(photo));
    }

    /**
     * What is in front of {@code faces}' masks in {@code photo}, {@code hands} its hands (being
     * found, in the hands worker, while the hair is matted here):
     * <ul>
     * <li>the hair, or anything else on the person that is not skin, beside each face at the
     * height of its ears (core.hair.HairMatte), from the person segmentation of a square twice the
     * face's size around it (the segmentation loaded on the first call);</li>
     * <li>each hand whose box overlaps a face's (grown by half its size, where a mask and its loops
     * reach), matted (core.hands.HandMatte) in its box grown by three quarters each side (a finger
     * may reach past the box).</li>
     * </ul>
     * The mattes share one rectangle; null where nothing is in front.
     */
    public JSPromise<Occlusion> occluders(ImageBitmap photo, List<Face> faces, JSPromise<List<Hand>> hands) {
        // Heard now, so that a failure found while the hair is matted is not taken for an unheard one.
        hands.then(found -> null, failure -> null);
        if (faces.isEmpty()) {
            return JSPromise.resolve(null);
        }
        return personModel().flatThen(segmentation -> {
            List<int[]> hairRects = new ArrayList<>();
            List<byte[]> hairMattes = new ArrayList<>();
            hairMattes(segmentation, photo, faces, hairRects, hairMattes);
            return hands.then(found -> {
                List<int[]> rects = new ArrayList<>();
                List<byte[]> mattes = new ArrayList<>();
                List<float[]> boxes = new ArrayList<>();
                for (Face face : faces) {
                    boxes.add(new float[] {face.x, face.y, face.width, face.height});
                }
                HandMattes.add(photo, photo.getWidth(), photo.getHeight(), boxes, found, rects, mattes);
                int handCount = rects.size();
                rects.addAll(hairRects);
                mattes.addAll(hairMattes);
                return Occlusion.union(rects, mattes, handCount, photo.getWidth(), photo.getHeight());
            });
        });
    }

    /**
     * Each face's hair in {@code photo} (core.hair.HairMatte.head), from the person segmentation of
     * a square {@link HairMatte#HEAD_SQUARE_SCALE} times the face's size about it, raised (the segmentation loaded on the first call), for
     * recolouring ({@link HeadHair#paint}).
     */
    public JSPromise<List<HeadHair>> hair(ImageBitmap photo, List<Face> faces) {
        if (faces.isEmpty()) {
            return JSPromise.resolve(new ArrayList<>());
        }
        return personModel().then(segmentation -> {
            List<HeadHair> heads = new ArrayList<>();
            int width = photo.getWidth();
            int height = photo.getHeight();
            for (int f = 0; f < faces.size(); f++) {
                Face face = faces.get(f);
                // The whole head: a larger square than the ears' band needs, raised (the hair is above).
                float side = HairMatte.HEAD_SQUARE_SCALE * Math.max(face.width, face.height);
                float left = face.x + face.width / 2 - side / 2;
                float top = face.y + face.height / 2 - HairMatte.HEAD_SQUARE_RAISE * face.height - side / 2;
                int x0 = Math.max(0, (int) Math.floor(left));
                int y0 = Math.max(0, (int) Math.floor(top));
                int rw = Math.min(width, (int) Math.ceil(left + side)) - x0;
                int rh = Math.min(height, (int) Math.ceil(top + side)) - y0;
                if (rw <= 2 || rh <= 2) {
                    continue;
                }
                float[] person = segmentation.segment(models, photo, width, height,
                        new RotatedRect(left + side / 2, top + side / 2, side, side, 0));
                float[] local = face.landmarks.clone();
                for (int i = 0; i < local.length; i += 3) {
                    local[i] -= x0;
                    local[i + 1] -= y0;
                }
                byte[] rgba = Images.region(photo, x0, y0, rw, rh).copyToJavaArray();
                byte[] alpha = HairMatte.head(rgba, rw, rh, person, HairMatte.SEGMENTATION_SIZE, left - x0, top - y0,
                        side, local);
                float luma = HairShade.meanLuma(rgba, alpha);
                heads.add(new HeadHair(f, new int[] {x0, y0, rw, rh}, alpha, luma, HairShade.meanColour(rgba, alpha),
                        luma < 0 ? null : HairFill.fill(rgba, rw, rh, alpha)));
            }
            return heads;
        });
    }

    private JSPromise<TfPersonModel> personModel() {
        if (personModel == null) {
            personModel = TfPersonModel.load(AppFiles.absoluteUrl(HairMatte.SEGMENTATION_MODEL));
            personModel.then(loaded -> {
                // Kept for offline use from now on (the worker does not precache it at install).
                OfflineCache.keep("models/selfie.json,models/selfie.bin");
                return null;
            }, failure -> {
                personModel = null; // tried again on the next call
                return null;
            });
        }
        return personModel;
    }

    private void hairMattes(TfPersonModel segmentation, ImageBitmap photo, List<Face> faces, List<int[]> rects,
            List<byte[]> mattes) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        for (Face face : faces) {
            float side = HairMatte.SQUARE_SCALE * Math.max(face.width, face.height);
            float left = face.x + face.width / 2 - side / 2;
            float top = face.y + face.height / 2 - side / 2;
            int[] r = {
                Math.max(0, (int) Math.floor(left)),
                Math.max(0, (int) Math.floor(top)),
                Math.min(width, (int) Math.ceil(left + side)),
                Math.min(height, (int) Math.ceil(top + side))};
            int rw = r[2] - r[0];
            int rh = r[3] - r[1];
            if (rw <= 2 || rh <= 2) {
                continue;
            }
            float[] person = segmentation.segment(models, photo, width, height,
                    new RotatedRect(left + side / 2, top + side / 2, side, side, 0));
            float[] local = face.landmarks.clone();
            for (int i = 0; i < local.length; i += 3) {
                local[i] -= r[0];
                local[i + 1] -= r[1];
            }
            byte[] rgba = Images.region(photo, r[0], r[1], rw, rh).copyToJavaArray();
            rects.add(r);
            mattes.add(HairMatte.matte(rgba, rw, rh, person, HairMatte.SEGMENTATION_SIZE, left - r[0], top - r[1],
                    side, local));
        }
    }

    /**
     * The faces a caller gives by their landmarks, instead of detecting them: each scores 1 and
     * stands upright ({@code landmarks}: 468 × (x, y, z) a face, the photo's pixels).
     */
    public static Detection given(ImageBitmap photo, List<float[]> landmarks) {
        List<Face> faces = new ArrayList<>();
        for (float[] points : landmarks) {
            faces.add(new Face(1f, 1f, points, 0));
        }
        return new Detection(photo.getWidth(), photo.getHeight(), faces, 0);
    }

    private JSPromise<Detection> detect(ImageBitmap photo, PipelineOptions options) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        double start = Clock.now();
        return run(photo, width, height, 1f, width, height, start, options);
    }

    private JSPromise<Detection> run(ImageBitmap image, int w, int h, float toOriginal, int width, int height,
            double start, PipelineOptions options) {
        try {
            List<Face> faces = models.detect(image, w, h, toOriginal, options);
            return JSPromise.resolve(new Detection(width, height, faces, Clock.now() - start));
        } catch (Throwable failure) {
            return rejected("Face detection failed: " + Failures.message(failure));
        }
    }

    /** A photo ready to draw: at its own size, or the largest this device can draw (see {@link ResultSize}). */
    public static final class Drawable {
        public final ImageBitmap photo;
        public final List<Face> faces;
        private final String note;

        private Drawable(ImageBitmap photo, List<Face> faces, String note) {
            this.photo = photo;
            this.faces = faces;
            this.note = note;
        }

        /** The photo as it is, for when nothing will be drawn. */
        public Drawable(ImageBitmap photo, List<Face> faces) {
            this(photo, faces, null);
        }

        /** Says, for people, why the result is smaller than the photo; null when it is not. */
        public String reductionNote() {
            return note;
        }
    }

    /**
     * Makes {@code photo} drawable by {@code renderer}: itself when it fits, else a resampled copy
     * with the faces moved to match (the original is then closed). The caller owns the result's photo.
     */
    public static JSPromise<Drawable> drawable(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces) {
        int width = photo.getWidth();
        int height = photo.getHeight();
        if (renderer.isContextLost()) {
            // No limits can be read now; the photo is drawn once the context is back.
            return JSPromise.resolve(new Drawable(photo, faces));
        }
        int maxSide = renderer.maxSide();
        double memory = Clock.deviceMemory();
        ResultSize bySide = ResultSize.fit(width, height, maxSide, 0, memory);
        long maxPixels = renderer.maxPixels(bySide.width, bySide.height);
        ResultSize size = ResultSize.fit(width, height, maxSide, maxPixels, memory);
        if (!size.isReduced()) {
            return JSPromise.resolve(new Drawable(photo, faces));
        }
        return Images.resized(photo, size.width, size.height).then(small -> {
            photo.close();
            float sx = size.width / (float) width;
            float sy = size.height / (float) height;
            List<Face> moved = new ArrayList<>();
            for (Face face : faces) {
                moved.add(face.scaled(sx, sy));
            }
            return new Drawable(small, moved, reductionNote(size, width, height, maxSide, maxPixels));
        });
    }

    private static String reductionNote(ResultSize size, int width, int height, int maxSide, long maxPixels) {
        String why;
        switch (size.limit) {
            case GPU_SIDE:
                why = "this device's graphics draw at most " + maxSide + " pixels a side";
                break;
            case GPU_AREA:
                why = "this browser draws at most " + Math.round(maxPixels / 1e6) + " megapixels";
                break;
            default:
                why = "to stay within this device's memory";
        }
        return "The photo is " + width + "×" + height + "; " + why + ", so the result is " + size.width + "×"
                + size.height + ".";
    }

    /**
     * What to draw on one face: its mask (null = none), that mask's texture, the person's
     * adjustment, and a colour the mask is given (a batch's mix; -1: its own colours).
     */
    public static final class FaceStyle {
        public final MaskLibrary.Entry mask;
        public final ImageBitmap texture;
        public final FitAdjustment adjustment;
        /** 0xRRGGBB, or -1 for the mask's own colours. */
        public final int colour;

        public FaceStyle(MaskLibrary.Entry mask, ImageBitmap texture, FitAdjustment adjustment) {
            this(mask, texture, adjustment, -1);
        }

        private FaceStyle(MaskLibrary.Entry mask, ImageBitmap texture, FitAdjustment adjustment, int colour) {
            this.mask = mask;
            this.texture = texture;
            this.adjustment = adjustment;
            this.colour = colour;
        }

        /** This style with the mask recoloured to {@code rgb} (0xRRGGBB; -1: its own colours). */
        public FaceStyle withColour(int rgb) {
            return new FaceStyle(mask, texture, adjustment, rgb);
        }
    }

    /**
     * Each face's style: its mask ({@code masks}, null = none) with that mask's texture, each
     * distinct mask's metadata and texture loaded once, and its adjustment ({@code adjustments},
     * parallel). Rejects with the message of the first mask that cannot be loaded.
     */
    public static JSPromise<List<FaceStyle>> styles(List<MaskLibrary.Entry> masks, List<FitAdjustment> adjustments) {
        List<MaskLibrary.Entry> distinct = new ArrayList<>();
        for (MaskLibrary.Entry mask : masks) {
            if (mask != null && !distinct.contains(mask)) {
                distinct.add(mask);
            }
        }
        JSPromise<List<ImageBitmap>> textures = JSPromise.resolve(new ArrayList<>());
        for (MaskLibrary.Entry mask : distinct) {
            textures = textures.flatThen(loaded -> mask.texture().then(texture -> {
                loaded.add(texture);
                return loaded;
            }));
        }
        return textures.then(loaded -> {
            List<FaceStyle> styles = new ArrayList<>();
            for (int i = 0; i < masks.size(); i++) {
                MaskLibrary.Entry mask = masks.get(i);
                styles.add(new FaceStyle(mask, mask == null ? null : loaded.get(distinct.indexOf(mask)),
                        adjustments.get(i)));
            }
            return styles;
        });
    }

    /** Renders the photo with each face's own mask and adjustment ({@code styles} parallel to {@code faces}). */
    public void render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, List<FaceStyle> styles) {
        render(renderer, photo, faces, styles, true);
    }

    /** As {@link #render(MeshWarpRenderer, ImageBitmap, List, List)}; {@code draped}: see {@link #fit(MaskSpec, Face, FitAdjustment, boolean)}. */
    public void render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, List<FaceStyle> styles,
            boolean draped) {
        render(renderer, photo, faces, styles, draped, null);
    }

    /**
     * As {@link #render(MeshWarpRenderer, ImageBitmap, List, List, boolean)}, with what is in front
     * of the masks ({@link #occluders}; null: nothing) drawn back over them.
     */
    public void render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, List<FaceStyle> styles,
            boolean draped, Occlusion occluders) {
        render(renderer, photo, faces, styles, draped, occluders, null);
    }

    /** Most faces put into one template side by side ({@link InTemplate#EACH}): the picture stays under 4,320 px wide. */
    public static final int MAX_TEMPLATE_COPIES = 6;

    /** Faces put into a template: which template, which face, and whether blended (see TemplateScene). */
    public static final class InTemplate {
        /** Every face, each in its own copy of the template, side by side. */
        public static final int EACH = -1;
        public final TemplateLibrary.Loaded template;
        public final int face;
        public final boolean seamless;

        public InTemplate(TemplateLibrary.Loaded template, int face, boolean seamless) {
            this.template = template;
            this.face = face;
            this.seamless = seamless;
        }

        /** The faces that go in: all (up to MAX_TEMPLATE_COPIES) or the one chosen, when it exists. */
        List<Integer> chosen(int faceCount) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < faceCount && out.size() < MAX_TEMPLATE_COPIES; i++) {
                if (face == EACH || face == i) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    /**
     * As {@link #render(MeshWarpRenderer, ImageBitmap, List, List, boolean, Occlusion)}, with the
     * faces put into {@code template} first (null: none): the picture is then the template (one
     * copy a face, side by side), each face placed by core.template.TemplateFit, and its mask
     * fitted where the face was placed. What is in front of the masks in the photo is not drawn
     * (the photo is not shown). Returns the faces as drawn: in the template's pixels when there is
     * one, else {@code faces}.
     */
    public List<Face> render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, List<FaceStyle> styles,
            boolean draped, Occlusion occluders, InTemplate template) {
        return render(renderer, photo, faces, styles, draped, occluders, template, null);
    }

    /**
     * As {@link #render(MeshWarpRenderer, ImageBitmap, List, List, boolean, Occlusion, InTemplate)},
     * with the hair recoloured first ({@code hair}, from {@link #hair} and {@link HeadHair#paint};
     * null: as it is).
     */
    public List<Face> render(MeshWarpRenderer renderer, ImageBitmap photo, List<Face> faces, List<FaceStyle> styles,
            boolean draped, Occlusion occluders, InTemplate template, HairPaint hair) {
        renderer.setPhoto(photo);
        renderer.setHair(hair);
        List<Face> shown = faces;
        List<FaceStyle> shownStyles = styles;
        if (template != null) {
            TemplateSpec spec = template.template.spec;
            List<Integer> chosen = template.chosen(faces.size());
            TemplateScene scene = new TemplateScene(spec, template.template.background, template.template.front,
                    chosen.size(), 1, template.seamless);
            shown = new ArrayList<>();
            shownStyles = new ArrayList<>();
            for (int copy = 0; copy < chosen.size(); copy++) {
                Face face = faces.get(chosen.get(copy));
                float[] placed = new float[face.landmarks.length];
                templateFit.place(face.landmarks, spec.landmarks, copy * spec.width, placed);
                scene.face(face.landmarks, placed);
                shown.add(new Face(face.score, face.presence, placed, 0));
                shownStyles.add(styles.get(chosen.get(copy)));
            }
            renderer.setTemplate(scene);
            occluders = null;
        }
        renderer.setOccluders(occluders);
        List<MaskedFace> drawn = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            FaceStyle style = shownStyles.get(i);
            if (style.mask == null || style.texture == null || !style.adjustment.enabled) {
                continue;
            }
            Face face = shown.get(i);
            drawn.add(new MaskedFace(style.mask.spec(), style.mask.textureKey, style.texture, fit(style.mask.spec(), face, style.adjustment, draped),
                    face.landmarks, style.mask.spec().opacity * style.adjustment.opacity)
                    .recoloured(style.colour, style.colour < 0 ? 0 : MaskMix.COLOUR_STRENGTH));
        }
        renderer.draw(drawn);
        return shown;
    }

    /** The mask's vertices (x, y, z per vertex) on this face, in the photo's pixels. */
    public float[] fit(MaskSpec spec, Face face, FitAdjustment adjustment) {
        return fit(spec, face, adjustment, true);
    }

    /**
     * As {@link #fit(MaskSpec, Face, FitAdjustment)}; {@code draped} false leaves out the
     * {@link Drape} (the mask's stand-off), so that landmark vertices sit exactly on their
     * landmarks as docs/CONTRACTS.md's version 2 describes.
     */
    public float[] fit(MaskSpec spec, Face face, FitAdjustment adjustment, boolean draped) {
        float[] vertices = new float[spec.vertexCount() * 3];
        MaskFit.vertices(spec, layout, draped ? drape : null, face.landmarks, adjustment, vertices);
        return vertices;
    }

    public FaceLayout layout() {
        return layout;
    }

    static <T> JSPromise<T> rejected(String message) {
        return JSPromise.reject(JsErrors.error(message));
    }
}

package app.maskai.web.ui;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.fit.FitSensitivity;
import app.maskai.core.pipeline.Face;
import app.maskai.web.Failures;
import app.maskai.web.TryOnEngine;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.photo.ResultExport;
import app.maskai.web.render.MeshWarpRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * The page's state machine: loading → ready (no photo) → working → showing a result. One photo at
 * a time; choosing a mask re-renders without detecting again; Discard drops every reference to
 * the photo and its faces.
 */
public final class Page {
    @JSFunctor
    interface FileHandler extends JSObject {
        void onFile(File file);
    }

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLInputElement photoInput = (HTMLInputElement) document.getElementById("photo-input");
    private final HTMLElement dropZone = document.getElementById("drop-zone");
    private final HTMLElement gallery = document.getElementById("mask-gallery");
    private final HTMLCanvasElement result = (HTMLCanvasElement) document.getElementById("result");
    private final HTMLElement placeholder = document.getElementById("placeholder");
    private final HTMLButtonElement download = (HTMLButtonElement) document.getElementById("download");
    private final HTMLButtonElement discard = (HTMLButtonElement) document.getElementById("discard");
    private final HTMLElement status = document.getElementById("status");
    private final HTMLElement progress = document.getElementById("progress");
    private final HTMLElement retry = document.getElementById("retry");
    private final HTMLElement stage = document.getElementById("stage");

    private final HTMLElement faceMarks = document.getElementById("face-marks");
    /** Download, Share and Compare of the result (web.photo), in the image-quality setting. */
    private final ResultExport export = new ResultExport(this);
    private final FitPanel fitPanel;

    private TryOnEngine engine;
    private MeshWarpRenderer renderer;
    /** Makes {@link #renderer} on first need; null once it has (or before ready). */
    private Supplier<MeshWarpRenderer> makeRenderer;
    private String maskId;
    private ImageBitmap photo;
    private List<Face> faces;
    /** Why the shown result is smaller than the photo, or null. */
    private String reductionNote;
    /** The person's adjustment of each face, parallel to {@link #faces}. */
    private FitAdjustment[] adjustments = new FitAdjustment[0];
    private int selected;
    private String photoName = "photo";
    /** Counts photo loads, so a slow earlier load cannot overwrite a newer one. */
    private int generation;
    /** Results drawn on #result so far (its data-drawn). */
    private int draws;

    public Page() {
        download.setDisabled(true);
        discard.setDisabled(true);
        photoInput.setDisabled(true);
        photoInput.addEventListener("change", event -> {
            File file = firstFile(photoInput);
            if (file != null) {
                open(file);
            }
        });
        onDrop(dropZone, this::open);
        download.addEventListener("click", event -> download());
        discard.addEventListener("click", event -> discard());
        fitPanel = new FitPanel(new FitPanel.Listener() {
            @Override
            public void selectFace(int index) {
                select(index);
            }

            @Override
            public void adjust(FitAdjustment adjustment) {
                if (selected < adjustments.length) {
                    FitAdjustment before = adjustments[selected];
                    adjustments[selected] = adjustment;
                    boolean visibleChange = before.enabled != adjustment.enabled
                            || !java.util.Objects.equals(before.maskId, adjustment.maskId)
                            || adjustment.movesNothing() && !before.movesNothing();
                    showPanel();
                    if (visibleChange) {
                        announce();
                    }
                    rerender(visibleChange);
                }
            }
        });
        result.addEventListener("click", event -> {
            int hit = faceAt(offsetX(event), offsetY(event));
            if (hit >= 0) {
                select(hit);
                fitPanel.focusSelected();
            }
        });
        HTMLElement sensitivity = document.getElementById("sensitivity");
        sensitivity.addEventListener("change", event -> {
            if (engine != null) {
                engine.setSensitivity(FitSensitivity.valueOf(selectValue(sensitivity)));
                if (photo != null) {
                    redetect();
                }
            }
        });
    }

    public void loading(double fraction, String what) {
        int percent = (int) Math.round(fraction * 100);
        Browser.setNumber(progress, "value", percent);
        progress.setAttribute("aria-valuetext", what + " " + percent + "%");
        progress.setHidden(false);
        say(what + " " + percent + "%");
    }

    /** A start-up failure: a clear message and a way to try again. */
    public void failed(String message, Runnable onRetry) {
        progress.setHidden(true);
        say(message);
        status.getClassList().add("error");
        retry.setHidden(false);
        retry.addEventListener("click", event -> {
            retry.setHidden(true);
            status.getClassList().remove("error");
            onRetry.run();
        });
    }

    /**
     * The models and masks are in: the person may choose a photo. The result's renderer is made
     * by {@code makeRenderer} on first need (the warm-up asks for it just after this; its WebGL2
     * context alone costs ~40 ms on 2 cores), null where the browser has no WebGL2.
     */
    public void ready(TryOnEngine engine, Supplier<MeshWarpRenderer> makeRenderer) {
        this.engine = engine;
        this.makeRenderer = makeRenderer;
        progress.setHidden(true);
        buildGallery(engine.masks());
        photoInput.setDisabled(false);
        say("Ready. Choose a photo to try a mask on.");
    }

    /** A lasting remark for people after the ready message (e.g. a slower engine), not an error. */
    public void note(String text) {
        say(status.getInnerText() + " " + text);
    }

    /**
     * The library changed (a custom mask was added or removed): rebuilds the gallery, keeps the
     * current choice where it still exists, and redraws. {@code select} picks a mask (may be null).
     */
    public void masksChanged(String select) {
        if (engine == null) {
            return;
        }
        String keep = select != null ? select : maskId;
        buildGallery(engine.masks());
        if (keep != null && engine.masks().find(keep) != null) {
            maskId = keep;
            HTMLInputElement radio = (HTMLInputElement) document.getElementById("mask-" + keep);
            if (radio != null) {
                radio.setChecked(true);
            }
        }
        for (int i = 0; i < adjustments.length; i++) {
            if (adjustments[i].maskId != null && engine.masks().find(adjustments[i].maskId) == null) {
                adjustments[i] = adjustments[i].withMaskId(null);
            }
        }
        if (photo != null) {
            showPanel();
            rerender();
        }
    }

    public TryOnEngine engine() {
        return engine;
    }

    /** The result's renderer, made now if it was not yet; null where the browser has no WebGL2 (or before ready). */
    public MeshWarpRenderer renderer() {
        if (renderer == null && makeRenderer != null) {
            Supplier<MeshWarpRenderer> make = makeRenderer;
            makeRenderer = null;
            renderer = make.get();
            if (renderer == null) {
                sayError("This browser has no WebGL2: faces can be found, but masks cannot be drawn.");
            } else {
                renderer.onRestored(() -> {
                    if (photo != null && faces != null) {
                        rerender(false);
                        say("The graphics were reset by the browser; the result was drawn again.");
                    }
                });
            }
        }
        return renderer;
    }

    /** Whether a photo was chosen in this visit (the warm-up then leaves the result canvas alone). */
    public boolean photoChosen() {
        return generation > 0;
    }

    private void buildGallery(MaskLibrary masks) {
        gallery.setInnerHTML("");
        boolean first = true;
        for (MaskLibrary.Entry entry : masks.entries()) {
            HTMLElement label = document.createElement("label");
            label.setClassName("mask-option");
            HTMLInputElement radio = (HTMLInputElement) document.createElement("input");
            radio.setType("radio");
            radio.setName("mask");
            radio.setValue(entry.id);
            radio.setAttribute("id", "mask-" + entry.id);
            if (first) {
                radio.setChecked(true);
                maskId = entry.id;
                first = false;
            }
            radio.addEventListener("change", event -> {
                if (radio.isChecked()) {
                    maskId = entry.id;
                    if (photo != null) {
                        showPanel();
                        announce();
                        rerender();
                    }
                }
            });
            HTMLElement image = document.createElement("img");
            image.setAttribute("src", entry.thumbnailUrl);
            image.setAttribute("alt", "");
            image.setAttribute("width", "96");
            image.setAttribute("height", "96");
            HTMLElement name = document.createElement("span");
            name.setInnerText(entry.name);
            label.appendChild(radio);
            label.appendChild(image);
            label.appendChild(name);
            gallery.appendChild(label);
        }
    }

    private void open(File file) {
        if (engine == null) {
            say("Please wait: the face models are still loading.");
            return;
        }
        int current = ++generation;
        photoName = baseName(file.getName());
        busy(true);
        say("Reading " + file.getName() + "…");
        TryOnEngine.decode(file, "This photo").flatThen(bitmap -> {
            if (current != generation) {
                bitmap.close();
                return null;
            }
            return detectAndShow(bitmap, current);
        }).catchError(error -> {
            if (current == generation) {
                busy(false);
                sayError(Browser.messageOf((JSObject) error));
            }
            return null;
        });
    }

    /** A still from the camera (app.maskai.web.live): the photo path from face detection on. */
    public void openCapture(ImageBitmap bitmap, String name) {
        int current = ++generation;
        photoName = name;
        busy(true);
        detectAndShow(bitmap, current);
    }

    /** The gallery's mask id (the live view draws it too). */
    public String maskId() {
        return maskId;
    }

    private JSPromise<Object> detectAndShow(ImageBitmap bitmap, int current) {
        say("Finding faces…");
        return engine.detect(bitmap).flatThen(detection -> {
            if (current != generation) {
                bitmap.close();
                return JSPromise.resolve(null);
            }
            Diagnostics.detected(detection);
            if (renderer() == null) {
                return JSPromise.resolve(new TryOnEngine.Drawable(bitmap, detection.faces));
            }
            return TryOnEngine.drawable(renderer(), bitmap, detection.faces);
        }).then(drawable -> {
            if (drawable == null) {
                return null;
            }
            if (current != generation) {
                drawable.photo.close();
                return null;
            }
            dropPhoto();
            photo = drawable.photo;
            faces = drawable.faces;
            reductionNote = drawable.reductionNote();
            resetAdjustments();
            show();
            return null;
        }, error -> {
            bitmap.close();
            if (current == generation) {
                busy(false);
                sayError(Browser.messageOf((JSObject) error));
            }
            return null;
        });
    }

    /** Shows the result; the stage stays busy until it is drawn and said (rerender). */
    private void show() {
        if (renderer() == null) {
            busy(false);
            sayError("This browser has no WebGL2, so the mask cannot be drawn. Faces found: " + faces.size() + ".");
            return;
        }
        placeholder.setHidden(true);
        result.setHidden(false);
        discard.setDisabled(false);
        download.setDisabled(false);
        rerender();
        revealOnNarrowScreens(stage);
    }

    /**
     * Says what the result shows: how many faces, the photo's mask, and each face that differs
     * (its own mask, or none).
     */
    private void announce() {
        if (faces == null) {
            return;
        }
        if (faces.isEmpty()) {
            sayError("No face found in this photo. Try one where the face is clearly visible and not covered.");
            return;
        }
        MaskLibrary.Entry mask = engine.masks().find(maskId);
        StringBuilder text = new StringBuilder(faces.size() == 1 ? "Found 1 face" : "Found " + faces.size() + " faces")
                .append(". Mask: ").append(mask != null ? mask.name : "none").append('.');
        for (int i = 0; i < faces.size() && i < adjustments.length; i++) {
            String who = faces.size() == 1 ? "The face" : "Face " + (i + 1);
            if (!adjustments[i].enabled) {
                text.append(' ').append(who).append(": mask off.");
            } else if (adjustments[i].maskId != null && maskOf(i) != mask) {
                text.append(' ').append(who).append(": ").append(maskOf(i).name).append('.');
            }
        }
        if (reductionNote != null) {
            text.append(' ').append(reductionNote);
        }
        say(text.toString());
    }

    /** Draws the current photo, each face with its mask and adjustment, once the textures are at hand. */
    private void rerender() {
        rerender(true);
    }

    /** {@code speak}: announce the result when drawn (not while a slider moves). */
    private void rerender(boolean speak) {
        if (photo == null || renderer() == null) {
            return;
        }
        // Each face's mask is fixed now: the library may change (a custom mask replaced) while
        // textures load, and the render must use what it loaded.
        List<MaskLibrary.Entry> chosen = new ArrayList<>();
        List<MaskLibrary.Entry> needed = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            MaskLibrary.Entry mask = maskOf(i);
            chosen.add(mask);
            if (mask != null && !needed.contains(mask)) {
                needed.add(mask);
            }
        }
        int current = generation;
        loadTextures(needed, 0, new ArrayList<>(), textures -> {
            if (current != generation || photo == null) {
                return;
            }
            List<TryOnEngine.FaceStyle> styles = new ArrayList<>();
            if (faces.size() != chosen.size()) {
                busy(false);
                return;
            }
            for (int i = 0; i < faces.size(); i++) {
                MaskLibrary.Entry mask = chosen.get(i);
                ImageBitmap texture = mask == null ? null : textures.get(needed.indexOf(mask));
                styles.add(new TryOnEngine.FaceStyle(mask, texture, adjustments[i]));
            }
            try {
                engine.render(renderer, photo, faces, styles);
                // For measurements and tests: counts the results drawn (docs/CONTRACTS.md).
                result.setAttribute("data-drawn", String.valueOf(++draws));
                markSelected();
                if (speak) {
                    announce();
                }
            } catch (Throwable failure) {
                sayError("The result could not be drawn: " + Failures.message(failure));
            }
            busy(false);
        });
    }

    private void loadTextures(List<MaskLibrary.Entry> masks, int index, List<ImageBitmap> loaded,
            java.util.function.Consumer<List<ImageBitmap>> done) {
        if (index == masks.size()) {
            done.accept(loaded);
            return;
        }
        masks.get(index).texture().then(texture -> {
            loaded.add(texture);
            loadTextures(masks, index + 1, loaded, done);
            return null;
        }, error -> {
            busy(false);
            sayError(Browser.messageOf((JSObject) error));
            return null;
        });
    }

    /** The mask on face {@code index}: its own choice, else the photo's. */
    private MaskLibrary.Entry maskOf(int index) {
        String id = adjustments[index].maskId;
        MaskLibrary.Entry own = id == null ? null : engine.masks().find(id);
        return own != null ? own : engine.masks().find(maskId);
    }

    private void resetAdjustments() {
        adjustments = new FitAdjustment[faces.size()];
        java.util.Arrays.fill(adjustments, FitAdjustment.NONE);
        selected = 0;
        showPanel();
    }

    private void select(int index) {
        if (faces == null || index < 0 || index >= faces.size()) {
            return;
        }
        selected = index;
        showPanel();
        markSelected();
        say("Face " + (index + 1) + " of " + faces.size() + " selected.");
    }

    private void showPanel() {
        if (faces == null || faces.isEmpty()) {
            fitPanel.hide();
            return;
        }
        boolean[] on = new boolean[faces.size()];
        for (int i = 0; i < on.length; i++) {
            on[i] = adjustments[i].enabled;
        }
        MaskLibrary.Entry photoMask = engine.masks().find(maskId);
        fitPanel.show(faces.size(), selected, adjustments[selected], on, engine.masks(),
                photoMask != null ? photoMask.name : "none");
    }

    /** A dashed box around the selected face, when there is more than one to choose from. */
    private void markSelected() {
        faceMarks.setInnerHTML("");
        if (faces == null || faces.size() < 2 || photo == null) {
            return;
        }
        Face face = faces.get(selected);
        placeMark(result, faceMarks, face.x / photo.getWidth(), face.y / photo.getHeight(),
                face.width / photo.getWidth(), face.height / photo.getHeight());
    }

    /** Index of the face whose box holds the point (canvas CSS pixels), or -1. */
    private int faceAt(double cssX, double cssY) {
        if (faces == null || photo == null) {
            return -1;
        }
        double scale = photo.getWidth() / Math.max(1.0, cssWidth(result));
        double x = cssX * scale;
        double y = cssY * scale;
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            double margin = face.width * 0.15;
            if (x >= face.x - margin && x <= face.x + face.width + margin && y >= face.y - margin
                    && y <= face.y + face.height + margin && face.width * face.height < bestArea) {
                best = i;
                bestArea = face.width * face.height;
            }
        }
        return best;
    }

    private void redetect() {
        ImageBitmap current = photo;
        int at = ++generation;
        busy(true);
        say("Finding faces again…");
        engine.detect(current).then(detection -> {
            if (at == generation && photo == current) {
                faces = detection.faces;
                resetAdjustments();
                Diagnostics.detected(detection);
                show();
            }
            return null;
        }, error -> {
            busy(false);
            sayError(Browser.messageOf((JSObject) error));
            return null;
        });
    }

    private void download() {
        if (photo == null) {
            return;
        }
        export.download();
    }

    public ResultExport export() {
        return export;
    }

    /** The photo on show (for the before/after comparison), or null. */
    public ImageBitmap photo() {
        return photo;
    }

    /** The result's file name without extension, or null when there is no result. */
    public String resultName() {
        return photo == null ? null : photoName + "-maskai-" + maskId;
    }

    private void discard() {
        generation++;
        busy(false); // whatever was still being read, found or drawn is dropped with it
        dropPhoto();
        photoInput.setValue("");
        result.setWidth(0);
        result.setHeight(0);
        result.setHidden(true);
        placeholder.setHidden(false);
        download.setDisabled(true);
        discard.setDisabled(true);
        fitPanel.hide();
        faceMarks.setInnerHTML("");
        say("Photo discarded. Nothing of it is kept.");
        photoInput.focus();
    }

    private void dropPhoto() {
        if (photo != null) {
            photo.close();
        }
        photo = null;
        faces = null;
        adjustments = new FitAdjustment[0];
    }

    private void busy(boolean on) {
        if (on) {
            stage.getClassList().add("busy");
            stage.setAttribute("aria-busy", "true");
        } else {
            stage.getClassList().remove("busy");
            stage.removeAttribute("aria-busy");
        }
    }

    private void say(String message) {
        status.getClassList().remove("error");
        status.setInnerText(message);
    }

    private void sayError(String message) {
        status.setInnerText(message);
        status.getClassList().add("error");
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < 60; i++) {
            char c = name.charAt(i);
            safe.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        }
        return safe.length() == 0 ? "photo" : safe.toString();
    }

    @JSBody(params = "select", script = "return select.value;")
    private static native String selectValue(HTMLElement select);

    /**
     * On a phone the result sits below the photo and mask controls: bring it into view once a
     * photo is shown (one column below 800 px, as css/app.css lays it out).
     */
    @JSBody(params = "stageElement", script = "if (window.matchMedia('(max-width: 800px)').matches"
            + " && stageElement.scrollIntoView) { stageElement.scrollIntoView({block: 'start',"
            + " behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'}); }")
    private static native void revealOnNarrowScreens(HTMLElement stageElement);

    @JSBody(params = "event", script = "return event.offsetX;")
    private static native double offsetX(org.teavm.jso.dom.events.Event event);

    @JSBody(params = "event", script = "return event.offsetY;")
    private static native double offsetY(org.teavm.jso.dom.events.Event event);

    @JSBody(params = "element", script = "return element.getBoundingClientRect().width;")
    private static native double cssWidth(HTMLElement element);

    /** Places one mark over the canvas at a box given in fractions of the photo. */
    @JSBody(params = {"canvas", "marks", "x", "y", "w", "h"}, script = "marks.style.left = canvas.offsetLeft + 'px';"
            + " marks.style.top = canvas.offsetTop + 'px'; marks.style.width = canvas.offsetWidth + 'px';"
            + " marks.style.height = canvas.offsetHeight + 'px'; var m = document.createElement('div'); m.className = 'mark';"
            + " m.style.left = (x * 100) + '%'; m.style.top = (y * 100) + '%'; m.style.width = (w * 100) + '%';"
            + " m.style.height = (h * 100) + '%'; marks.appendChild(m);")
    private static native void placeMark(HTMLElement canvas, HTMLElement marks, double x, double y, double w, double h);

    @JSBody(params = "input", script = "return input.files && input.files.length ? input.files[0] : null;")
    private static native File firstFile(HTMLInputElement input);

    @JSBody(params = {"zone", "handler"}, script = "function stop(e) { e.preventDefault(); e.stopPropagation(); }"
            + " ['dragenter', 'dragover'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.add('dragging'); }); });"
            + " ['dragleave', 'dragend'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.remove('dragging'); }); });"
            + " zone.addEventListener('drop', function (e) { stop(e); zone.classList.remove('dragging');"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (f) handler(f); });"
            + " window.addEventListener('dragover', function (e) { e.preventDefault(); });"
            + " window.addEventListener('drop', function (e) { e.preventDefault();"
            + " var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0]; if (f) handler(f); });")
    private static native void onDrop(HTMLElement zone, FileHandler handler);
}

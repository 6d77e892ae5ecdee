package app.maskai.web.ui;

import app.maskai.core.pipeline.Face;
import app.maskai.web.Failures;
import app.maskai.web.TryOnEngine;
import app.maskai.web.dom.Browser;
import app.maskai.web.dom.ImageBitmap;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
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

    private TryOnEngine engine;
    private MeshWarpRenderer renderer;
    private String maskId;
    private ImageBitmap photo;
    private List<Face> faces;
    private String photoName = "photo";
    /** Counts photo loads, so a slow earlier load cannot overwrite a newer one. */
    private int generation;

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
    }

    public void loading(double fraction, String what) {
        int percent = (int) Math.round(fraction * 100);
        Browser.setNumber(progress, "value", percent);
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

    public void ready(TryOnEngine engine, MeshWarpRenderer renderer, String rendererProblem) {
        this.engine = engine;
        this.renderer = renderer;
        progress.setHidden(true);
        buildGallery(engine.masks());
        photoInput.setDisabled(false);
        say(rendererProblem != null ? rendererProblem : "Ready. Choose a photo to try a mask on.");
        if (rendererProblem != null) {
            status.getClassList().add("error");
        }
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
            radio.setValue(entry.spec.id);
            radio.setAttribute("id", "mask-" + entry.spec.id);
            if (first) {
                radio.setChecked(true);
                maskId = entry.spec.id;
                first = false;
            }
            radio.addEventListener("change", event -> {
                if (radio.isChecked()) {
                    maskId = entry.spec.id;
                    if (photo != null) {
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
            name.setInnerText(entry.spec.name);
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
            say("Finding faces…");
            return engine.detect(bitmap).then(detection -> {
                if (current != generation) {
                    bitmap.close();
                    return null;
                }
                dropPhoto();
                photo = bitmap;
                faces = detection.faces;
                Diagnostics.detected(detection);
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
        }).catchError(error -> {
            if (current == generation) {
                busy(false);
                sayError(Browser.messageOf((JSObject) error));
            }
            return null;
        });
    }

    private void show() {
        busy(false);
        if (renderer == null) {
            sayError("This browser has no WebGL2, so the mask cannot be drawn. Faces found: " + faces.size() + ".");
            return;
        }
        if (Math.max(photo.getWidth(), photo.getHeight()) > renderer.maxSide()) {
            sayError("This photo (" + photo.getWidth() + "×" + photo.getHeight() + ") is larger than this device's GPU can"
                    + " draw (" + renderer.maxSide() + " px a side). Try a smaller copy.");
            return;
        }
        placeholder.setHidden(true);
        result.setHidden(false);
        discard.setDisabled(false);
        download.setDisabled(false);
        rerender();
    }

    /** Says what the result shows: how many faces, and which mask is on them. */
    private void announce() {
        if (faces.isEmpty()) {
            sayError("No face found in this photo. Try one where the face is clearly visible and not covered.");
        } else {
            MaskLibrary.Entry mask = engine.masks().find(maskId);
            say((faces.size() == 1 ? "Found 1 face" : "Found " + faces.size() + " faces") + ". Mask: "
                    + (mask != null ? mask.spec.name : "none") + ".");
        }
    }

    /** Draws the current photo with the chosen mask, once its texture is at hand. */
    private void rerender() {
        if (photo == null || renderer == null) {
            return;
        }
        MaskLibrary.Entry mask = engine.masks().find(maskId);
        int current = generation;
        mask.texture().then(texture -> {
            if (current != generation || photo == null || mask != engine.masks().find(maskId)) {
                return null;
            }
            try {
                engine.render(renderer, photo, faces, mask, texture);
                announce();
            } catch (Throwable failure) {
                sayError("The result could not be drawn: " + Failures.message(failure));
            }
            return null;
        }, error -> {
            sayError(Browser.messageOf((JSObject) error));
            return null;
        });
    }

    private void download() {
        if (photo == null) {
            return;
        }
        String name = photoName + "-maskai-" + maskId + ".png";
        Browser.toPng(result).then(blob -> {
            saveBlob(blob, name);
            say("Saved " + name + ".");
            return null;
        }, error -> {
            sayError(Browser.messageOf((JSObject) error));
            return null;
        });
    }

    private void discard() {
        generation++;
        dropPhoto();
        photoInput.setValue("");
        result.setWidth(0);
        result.setHeight(0);
        result.setHidden(true);
        placeholder.setHidden(false);
        download.setDisabled(true);
        discard.setDisabled(true);
        say("Photo discarded. Nothing of it is kept.");
        photoInput.focus();
    }

    private void dropPhoto() {
        if (photo != null) {
            photo.close();
        }
        photo = null;
        faces = null;
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

    /** Saves through a temporary object URL, revoked as soon as the download has started. */
    @JSBody(params = {"blob", "name"}, script = "var url = URL.createObjectURL(blob); var a = document.createElement('a');"
            + " a.href = url; a.download = name; a.rel = 'noopener'; document.body.appendChild(a); a.click(); a.remove();"
            + " setTimeout(function () { URL.revokeObjectURL(url); }, 1000);")
    private static native void saveBlob(JSObject blob, String name);
}

package app.maskai.web.batch;

import app.maskai.core.batch.BatchLabels;
import app.maskai.core.batch.BatchProgress;
import app.maskai.core.batch.MaskMix;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.web.dom.BlobFiles;
import app.maskai.web.dom.JsValues;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.render.MeshWarpRenderer;
import app.maskai.web.tryon.TryOnEngine;
import app.maskai.web.ui.Page;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.File;

/**
 * The #batch section, "Many photos at once" (issue 14 §1): photos chosen (several, a folder, or
 * dropped, folders and all), the masks ticked, colour and size varied or not, a seed; then the
 * batch runs (BatchRun) with this photo's and the whole batch's progress, the time left, and
 * Cancel; the results come as a grid, each with Open (the photo in the usual adjust panel, each
 * face with the mask and size it got) and Download, and the ZIP with everything.
 *
 * <p>The status line (#batch-status, aria-live) says each photo as it starts, and the outcome;
 * the stages within a photo move the bar only, so that a screen reader is not flooded.
 */
public final class BatchSection {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLInputElement input = (HTMLInputElement) document.getElementById("batch-input");
    private final HTMLInputElement folder = (HTMLInputElement) document.getElementById("batch-folder");
    private final HTMLElement drop = document.getElementById("batch-drop");
    private final HTMLElement chosenText = document.getElementById("batch-chosen");
    private final HTMLElement maskList = document.getElementById("batch-mask-list");
    private final HTMLInputElement varyColour = (HTMLInputElement) document.getElementById("batch-vary-colour");
    private final HTMLInputElement varySize = (HTMLInputElement) document.getElementById("batch-vary-size");
    private final HTMLInputElement labels = (HTMLInputElement) document.getElementById("batch-labels");
    private final HTMLInputElement seed = (HTMLInputElement) document.getElementById("batch-seed");
    private final HTMLButtonElement start = (HTMLButtonElement) document.getElementById("batch-start");
    private final HTMLButtonElement cancel = (HTMLButtonElement) document.getElementById("batch-cancel");
    private final HTMLElement progressBox = document.getElementById("batch-progress-box");
    private final HTMLElement photoLabel = document.getElementById("batch-photo-label");
    private final HTMLElement photoProgress = document.getElementById("batch-photo-progress");
    private final HTMLElement overallLabel = document.getElementById("batch-overall-label");
    private final HTMLElement overallProgress = document.getElementById("batch-progress");
    private final HTMLElement status = document.getElementById("batch-status");
    private final HTMLElement resultsBox = document.getElementById("batch-results");
    private final HTMLButtonElement download = (HTMLButtonElement) document.getElementById("batch-download");
    private final HTMLButtonElement discard = (HTMLButtonElement) document.getElementById("batch-discard");
    private final HTMLElement grid = document.getElementById("batch-grid");
    private final Page page;
    private final java.util.function.Supplier<MeshWarpRenderer> renderer;
    private List<JSObject> chosen = new ArrayList<>();
    private BatchRun run;

    @JSFunctor
    interface FilesHandler extends JSObject {
        void onFiles(JSArray<JSObject> files, int skipped);
    }

    /** {@code renderer}: the batch's own renderer (not the result's), made on first need; null without WebGL2. */
    public BatchSection(Page page, java.util.function.Supplier<MeshWarpRenderer> renderer) {
        this.page = page;
        this.renderer = renderer;
        seed.setValue(Long.toString(BatchSeed.random()));
        input.addEventListener("change", event -> choose(images(input, false)));
        folder.addEventListener("change", event -> choose(images(folder, true)));
        onDrop(drop, (files, skipped) -> {
            if (!isRunning()) {
                choose(new Chosen(files, skipped));
            }
        });
        if (!folderPicker()) {
            folder.setHidden(true);
            document.getElementById("batch-folder-label").setHidden(true);
        }
        start.addEventListener("click", event -> start());
        cancel.addEventListener("click", event -> {
            if (run != null) {
                run.cancel();
                cancel.setDisabled(true);
                say("Cancelling after this photo…");
            }
        });
        download.addEventListener("click", event -> {
            if (run != null && run.zip() != null) {
                BlobFiles.download(run.zip(), run.zipName());
                say("Saved " + run.zipName() + " to your downloads.");
            }
        });
        discard.addEventListener("click", event -> discardResults());
    }

    /** The app is ready: the masks can be ticked and photos chosen. */
    public void ready() {
        input.setDisabled(false);
        folder.setDisabled(false);
        masksChanged();
        updateStart();
    }

    /** The mask library changed: the list of masks to tick is made again, the ticks kept where they can be. */
    public void masksChanged() {
        TryOnEngine engine = page.engine();
        if (engine == null) {
            return;
        }
        List<String> ticked = tickedMasks();
        if (ticked.isEmpty() && page.maskId() != null) {
            ticked.add(page.maskId());
        }
        maskList.setInnerHTML("");
        for (MaskLibrary.Entry entry : engine.masks().entries()) {
            HTMLElement label = document.createElement("label");
            HTMLInputElement box = (HTMLInputElement) document.createElement("input");
            box.setType("checkbox");
            box.setValue(entry.id);
            box.setAttribute("name", "batch-mask");
            box.setChecked(ticked.contains(entry.id));
            box.addEventListener("change", event -> updateStart());
            label.appendChild(box);
            if (entry.thumbnailUrl != null) {
                HTMLElement image = document.createElement("img");
                image.setAttribute("src", entry.thumbnailUrl);
                image.setAttribute("alt", "");
                label.appendChild(image);
            }
            label.appendChild(document.createTextNode(entry.name));
            maskList.appendChild(label);
        }
        updateStart();
    }

    private List<String> tickedMasks() {
        List<String> ids = new ArrayList<>();
        JSArray<JSObject> boxes = ticked(maskList);
        for (int i = 0; i < boxes.getLength(); i++) {
            ids.add(JsValues.string(JsValues.get(boxes.get(i), "value")));
        }
        return ids;
    }

    private boolean isRunning() {
        return run != null && !run.isOver();
    }

    /** Files chosen, and how many of a folder's files were left out as not photos. */
    private static final class Chosen {
        final JSArray<JSObject> files;
        final int skipped;

        Chosen(JSArray<JSObject> files, int skipped) {
            this.files = files;
            this.skipped = skipped;
        }
    }

    private Chosen images(HTMLInputElement from, boolean onlyImages) {
        JSArray<JSObject> all = filesOf(from);
        JSArray<JSObject> kept = JSArray.create();
        int skipped = 0;
        for (int i = 0; i < all.getLength(); i++) {
            JSObject file = all.get(i);
            if (!onlyImages || isImage(file)) {
                kept.push(file);
            } else {
                skipped++;
            }
        }
        // The same files may be chosen again, and must fire "change" again.
        from.setValue("");
        return new Chosen(kept, skipped);
    }

    private void choose(Chosen picked) {
        chosen = new ArrayList<>();
        for (int i = 0; i < picked.files.getLength(); i++) {
            chosen.add(picked.files.get(i));
        }
        String text;
        if (chosen.isEmpty()) {
            text = picked.skipped > 0 ? "None of the " + picked.skipped + " files is a photo (JPEG, PNG, WebP, GIF, BMP"
                    + " or AVIF). Choose photos or a folder of them." : "No photos chosen yet. You can also drop photos"
                    + " or a folder here.";
        } else {
            text = chosen.size() + (chosen.size() == 1 ? " photo" : " photos") + " chosen";
            if (picked.skipped > 0) {
                text += " (" + picked.skipped + (picked.skipped == 1 ? " file that is" : " files that are")
                        + " not a photo left out)";
            }
            text += ".";
        }
        chosenText.setInnerText(text);
        updateStart();
        if (!chosen.isEmpty()) {
            say(text + " Tick the masks to use, then press \u201cMask these photos\u201d.");
        }
    }

    private void updateStart() {
        boolean ready = page.engine() != null && !chosen.isEmpty() && !tickedMasks().isEmpty() && !isRunning();
        start.setDisabled(!ready);
        start.setInnerText(chosen.isEmpty() ? "Mask these photos" : "Mask " + chosen.size()
                + (chosen.size() == 1 ? " photo" : " photos"));
    }

    private void start() {
        TryOnEngine engine = page.engine();
        List<String> masks = tickedMasks();
        if (engine == null || chosen.isEmpty() || masks.isEmpty() || isRunning()) {
            return;
        }
        long seedValue;
        try {
            seedValue = Long.parseLong(seed.getValue().trim());
        } catch (NumberFormatException notOne) {
            sayError("The seed must be a whole number, such as 12345.");
            seed.focus();
            return;
        }
        MeshWarpRenderer target = renderer.get();
        if (target == null) {
            sayError("This browser has no WebGL2, so the masks cannot be drawn.");
            return;
        }
        discardResults();
        MaskMix mix = new MaskMix(masks, varyColour.isChecked(), varySize.isChecked(), seedValue);
        int total = chosen.size();
        run = new BatchRun(engine, target, chosen, mix, page.export().quality(), labels.isChecked(), true,
                engine.minDetectionScore(), new BatchRun.Listener() {
                    @Override
                    public void stage(int index, String name, String stage, double fraction) {
                        if (fraction <= 0.05) {
                            say(photoText(index, total, name, run == null ? null : run.progress()));
                        }
                        photoLabel.setInnerText(name + ": " + stage.toLowerCase());
                        JsValues.setNumber(photoProgress, "value", Math.round(fraction * 100));
                    }

                    @Override
                    public void photoDone(BatchRun.Result result, BatchProgress progress) {
                        JsValues.setNumber(overallProgress, "value", Math.round(progress.fraction() * 100));
                        String left = progress.timeLeftText();
                        overallLabel.setInnerText(progress.done() + " of " + progress.total() + " done"
                                + (left.isEmpty() ? "" : " · " + left));
                        overallProgress.setAttribute("aria-valuetext", overallLabel.getInnerText());
                        addToGrid(result);
                    }

                    @Override
                    public void finished(BatchRun done) {
                        showFinished(done);
                    }
                });
        start.setDisabled(true);
        input.setDisabled(true);
        folder.setDisabled(true);
        cancel.setHidden(false);
        cancel.setDisabled(false);
        progressBox.setHidden(false);
        JsValues.setNumber(overallProgress, "value", 0);
        overallLabel.setInnerText("0 of " + total + " done");
        resultsBox.setHidden(false);
        download.setDisabled(true);
        BatchRun started = run;
        started.start().catchError(failure -> {
            sayError("The batch could not start: " + app.maskai.web.dom.JsErrors.messageOf((JSObject) failure));
            endControls();
            return null;
        });
    }

    private void showFinished(BatchRun done) {
        endControls();
        progressBox.setHidden(true);
        int masked = 0;
        int noFace = 0;
        int failed = 0;
        for (BatchRun.Result result : done.results()) {
            switch (result.label.status) {
                case "masked":
                    masked++;
                    break;
                case "no-face":
                    noFace++;
                    break;
                default:
                    failed++;
            }
        }
        StringBuilder text = new StringBuilder(done.isCancelled() && done.results().size() < chosen.size()
                ? "Cancelled after " + done.results().size() + " of " + chosen.size() + " photos: " : "Done: ");
        text.append(masked).append(" masked");
        if (noFace > 0) {
            text.append(", ").append(noFace).append(" without a face");
        }
        if (failed > 0) {
            text.append(", ").append(failed).append(" could not be read or masked");
        }
        text.append(" in ").append(seconds(done.milliseconds())).append(".");
        if (done.problem() != null) {
            text.append(" ").append(done.problem());
        }
        if (masked > 0) {
            text.append(" Download the ZIP, or each photo below.");
            download.setDisabled(false);
            download.setInnerText("Download ZIP (" + megabytes(done.zip()) + ")");
        } else {
            download.setDisabled(true);
        }
        say(text.toString());
    }

    private void endControls() {
        cancel.setHidden(true);
        input.setDisabled(false);
        folder.setDisabled(false);
        updateStart();
    }

    private void addToGrid(BatchRun.Result result) {
        HTMLElement item = document.createElement("li");
        item.setClassName("batch-item " + result.label.status);
        BatchLabels.Photo label = result.label;
        if (result.thumbnailUrl != null) {
            HTMLElement image = document.createElement("img");
            image.setAttribute("src", result.thumbnailUrl);
            image.setAttribute("alt", result.source + " with " + faces(label.faces.size()) + " masked");
            item.appendChild(image);
        }
        HTMLElement name = document.createElement("p");
        name.setClassName("name");
        name.setInnerText(result.source);
        item.appendChild(name);
        HTMLElement detail = document.createElement("p");
        detail.setClassName("detail");
        detail.setInnerText(label.reason != null ? label.reason : faces(label.faces.size()) + ": " + masksOf(label));
        item.appendChild(detail);
        HTMLElement actions = document.createElement("div");
        actions.setClassName("actions");
        if (result.image != null) {
            HTMLButtonElement open = button("Open", "Open " + result.source + " to adjust the masks");
            open.addEventListener("click", event -> openInEditor(result));
            actions.appendChild(open);
            HTMLButtonElement save = button("Download", "Download " + label.file);
            save.addEventListener("click", event -> {
                BlobFiles.download(result.image, label.file);
                say("Saved " + label.file + " to your downloads.");
            });
            actions.appendChild(save);
        }
        item.appendChild(actions);
        grid.appendChild(item);
    }

    /** The photo in the usual photo flow, each face with the mask and size it got here. */
    private void openInEditor(BatchRun.Result result) {
        List<FitAdjustment> adjustments = new ArrayList<>();
        for (BatchLabels.FaceLabel face : result.label.faces) {
            adjustments.add(FitAdjustment.NONE.withScale(face.mask.scale).withMaskId(face.mask.maskId));
        }
        page.openAdjusted((File) result.file, adjustments);
        say("Opened " + result.source + " above, in the result, to adjust.");
        scrollToResult();
    }

    private HTMLButtonElement button(String text, String label) {
        HTMLButtonElement button = (HTMLButtonElement) document.createElement("button");
        button.setType("button");
        button.setClassName("button");
        button.setInnerText(text);
        button.setAttribute("aria-label", label);
        return button;
    }

    private void discardResults() {
        if (run != null) {
            run.discard();
            run = null;
        }
        grid.setInnerHTML("");
        resultsBox.setHidden(true);
        progressBox.setHidden(true);
        updateStart();
    }

    /** "Surgical, blue (navy); N95 cup, white": each face's mask by name, with the colour it was given. */
    private String masksOf(BatchLabels.Photo label) {
        StringBuilder text = new StringBuilder();
        for (BatchLabels.FaceLabel face : label.faces) {
            if (text.length() > 0) {
                text.append("; ");
            }
            MaskLibrary.Entry mask = page.engine() == null ? null : page.engine().masks().find(face.mask.maskId);
            text.append(mask != null ? mask.name : face.mask.maskId);
            if (face.mask.colour != null) {
                text.append(" (").append(face.mask.colour.name).append(")");
            }
        }
        return text.toString();
    }

    private static String faces(int count) {
        return count == 1 ? "1 face" : count + " faces";
    }

    private static String seconds(double milliseconds) {
        double s = milliseconds / 1000;
        return s < 10 ? Math.round(s * 10) / 10.0 + " s" : Math.round(s) + " s";
    }

    private static String megabytes(org.teavm.jso.file.Blob blob) {
        double mb = blob.getSize() / 1e6;
        return mb < 10 ? Math.round(mb * 10) / 10.0 + " MB" : Math.round(mb) + " MB";
    }

    private void say(String text) {
        status.getClassList().remove("error");
        status.setInnerText(text);
    }

    private void sayError(String text) {
        status.setInnerText(text);
        status.getClassList().add("error");
    }

    /** "Photo 3 of 20: group.jpg · about 40 s left". */
    private static String photoText(int index, int total, String name, BatchProgress progress) {
        String left = progress == null ? "" : progress.timeLeftText();
        return "Photo " + (index + 1) + " of " + total + ": " + name + (left.isEmpty() ? "" : " · " + left);
    }

    @JSBody(script = "var input = document.createElement('input');"
            + " return 'webkitdirectory' in input;")
    private static native boolean folderPicker();

    @JSBody(params = "input", script = "return Array.prototype.slice.call(input.files || []);")
    private static native JSArray<JSObject> filesOf(HTMLInputElement input);

    @JSBody(params = "file", script = "return /^image\\//.test(file.type || '')"
            + " || /\\.(jpe?g|png|webp|gif|bmp|avif)$/i.test(file.name || '');")
    private static native boolean isImage(JSObject file);

    @JSBody(params = "section", script = "return Array.prototype.slice.call("
            + "section.querySelectorAll('input[type=checkbox]:checked'));")
    private static native JSArray<JSObject> ticked(HTMLElement section);

    @JSBody(script = "var stage = document.getElementById('stage'); if (stage && stage.scrollIntoView)"
            + " stage.scrollIntoView({block: 'start'}); var heading = document.getElementById('result-heading');"
            + " if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus({preventScroll: true}); }")
    private static native void scrollToResult();

    /**
     * Photos dropped on {@code zone}, folders read through (their files' paths kept as the
     * maskaiPath property, which BatchFiles.nameOf reads); files that are not photos are counted,
     * not kept. The page's own drop (one photo into the result) does not see a drop here.
     */
    @JSBody(params = {"zone", "handler"}, script = "function stop(e) { e.preventDefault(); e.stopPropagation(); }"
            + " function image(f) { return /^image\\//.test(f.type || '') || /\\.(jpe?g|png|webp|gif|bmp|avif)$/i.test(f.name || ''); }"
            + " ['dragenter', 'dragover'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.add('dragging'); }); });"
            + " ['dragleave', 'dragend'].forEach(function (t) { zone.addEventListener(t, function (e) { stop(e);"
            + " zone.classList.remove('dragging'); }); });"
            + " zone.addEventListener('drop', function (e) { stop(e); zone.classList.remove('dragging');"
            + "  var items = e.dataTransfer && e.dataTransfer.items ? Array.prototype.slice.call(e.dataTransfer.items) : [];"
            + "  var entries = items.map(function (i) { return i.webkitGetAsEntry ? i.webkitGetAsEntry() : null; });"
            + "  var files = [], skipped = 0, waiting = 0;"
            + "  function settle() { if (waiting === 0) handler(files, skipped); }"
            + "  function take(file, path) { if (image(file)) { file.maskaiPath = path; files.push(file); } else skipped++; }"
            + "  function walk(entry) {"
            + "   if (entry.isFile) { waiting++; entry.file(function (f) { take(f, entry.fullPath.replace(/^\\//, ''));"
            + "    waiting--; settle(); }, function () { skipped++; waiting--; settle(); }); return; }"
            + "   var reader = entry.createReader(); waiting++;"
            + "   function more() { reader.readEntries(function (list) { if (list.length === 0) { waiting--; settle(); return; }"
            + "    list.forEach(walk); more(); }, function () { waiting--; settle(); }); }"
            + "   more(); }"
            + "  if (entries.length && entries.every(function (x) { return x; })) { waiting++; entries.forEach(walk);"
            + "   waiting--; settle(); return; }"
            + "  Array.prototype.slice.call((e.dataTransfer && e.dataTransfer.files) || []).forEach(function (f) {"
            + "   take(f, f.name); });"
            + "  handler(files, skipped); });")
    private static native void onDrop(HTMLElement zone, FilesHandler handler);
}

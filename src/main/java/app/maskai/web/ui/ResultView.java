package app.maskai.web.ui;

import app.maskai.core.pipeline.Face;
import app.maskai.web.dom.Layout;
import app.maskai.web.dom.Pointer;
import app.maskai.web.render.MeshWarpRenderer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The result on the stage: its canvas (#result, which the renderer draws on; its data-drawn
 * counts the results drawn), the placeholder shown without one, the selected face's mark
 * (#face-marks), the stage's busy state, and Download and Discard, enabled while a result shows.
 */
final class ResultView {
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) document.getElementById("result");
    private final HTMLElement placeholder = document.getElementById("placeholder");
    private final HTMLElement marks = document.getElementById("face-marks");
    private final HTMLElement stage = document.getElementById("stage");
    private final HTMLButtonElement download = (HTMLButtonElement) document.getElementById("download");
    private final HTMLButtonElement discard = (HTMLButtonElement) document.getElementById("discard");
    /** Share and Compare (web.photo), on exactly while Download is; absent from older pages. */
    private final HTMLButtonElement share = (HTMLButtonElement) document.getElementById("share");
    private final HTMLButtonElement compare = (HTMLButtonElement) document.getElementById("compare");
    private int draws;
    private MeshWarpRenderer renderer;
    /** Makes {@link #renderer} on first need; null once it has (or before ready). */
    private Supplier<MeshWarpRenderer> makeRenderer;
    private Runnable onRestored;
    private Consumer<String> onNoWebGl;

    /**
     * {@code onClick} gets a click on the result in CSS pixels over the canvas's CSS width (the
     * page turns that into the photo's pixels).
     */
    ResultView(Runnable onDownload, Runnable onDiscard, ClickHandler onClick) {
        enableExport(false);
        download.addEventListener("click", event -> onDownload.run());
        discard.addEventListener("click", event -> onDiscard.run());
        canvas.addEventListener("click", event -> {
            double width = Math.max(1.0, Pointer.box(canvas).getWidth());
            Pointer.Position at = Pointer.of(event);
            onClick.clicked(at.getOffsetX() / width, at.getOffsetY() / width);
        });
    }

    /** A click on the result, as fractions of the canvas's CSS width (both axes). */
    interface ClickHandler {
        void clicked(double x, double y);
    }

    HTMLCanvasElement canvas() {
        return canvas;
    }

    /**
     * How the result's renderer is made, on first need ({@code make} gives null where the browser
     * has no WebGL2, which {@code onNoWebGl} then says); {@code onRestored} redraws after the
     * browser gave a lost WebGL context back.
     */
    void useRenderer(Supplier<MeshWarpRenderer> make, Runnable onRestored, Consumer<String> onNoWebGl) {
        this.makeRenderer = make;
        this.onRestored = onRestored;
        this.onNoWebGl = onNoWebGl;
    }

    /** The renderer drawing on the canvas, made now if it was not yet; null without WebGL2 (or before ready). */
    MeshWarpRenderer renderer() {
        if (renderer == null && makeRenderer != null) {
            Supplier<MeshWarpRenderer> make = makeRenderer;
            makeRenderer = null;
            renderer = make.get();
            if (renderer == null) {
                onNoWebGl.accept("This browser has no WebGL2: faces can be found, but masks cannot be drawn.");
            } else {
                renderer.onRestored(onRestored::run);
            }
        }
        return renderer;
    }

    /** Whether the stage is working (aria-busy): from a photo chosen until its result is drawn and said. */
    void busy(boolean on) {
        if (on) {
            stage.getClassList().add("busy");
            stage.setAttribute("aria-busy", "true");
        } else {
            stage.getClassList().remove("busy");
            stage.removeAttribute("aria-busy");
        }
    }

    /** The result in place of the placeholder, Download and Discard on; on a phone, scrolled into view. */
    void reveal() {
        placeholder.setHidden(true);
        canvas.setHidden(false);
        enableExport(true);
        // On a phone the result sits below the photo and mask controls: bring it into view.
        Layout.revealOnNarrowScreens(stage);
    }

    /** Download, Share, Compare and Discard, on while a result shows. */
    private void enableExport(boolean on) {
        for (HTMLButtonElement button : new HTMLButtonElement[] {download, share, compare, discard}) {
            if (button != null) {
                button.setDisabled(!on);
            }
        }
    }

    /** A result was drawn: counted on data-drawn, for measurements and tests (docs/CONTRACTS.md). */
    void drawn() {
        canvas.setAttribute("data-drawn", String.valueOf(++draws));
    }

    /** The placeholder again; the canvas emptied (its pixels freed), Download and Discard off. */
    void clear() {
        canvas.setWidth(0);
        canvas.setHeight(0);
        canvas.setHidden(true);
        placeholder.setHidden(false);
        enableExport(false);
        marks.setInnerHTML("");
    }

    /**
     * A dashed box around {@code face} of a photo of that size, or none (null): shown when there
     * is more than one face to choose from.
     */
    void mark(Face face, int photoWidth, int photoHeight) {
        marks.setInnerHTML("");
        if (face != null) {
            placeMark(canvas, marks, face.x / photoWidth, face.y / photoHeight, face.width / photoWidth,
                    face.height / photoHeight);
        }
    }

    /** Places one mark over the canvas at a box given in fractions of the photo. */
    private static void placeMark(HTMLElement canvas, HTMLElement marks, double x, double y, double w, double h) {
        marks.getStyle().setProperty("left", canvas.getOffsetLeft() + "px");
        marks.getStyle().setProperty("top", canvas.getOffsetTop() + "px");
        marks.getStyle().setProperty("width", canvas.getOffsetWidth() + "px");
        marks.getStyle().setProperty("height", canvas.getOffsetHeight() + "px");
        HTMLElement mark = HTMLDocument.current().createElement("div");
        mark.setClassName("mark");
        mark.getStyle().setProperty("left", percent(x));
        mark.getStyle().setProperty("top", percent(y));
        mark.getStyle().setProperty("width", percent(w));
        mark.getStyle().setProperty("height", percent(h));
        marks.appendChild(mark);
    }

    /** A fraction as a CSS percentage, 3 decimals (never in an exponent form CSS does not read). */
    private static String percent(double fraction) {
        return Math.round(fraction * 100_000) / 1000.0 + "%";
    }
}

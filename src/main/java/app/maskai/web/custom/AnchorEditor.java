package app.maskai.web.custom;

import app.maskai.core.custom.AnchorFit;
import app.maskai.web.dom.Layout;
import app.maskai.web.dom.Pointer;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The anchor editor (#custom-editor): the person's picture on a checkerboard, the six anchors as
 * numbered handles joined by lines, and a legend. A handle moves by dragging (Pointer Events:
 * mouse, pen, touch) or, focused, by the arrow keys (1 px; with Shift 10 px), in the picture's
 * own pixels. It reports every move; the section throttles the rebuild.
 *
 * <p>The picture shows the mask as worn by someone facing you, so the wearer's right is on the
 * picture's left: the names say both.
 */
final class AnchorEditor {
    /** What the editor tells its owner. */
    interface Listener {
        /** An anchor moved; {@code anchors} (12 floats, picture pixels) is the editor's own array. */
        void moved(float[] anchors);
    }

    /** Short names, in {@link AnchorFit#ANCHOR_LANDMARKS} order. */
    static final String[] NAMES = {
        "Top of the nose bridge, between the eyes",
        "Wearer's right cheek, under the eye (on the picture's left)",
        "Wearer's left cheek, under the eye (on the picture's right)",
        "Wearer's right jaw corner (on the picture's left)",
        "Wearer's left jaw corner (on the picture's right)",
        "Tip of the chin",
    };

    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLElement editor;
    private final HTMLCanvasElement canvas;
    private final HTMLElement[] handles = new HTMLElement[AnchorFit.ANCHOR_COUNT];
    private final Listener listener;
    private final float[] anchors = new float[2 * AnchorFit.ANCHOR_COUNT];
    private HTMLCanvasElement picture;
    private int width;
    private int height;
    private boolean problem;
    private int dragged = -1;
    private double grabX;
    private double grabY;
    private boolean drawPending;

    AnchorEditor(HTMLElement editor, HTMLElement legend, Listener listener) {
        this.editor = editor;
        this.listener = listener;
        canvas = (HTMLCanvasElement) document.createElement("canvas");
        canvas.setClassName("custom-canvas");
        canvas.setAttribute("aria-hidden", "true");
        editor.appendChild(canvas);
        for (int i = 0; i < handles.length; i++) {
            handles[i] = handle(i);
            editor.appendChild(handles[i]);
            HTMLElement item = document.createElement("li");
            HTMLElement number = document.createElement("span");
            number.setClassName("anchor-number");
            number.setAttribute("aria-hidden", "true");
            number.setInnerText(String.valueOf(i + 1));
            item.appendChild(number);
            item.appendChild(document.createTextNode(NAMES[i]));
            legend.appendChild(item);
        }
        Layout.observe(editor, this::redraw);
    }

    private HTMLElement handle(int index) {
        HTMLElement handle = document.createElement("div");
        handle.setClassName("anchor");
        handle.setAttribute("id", "custom-anchor-" + (index + 1));
        handle.setAttribute("role", "slider");
        handle.setAttribute("tabindex", "0");
        handle.setAttribute("aria-roledescription", "movable point");
        handle.setAttribute("aria-label", (index + 1) + ": " + NAMES[index]);
        handle.setAttribute("aria-describedby", "custom-help");
        handle.setAttribute("aria-valuemin", "0");
        handle.setInnerText(String.valueOf(index + 1));
        handle.addEventListener("keydown", event -> key(index, (KeyboardEvent) event));
        handle.addEventListener("pointerdown", event -> grab(index, event));
        handle.addEventListener("pointermove", event -> drag(index, event));
        handle.addEventListener("pointerup", event -> release(index, event));
        handle.addEventListener("pointercancel", event -> release(index, event));
        return handle;
    }

    /**
     * Shows {@code picture} (any size; drawn scaled) as a {@code width} × {@code height} picture
     * with the anchors at {@code points} (picture pixels, copied).
     */
    void show(HTMLCanvasElement picture, int width, int height, float[] points) {
        this.picture = picture;
        this.width = width;
        this.height = height;
        System.arraycopy(points, 0, anchors, 0, anchors.length);
        // The editor takes the picture's shape, within the column and 60 % of the viewport's height.
        editor.getStyle().setProperty("aspect-ratio", width + " / " + height);
        editor.getStyle().setProperty("max-width", "min(100%, " + css(60.0 * width / height) + "vh)");
        for (HTMLElement handle : handles) {
            handle.setAttribute("aria-valuemax", String.valueOf(width));
        }
        problem = false;
        place();
        redraw();
    }

    /** The same picture with other pixels (the background removed or put back). */
    void setPicture(HTMLCanvasElement picture) {
        this.picture = picture;
        redraw();
    }

    /** Marks the arrangement as impossible (red lines) or fine. */
    void setProblem(boolean problem) {
        if (this.problem != problem) {
            this.problem = problem;
            if (problem) {
                editor.getClassList().add("problem");
            } else {
                editor.getClassList().remove("problem");
            }
            redraw();
        }
    }

    float[] anchors() {
        return anchors;
    }

    void focusFirst() {
        handles[0].focus();
    }

    private void key(int index, KeyboardEvent event) {
        double step = event.isShiftKey() ? 10 : 1;
        double dx = 0;
        double dy = 0;
        switch (event.getKey()) {
            case "ArrowLeft":
                dx = -step;
                break;
            case "ArrowRight":
                dx = step;
                break;
            case "ArrowUp":
                dy = -step;
                break;
            case "ArrowDown":
                dy = step;
                break;
            default:
                return;
        }
        event.preventDefault();
        move(index, anchors[2 * index] + dx, anchors[2 * index + 1] + dy);
    }

    private void grab(int index, Event event) {
        Pointer.Position pointer = Pointer.of(event);
        if (!pointer.isPrimary() || pointer.getButton() != 0 || width == 0) {
            return;
        }
        event.preventDefault();
        handles[index].focus();
        Pointer.capture(handles[index], event);
        dragged = index;
        grabX = pictureX(event) - anchors[2 * index];
        grabY = pictureY(event) - anchors[2 * index + 1];
        handles[index].getClassList().add("dragging");
    }

    private void drag(int index, Event event) {
        if (dragged != index) {
            return;
        }
        event.preventDefault();
        move(index, pictureX(event) - grabX, pictureY(event) - grabY);
    }

    private void release(int index, Event event) {
        if (dragged == index) {
            dragged = -1;
            handles[index].getClassList().remove("dragging");
        }
    }

    /** Picture pixels under the pointer. */
    private double pictureX(Event event) {
        Pointer.Box box = Pointer.box(canvas);
        return (Pointer.of(event).getClientX() - box.getLeft()) / Math.max(1, box.getWidth()) * width;
    }

    private double pictureY(Event event) {
        Pointer.Box box = Pointer.box(canvas);
        return (Pointer.of(event).getClientY() - box.getTop()) / Math.max(1, box.getHeight()) * height;
    }

    /** Moves anchor {@code index} to (x, y), kept inside the picture and on whole pixels from the keyboard. */
    private void move(int index, double x, double y) {
        float nx = (float) Math.max(0, Math.min(width, x));
        float ny = (float) Math.max(0, Math.min(height, y));
        if (nx == anchors[2 * index] && ny == anchors[2 * index + 1]) {
            return;
        }
        anchors[2 * index] = nx;
        anchors[2 * index + 1] = ny;
        placeHandle(index);
        scheduleDraw();
        listener.moved(anchors);
    }

    private void place() {
        for (int i = 0; i < handles.length; i++) {
            placeHandle(i);
        }
    }

    private void placeHandle(int index) {
        HTMLElement handle = handles[index];
        float x = anchors[2 * index];
        float y = anchors[2 * index + 1];
        handle.getStyle().setProperty("left", css(100.0 * x / width) + "%");
        handle.getStyle().setProperty("top", css(100.0 * y / height) + "%");
        handle.setAttribute("aria-valuenow", String.valueOf(Math.round(x)));
        handle.setAttribute("aria-valuetext", "x " + Math.round(x) + ", y " + Math.round(y) + " of "
                + width + " × " + height + " pixels");
    }

    private void scheduleDraw() {
        if (!drawPending) {
            drawPending = true;
            Window.requestAnimationFrame(time -> {
                drawPending = false;
                redraw();
            });
        }
    }

    private void redraw() {
        if (picture == null || width == 0) {
            return;
        }
        AnchorOutline.draw(canvas, picture, anchors, width, height, problem);
    }

    /** A CSS number: 3 decimals, so never in the exponent form CSS does not read (1.0E-4). */
    private static String css(double value) {
        return String.valueOf(Math.round(value * 1000) / 1000.0);
    }
}

package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Pointer positions and layout boxes in fractional CSS pixels, as the browser gives them:
 * TeaVM's {@code MouseEvent} and {@code TextRectangle} round them to whole pixels, which moves a
 * dragged anchor or a tapped face by up to a pixel on a high-density screen.
 */
public final class Pointer {
    /** The fields of a pointer (or mouse) event that the page reads. */
    public interface Position extends JSObject {
        @JSProperty
        double getClientX();

        @JSProperty
        double getClientY();

        /** Relative to the target's padding edge. */
        @JSProperty
        double getOffsetX();

        @JSProperty
        double getOffsetY();

        /** 0 for the main button (a touch, a pen's tip); a pointer event's own. */
        @JSProperty
        int getButton();

        /** Whether this is the first finger of a touch, or a mouse or pen. */
        @JSProperty
        boolean isPrimary();
    }

    /** A layout box ({@code getBoundingClientRect()}), CSS pixels relative to the viewport. */
    public interface Box extends JSObject {
        @JSProperty
        double getLeft();

        @JSProperty
        double getTop();

        @JSProperty
        double getWidth();

        @JSProperty
        double getHeight();
    }

    private interface Measurable extends JSObject {
        Box getBoundingClientRect();
    }

    private Pointer() {
    }

    /** {@code event}'s position fields. */
    public static Position of(Event event) {
        return (Position) (JSObject) event;
    }

    /** {@code element}'s layout box now. */
    public static Box box(HTMLElement element) {
        return ((Measurable) (JSObject) element).getBoundingClientRect();
    }

    /** Sends the rest of {@code event}'s pointer to {@code element} until it is released (a drag). */
    @JSBody(params = {"element", "event"}, script = "try { element.setPointerCapture(event.pointerId); } catch (e) {}")
    public static native void capture(HTMLElement element, Event event);
}

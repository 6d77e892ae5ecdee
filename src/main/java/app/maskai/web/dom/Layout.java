package app.maskai.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Scrolling and size changes, which TeaVM does not bind with their options: scrollIntoView,
 * the viewport's width and motion preference, ResizeObserver.
 */
public final class Layout {
    /** Told when an observed element's size changes. */
    @JSFunctor
    public interface Resized extends JSObject {
        void resized();
    }

    private Layout() {
    }

    /**
     * On a narrow screen (one column below 800 px, as css/app.css lays it out) scrolls
     * {@code element} to the top of the view, smoothly unless the person prefers reduced motion.
     */
    @JSBody(params = "element", script = "if (window.matchMedia('(max-width: 800px)').matches"
            + " && element.scrollIntoView) { element.scrollIntoView({block: 'start',"
            + " behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'}); }")
    public static native void revealOnNarrowScreens(HTMLElement element);

    /** Scrolls {@code element} to the top of its scroll box and moves the focus to it, without a second scroll. */
    @JSBody(params = "element", script = "element.setAttribute('tabindex', '-1'); element.scrollIntoView({block: 'start'});"
            + " element.focus({preventScroll: true});")
    public static native void scrollToAndFocus(HTMLElement element);

    /** Calls {@code resized} whenever {@code element}'s size changes (nothing where the browser cannot tell). */
    @JSBody(params = {"element", "resized"}, script = "if (typeof ResizeObserver !== 'undefined') {"
            + " new ResizeObserver(function () { resized(); }).observe(element); }")
    public static native void observe(HTMLElement element, Resized resized);
}

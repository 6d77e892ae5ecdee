package app.maskai.web.dom;

import org.teavm.jso.JSBody;

/**
 * The device as the page sees it: a monotonic clock, and its memory as the browser rounds it.
 */
public final class Clock {
    private Clock() {
    }

    /** The device's memory in gigabytes as the browser rounds it (navigator.deviceMemory), or 0 where unknown. */
    @JSBody(script = "var gigabytes = navigator.deviceMemory; return typeof gigabytes === 'number' && gigabytes > 0 ? gigabytes : 0;")
    public static native double deviceMemory();

    /** Milliseconds from a monotonic clock. */
    @JSBody(script = "return performance.now();")
    public static native double now();

    /**
     * A performance mark (time since navigation) named {@code maskai-<name>}, for measurements of
     * the start; boot.js marks {@code maskai-main} and {@code maskai-ready}.
     */
    @JSBody(params = "name", script = "if (window.performance && performance.mark) performance.mark('maskai-' + name);")
    public static native void mark(String name);

    /** Local date and time for the file name, e.g. 20261122-153012. */
    @JSBody(script = "var d = new Date(); function p(n) { return (n < 10 ? '0' : '') + n; }"
            + " return d.getFullYear() + p(d.getMonth() + 1) + p(d.getDate()) + '-' + p(d.getHours())"
            + " + p(d.getMinutes()) + p(d.getSeconds());")
    public static native String localTimestamp();
}

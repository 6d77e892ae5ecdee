package app.maskai.web.dom;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** A decoded image, already EXIF-oriented when made by {@link Images#decode}. */
public interface ImageBitmap extends JSObject {
    @JSProperty
    int getWidth();

    @JSProperty
    int getHeight();

    /** Frees the pixels at once rather than at the next garbage collection. */
    void close();
}

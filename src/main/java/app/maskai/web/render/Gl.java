package app.maskai.web.render;

import app.maskai.web.dom.ImageBitmap;
import org.teavm.jso.webgl.WebGL2RenderingContext;

/** WebGL2 plus the {@code texImage2D} overload for ImageBitmap that TeaVM's binding lacks. */
public interface Gl extends WebGL2RenderingContext {
    void texImage2D(int target, int level, int internalFormat, int format, int type, ImageBitmap source);
}

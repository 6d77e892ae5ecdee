package app.maskai.masks.paint;

import app.maskai.masks.draw.Texture;
import java.util.List;

/** What a painter hands back: the texture, and the part each drawn texel belongs to. */
public final class Painting {
    public final Texture texture;
    /** In claim order: a triangle touching texels of several parts goes to the first. */
    public final List<Part> parts;

    Painting(Texture texture, Part... parts) {
        this.texture = texture;
        this.parts = List.of(parts);
    }
}

package app.maskai.core.hair;

import app.maskai.core.json.Json;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.SchemaReader;
import java.util.List;
import java.util.Map;

/**
 * A hairstyle overlay's metadata (schema {@value #SCHEMA} version {@value #VERSION},
 * docs/CONTRACTS.md "Hairstyles"): the overlay picture ({@link #image}, straight-alpha PNG,
 * {@link #width} × {@link #height}, the hair alone), its thumbnail, the picture x, y of the canonical
 * face's landmarks {@link #ANCHOR_LANDMARKS} as the hair was drawn round them ({@link #anchors}, where
 * {@link HairstyleFit} takes them onto a person's), and the hair's mean luma ({@link #luma}, 0..1,
 * weighted by alpha), which {@link HairShade} recolours it from. Immutable; arrays are shared.
 */
public final class HairstyleSpec {
    public static final String SCHEMA = "maskai.hairstyle";
    public static final int VERSION = 1;
    /** Largest overlay side accepted, in pixels. */
    public static final int MAX_SIDE = 4096;
    /** Outer eye corners (33, 263), forehead top (10), chin (152), the face's sides (234, 454). */
    public static final int[] ANCHOR_LANDMARKS = {33, 263, 10, 152, 234, 454};

    public final String id;
    public final String name;
    public final String image;
    public final String thumbnail;
    public final int width;
    public final int height;
    public final float[] anchors;
    public final float luma;

    public HairstyleSpec(String id, String name, String image, String thumbnail, int width, int height,
            float[] anchors, float luma) {
        if (anchors.length != 2 * ANCHOR_LANDMARKS.length) {
            throw new IllegalArgumentException("anchors must hold " + 2 * ANCHOR_LANDMARKS.length + " numbers");
        }
        this.id = id;
        this.name = name;
        this.image = image;
        this.thumbnail = thumbnail;
        this.width = width;
        this.height = height;
        this.anchors = anchors;
        this.luma = luma;
    }

    /** Reads a hairstyle's metadata; {@code fileName} names it in problems. */
    public static HairstyleSpec parse(String json, String fileName) throws MaskSpecException {
        SchemaReader r = new SchemaReader(fileName);
        Map<String, Object> root = r.parseObject(json);
        r.onlyKnownKeys(root, "", "schema", "version", "id", "name", "image", "thumbnail", "width", "height",
                "anchors", "luma");
        r.schema(root, SCHEMA, VERSION, VERSION);
        String id = r.string(root, "id", "id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw r.problem("id " + Json.quote(id) + " must be lower-case letters, digits and hyphens");
        }
        String name = r.string(root, "name", "name");
        if (name.isBlank() || name.length() > 80) {
            throw r.problem("name must have 1 to 80 characters");
        }
        String image = r.relativeFileName(r.string(root, "image", "image"), "image");
        String thumbnail = r.relativeFileName(r.string(root, "thumbnail", "thumbnail"), "thumbnail");
        int width = side(r, root, "width");
        int height = side(r, root, "height");
        List<Object> values = r.array(root, "anchors", "anchors");
        if (values.size() != 2 * ANCHOR_LANDMARKS.length) {
            throw r.problem("anchors must hold " + 2 * ANCHOR_LANDMARKS.length + " numbers (x, y of landmarks "
                    + "33, 263, 10, 152, 234, 454), found " + values.size());
        }
        float[] anchors = new float[values.size()];
        for (int i = 0; i < anchors.length; i++) {
            Object value = values.get(i);
            if (!(value instanceof Double) || !Double.isFinite((Double) value)) {
                throw r.problem("anchors[" + i + "] must be a number, found " + SchemaReader.describe(value));
            }
            anchors[i] = ((Double) value).floatValue();
            float limit = i % 2 == 0 ? width : height;
            if (anchors[i] < 0 || anchors[i] > limit) {
                throw r.problem("anchors[" + i + "] lies outside the " + width + " × " + height + " picture");
            }
        }
        double luma = r.number(root, "luma", "luma");
        if (!(luma > 0 && luma <= 1)) {
            throw r.problem("luma = " + luma + " is outside (0, 1]");
        }
        float spanX = anchors[2] - anchors[0];
        float spanY = anchors[3] - anchors[1];
        if (Math.hypot(spanX, spanY) < 4) {
            throw r.problem("anchors: the eye corners (33, 263) lie less than 4 pixels apart");
        }
        return new HairstyleSpec(id, name, image, thumbnail, width, height, anchors, (float) luma);
    }

    private static int side(SchemaReader r, Map<String, Object> root, String key) throws MaskSpecException {
        int value = r.integer(r.member(root, key, key), key);
        if (value < 16 || value > MAX_SIDE) {
            throw r.problem(key + " = " + value + " is outside 16.." + MAX_SIDE);
        }
        return value;
    }

    /** This hairstyle as JSON (the schema {@link #parse} reads), anchors to 0.01 px. */
    public String toJson() {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(SCHEMA))
                .append(",\n  \"version\": ").append(VERSION)
                .append(",\n  \"id\": ").append(Json.quote(id))
                .append(",\n  \"name\": ").append(Json.quote(name))
                .append(",\n  \"image\": ").append(Json.quote(image))
                .append(",\n  \"thumbnail\": ").append(Json.quote(thumbnail))
                .append(",\n  \"width\": ").append(width)
                .append(",\n  \"height\": ").append(height)
                .append(",\n  \"luma\": ").append(Json.rounded(luma, 4))
                .append(",\n  \"anchors\": [");
        for (int i = 0; i < anchors.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Json.rounded(anchors[i], 2));
        }
        return s.append("]\n}\n").toString();
    }
}

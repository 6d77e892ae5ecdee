package app.maskai.core.template;

import app.maskai.core.json.Json;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.mask.SchemaReader;
import java.util.List;
import java.util.Map;

/**
 * A face template (schema {@value #SCHEMA} version {@value #VERSION}, docs/CONTRACTS.md "Face
 * templates"): a picture a person's face is put into. Pixels have their origin at the picture's top
 * left, y down, as landmarks in a photo do.
 *
 * <ul>
 *   <li>{@link #background}: the picture, opaque, with a painted face where the person's goes;
 *   <li>{@link #front} (or null): what lies in front of the face (a helmet's rim, a cowl), drawn
 *       over the blended face;
 *   <li>{@link #landmarks}: the painted face's 468 landmarks (x, y, z in template pixels; z as
 *       FaceMesh's: smaller is nearer), where {@link TemplateFit} places a person's face;
 *   <li>{@link #region}: the polygon (x, y pairs) the person's face may show in: the opening;
 *   <li>{@link #skin}: the painted skin's {@link SkinTone}, at {@link TemplateFit#SKIN}.
 * </ul>
 * Immutable; arrays are shared, do not modify them.
 */
public final class TemplateSpec {
    public static final String SCHEMA = "maskai.template";
    public static final int VERSION = 1;
    /** Largest template side accepted, in pixels. */
    public static final int MAX_SIDE = 4096;

    public final String id;
    public final String name;
    public final int width;
    public final int height;
    public final String background;
    public final String front;
    public final String thumbnail;
    public final float[] landmarks;
    public final float[] region;
    public final SkinTone skin;

    public TemplateSpec(String id, String name, int width, int height, String background, String front,
            String thumbnail, float[] landmarks, float[] region, SkinTone skin) {
        this.id = id;
        this.name = name;
        this.width = width;
        this.height = height;
        this.background = background;
        this.front = front;
        this.thumbnail = thumbnail;
        this.landmarks = landmarks;
        this.region = region;
        this.skin = skin;
    }

    /** Reads a template's metadata; {@code fileName} names it in problems. */
    public static TemplateSpec parse(String json, String fileName) throws MaskSpecException {
        SchemaReader r = new SchemaReader(fileName);
        Map<String, Object> root = r.parseObject(json);
        r.onlyKnownKeys(root, "", "schema", "version", "id", "name", "width", "height", "background", "front",
                "thumbnail", "landmarks", "region", "skin");
        r.schema(root, SCHEMA, VERSION, VERSION);
        String id = r.string(root, "id", "id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw r.problem("id " + Json.quote(id) + " must be lower-case letters, digits and hyphens");
        }
        String name = r.string(root, "name", "name");
        if (name.isBlank() || name.length() > 80) {
            throw r.problem("name must have 1 to 80 characters");
        }
        int width = side(r, root, "width");
        int height = side(r, root, "height");
        String background = r.relativeFileName(r.string(root, "background", "background"), "background");
        String front = root.containsKey("front") ? r.relativeFileName(r.string(root, "front", "front"), "front") : null;
        String thumbnail = r.relativeFileName(r.string(root, "thumbnail", "thumbnail"), "thumbnail");
        float[] landmarks = numbers(r, r.array(root, "landmarks", "landmarks"), "landmarks");
        if (landmarks.length != 3 * LandmarkModel.POINTS) {
            throw r.problem("landmarks must hold " + 3 * LandmarkModel.POINTS + " numbers (468 × x, y, z), found "
                    + landmarks.length);
        }
        float[] region = numbers(r, r.array(root, "region", "region"), "region");
        if (region.length < 6 || region.length % 2 != 0 || region.length > 2 * 256) {
            throw r.problem("region must be a polygon of 3 to 256 points (x, y pairs), found " + region.length
                    + " numbers");
        }
        for (int i = 0; i < landmarks.length; i += 3) {
            inside(r, landmarks[i], landmarks[i + 1], width, height, "landmarks[" + i + "]");
        }
        for (int i = 0; i < region.length; i += 2) {
            inside(r, region[i], region[i + 1], width, height, "region[" + i + "]");
        }
        Map<String, Object> skin = r.object(r.member(root, "skin", "skin"), "skin");
        r.onlyKnownKeys(skin, "skin.", "mean", "spread");
        float[] mean = numbers(r, r.array(skin, "mean", "skin.mean"), "skin.mean");
        float[] spread = numbers(r, r.array(skin, "spread", "skin.spread"), "skin.spread");
        SkinTone tone;
        try {
            tone = new SkinTone(mean, spread);
        } catch (IllegalArgumentException e) {
            throw r.problem("skin: " + e.getMessage());
        }
        return new TemplateSpec(id, name, width, height, background, front, thumbnail, landmarks, region, tone);
    }

    private static int side(SchemaReader r, Map<String, Object> root, String key) throws MaskSpecException {
        int value = r.integer(r.member(root, key, key), key);
        if (value < 16 || value > MAX_SIDE) {
            throw r.problem(key + " = " + value + " is outside 16.." + MAX_SIDE);
        }
        return value;
    }

    private static void inside(SchemaReader r, float x, float y, int width, int height, String path)
            throws MaskSpecException {
        if (!(x >= 0 && x <= width && y >= 0 && y <= height)) {
            throw r.problem(path + " lies outside the " + width + " × " + height + " picture");
        }
    }

    private static float[] numbers(SchemaReader r, List<Object> values, String path) throws MaskSpecException {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            Object value = values.get(i);
            if (!(value instanceof Double) || !Double.isFinite((Double) value)) {
                throw r.problem(path + "[" + i + "] must be a number, found " + SchemaReader.describe(value));
            }
            out[i] = ((Double) value).floatValue();
        }
        return out;
    }

    /** This template as JSON (the schema {@link #parse} reads), numbers to 0.01 px. */
    public String toJson() {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(SCHEMA))
                .append(",\n  \"version\": ").append(VERSION)
                .append(",\n  \"id\": ").append(Json.quote(id))
                .append(",\n  \"name\": ").append(Json.quote(name))
                .append(",\n  \"width\": ").append(width)
                .append(",\n  \"height\": ").append(height)
                .append(",\n  \"background\": ").append(Json.quote(background));
        if (front != null) {
            s.append(",\n  \"front\": ").append(Json.quote(front));
        }
        s.append(",\n  \"thumbnail\": ").append(Json.quote(thumbnail))
                .append(",\n  \"skin\": {\"mean\": ");
        float[] mean = {skin.mean(0), skin.mean(1), skin.mean(2)};
        float[] spread = {skin.spread(0), skin.spread(1), skin.spread(2)};
        list(s, mean, 4, 3);
        s.append(", \"spread\": ");
        list(s, spread, 4, 3);
        s.append("},\n  \"region\": ");
        list(s, region, 2, 12);
        s.append(",\n  \"landmarks\": ");
        list(s, landmarks, 2, 12);
        return s.append("\n}\n").toString();
    }

    private static void list(StringBuilder s, float[] values, int decimals, int perLine) {
        s.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(i % perLine == 0 ? ",\n    " : ", ");
            }
            s.append(Json.rounded(values[i], decimals));
        }
        s.append(']');
    }
}

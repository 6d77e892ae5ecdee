package app.maskai.masks.hairstyles;

import app.maskai.core.json.Json;
import java.util.List;

/**
 * A hairstyle's metadata, schema {@value #SCHEMA} version {@value #VERSION}: the overlay picture
 * ({@code image}, straight-alpha PNG, {@code width} × {@code height}), its thumbnail, and
 * {@code anchors}: picture x, y of the canonical face's landmarks {@link #ANCHOR_LANDMARKS} as the
 * hair was drawn round them. The app fits the overlay by the similarity that takes these anchors
 * onto a person's landmarks. Numbers are written to 2 decimals.
 */
record HairstyleSpec(String id, String name, String image, String thumbnail, int width, int height,
        float[] anchors) {
    static final String SCHEMA = "maskai.hairstyle";
    static final int VERSION = 1;
    static final String MANIFEST_SCHEMA = "maskai.hairstyles";
    /** Outer eye corners (33, 263), forehead top (10), chin (152), the face's sides (234, 454). */
    static final int[] ANCHOR_LANDMARKS = {33, 263, 10, 152, 234, 454};

    String toJson() {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(SCHEMA))
                .append(",\n  \"version\": ").append(VERSION)
                .append(",\n  \"id\": ").append(Json.quote(id))
                .append(",\n  \"name\": ").append(Json.quote(name))
                .append(",\n  \"image\": ").append(Json.quote(image))
                .append(",\n  \"thumbnail\": ").append(Json.quote(thumbnail))
                .append(",\n  \"width\": ").append(width)
                .append(",\n  \"height\": ").append(height)
                .append(",\n  \"anchors\": [");
        for (int i = 0; i < anchors.length; i++) {
            s.append(i == 0 ? "" : ", ").append(Json.rounded(anchors[i], 2));
        }
        return s.append("]\n}\n").toString();
    }

    /** The list of hairstyles, {@value #MANIFEST_SCHEMA} version 1, in catalogue order. */
    static String manifest(List<HairstyleSpec> specs) {
        StringBuilder s = new StringBuilder("{\n  \"schema\": ").append(Json.quote(MANIFEST_SCHEMA))
                .append(",\n  \"version\": ").append(VERSION).append(",\n  \"hairstyles\": [\n");
        for (int i = 0; i < specs.size(); i++) {
            HairstyleSpec h = specs.get(i);
            s.append("    {\"file\": ").append(Json.quote(h.id + ".json"))
                    .append(", \"id\": ").append(Json.quote(h.id))
                    .append(", \"name\": ").append(Json.quote(h.name))
                    .append(", \"thumbnail\": ").append(Json.quote(h.thumbnail))
                    .append(i + 1 < specs.size() ? "},\n" : "}\n");
        }
        return s.append("  ]\n}\n").toString();
    }
}

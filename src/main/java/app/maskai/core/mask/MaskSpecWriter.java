package app.maskai.core.mask;

import app.maskai.core.json.Json;

/**
 * Writes a {@link MaskSpec} as schema "maskai.mask" version 2 (docs/CONTRACTS.md), whatever
 * version it was read as: the build's mask generator writes masks/&lt;id&gt;.json with it.
 *
 * <p>Deterministic: the same spec gives the same text on any JVM. Fields in the contract's order,
 * one per line, each array on one line (each extra vertex and each part on its own line); uv,
 * weights, opacity and lighting rounded to 6 decimals (an extra vertex's weights then still sum
 * to 1 within 40 × 5e-7 more than they did; weights already near the parser's 1e-4 are written
 * with 9). The text is parsed back before it is
 * returned, so a spec the app would refuse is never written.
 */
public final class MaskSpecWriter {
    private static final int DECIMALS = 6;

    private MaskSpecWriter() {
    }

    /**
     * 6 decimals, unless the weights rounded to 6 would sum further from 1 than half the parser's
     * tolerance (weights that the parser accepted near the edge of it); then 9.
     */
    private static int weightDecimals(float[] weights) {
        double sum = 0;
        for (float weight : weights) {
            sum += Double.parseDouble(Json.rounded(weight, DECIMALS));
        }
        return Math.abs(sum - 1) <= MaskSpecParser.WEIGHT_SUM_TOLERANCE / 2 ? DECIMALS : 9;
    }

    /**
     * The spec as version 2 JSON, ending in a newline.
     *
     * @throws IllegalArgumentException with the parser's message (file name "id.json") when the
     *     spec breaks the schema
     */
    public static String write(MaskSpec spec) {
        StringBuilder sb = new StringBuilder(16384);
        sb.append("{\n");
        sb.append("  \"schema\": ").append(Json.quote(MaskSpecParser.SCHEMA))
                .append(", \"version\": ").append(MaskSpecParser.VERSION).append(",\n");
        field(sb, "id", Json.quote(spec.id));
        field(sb, "name", Json.quote(spec.name));
        field(sb, "category", Json.quote(spec.category));
        field(sb, "texture", Json.quote(spec.texture));
        if (spec.textureAlpha != null) {
            field(sb, "textureAlpha", Json.quote(spec.textureAlpha));
        }
        field(sb, "thumbnail", Json.quote(spec.thumbnail));
        field(sb, "opacity", Json.rounded(spec.opacity, DECIMALS));
        field(sb, "blend", Json.quote(spec.blend));
        field(sb, "lighting", Json.rounded(spec.lighting, DECIMALS));
        if (spec.specular > 0) {
            field(sb, "specular", Json.rounded(spec.specular, DECIMALS));
            field(sb, "shininess", Json.rounded(spec.shininess, DECIMALS));
        }
        sb.append("  \"mesh\": {\n");
        sb.append("    \"landmarks\": ");
        ints(sb, spec.landmarks);
        sb.append(",\n    \"extraVertices\": [");
        for (int e = 0; e < spec.extraTerms.length; e++) {
            sb.append(e == 0 ? "\n      [" : ",\n      [");
            int[] terms = spec.extraTerms[e];
            float[] weights = spec.extraWeights[e];
            int decimals = weightDecimals(weights);
            for (int t = 0; t < terms.length; t++) {
                sb.append(t == 0 ? "[" : ", [").append(terms[t]).append(", ")
                        .append(Json.rounded(weights[t], decimals)).append(']');
            }
            sb.append(']');
        }
        sb.append(spec.extraTerms.length == 0 ? "],\n" : "\n    ],\n");
        sb.append("    \"uv\": [");
        for (int i = 0; i < spec.uv.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Json.rounded(spec.uv[i], DECIMALS));
        }
        sb.append("],\n    \"parts\": [");
        for (int p = 0; p < spec.parts.length; p++) {
            MaskPart part = spec.parts[p];
            sb.append(p == 0 ? "\n      " : ",\n      ");
            sb.append("{\"name\": ").append(Json.quote(part.name)).append(", \"rigid\": ")
                    .append(part.rigid ? "true" : "false").append(", \"triangles\": ");
            ints(sb, part.triangles);
            sb.append('}');
        }
        sb.append("\n    ]\n  }\n}\n");
        String json = sb.toString();
        try {
            MaskSpecParser.parse(json, spec.id + ".json");
        } catch (MaskSpecException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return json;
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(Json.quote(name)).append(": ").append(value).append(",\n");
    }

    private static void ints(StringBuilder sb, int[] values) {
        sb.append('[');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        sb.append(']');
    }
}

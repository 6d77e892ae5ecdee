package app.maskai.masks.paint;

import app.maskai.core.mask.MaskSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One catalogue row: what the mask is called, how it is drawn and shown. Colours are sRGB 0..1.
 */
public record MaskDesign(String id, String name, String category, Style style, double opacity,
        String blend, double lighting, float[] colour, float[] accent) {
    static final int COLUMNS = 9;

    /**
     * Tab-separated: id, name, category, style, opacity, blend, lighting, colour #rrggbb,
     * accent #rrggbb. The values are checked here with the schema's rules, so a bad row fails
     * with its line number.
     */
    public static List<MaskDesign> loadCatalog(Path tsv) throws IOException {
        List<MaskDesign> designs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = tsv.getFileName() + ":" + lineNo + ": ";
            String[] c = line.split("\t+");
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(where + "expected " + COLUMNS
                        + " tab-separated columns, found " + c.length);
            }
            if (!c[0].matches("[a-z0-9-]{1,40}") || !ids.add(c[0])) {
                throw new IllegalArgumentException(where + "id \"" + c[0] + "\" is not [a-z0-9-]{1,40}"
                        + " or repeats");
            }
            if (!Arrays.asList(MaskSpec.CATEGORIES).contains(c[2])) {
                throw new IllegalArgumentException(where + "category \"" + c[2] + "\" is not one of "
                        + Arrays.toString(MaskSpec.CATEGORIES));
            }
            double opacity = unit(c[4], "opacity", where);
            if (!c[5].equals(MaskSpec.BLEND_NORMAL) && !c[5].equals(MaskSpec.BLEND_MULTIPLY)) {
                throw new IllegalArgumentException(where + "blend \"" + c[5] + "\" is not normal or"
                        + " multiply");
            }
            double lighting = unit(c[6], "lighting", where);
            designs.add(new MaskDesign(c[0], c[1], c[2], Style.of(c[3]), opacity, c[5], lighting,
                    rgb(c[7], where), rgb(c[8], where)));
        }
        if (designs.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": no masks");
        }
        return designs;
    }

    private static double unit(String text, String what, String where) {
        double value = Double.parseDouble(text);
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(where + what + " must be 0..1, found " + text);
        }
        return value;
    }

    private static float[] rgb(String hex, String where) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(where + "colour \"" + hex + "\" is not #rrggbb");
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {(v >> 16 & 255) / 255f, (v >> 8 & 255) / 255f, (v & 255) / 255f};
    }
}

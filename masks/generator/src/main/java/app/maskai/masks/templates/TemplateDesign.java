package app.maskai.masks.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of masks/templates.tsv: a template's id and name, its painter, its painted skin and hair,
 * and where its face lies (the canonical origin at (centreX, centreY), the face {@code faceWidth}
 * pixels wide from landmark 234 to 454). Colours are sRGB 0..1.
 */
record TemplateDesign(String id, String name, TemplateStyle style, float[] skin, int hair, double centreX,
        double centreY, double faceWidth) {
    static final int COLUMNS = 8;
    /** The face widths a template may ask for, pixels: big enough to show a face, small enough to frame it. */
    static final double MIN_FACE_WIDTH = 230;
    static final double MAX_FACE_WIDTH = 290;

    /**
     * Tab-separated: id, name, style, skin #rrggbb, hair #rrggbb, centre x, centre y, face width.
     * A bad row fails with its line number.
     */
    static List<TemplateDesign> loadCatalog(Path tsv) throws IOException {
        List<TemplateDesign> designs = new ArrayList<>();
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
                throw new IllegalArgumentException(where + "expected " + COLUMNS + " tab-separated columns, found "
                        + c.length);
            }
            if (!c[0].matches("[a-z0-9][a-z0-9-]{0,63}") || !ids.add(c[0])) {
                throw new IllegalArgumentException(where + "id \"" + c[0] + "\" is not [a-z0-9][a-z0-9-]{0,63}"
                        + " or repeats");
            }
            double x = number(c[5], "centre x", 0, TemplateCanvas.WIDTH, where);
            double y = number(c[6], "centre y", 0, TemplateCanvas.HEIGHT, where);
            double width = number(c[7], "face width", MIN_FACE_WIDTH, MAX_FACE_WIDTH, where);
            designs.add(new TemplateDesign(c[0], c[1], TemplateStyle.of(c[2], where),
                    TemplateCanvas.colour(hex(c[3], where)), hex(c[4], where), x, y, width));
        }
        if (designs.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": no templates");
        }
        return designs;
    }

    private static double number(String text, String what, double min, double max, String where) {
        double value = Double.parseDouble(text);
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(where + what + " must be " + min + ".." + max + ", found " + text);
        }
        return value;
    }

    private static int hex(String text, String where) {
        if (!text.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(where + "colour \"" + text + "\" is not #rrggbb");
        }
        return Integer.parseInt(text.substring(1), 16);
    }
}

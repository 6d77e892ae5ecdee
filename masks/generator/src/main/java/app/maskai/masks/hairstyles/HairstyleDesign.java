package app.maskai.masks.hairstyles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row of masks/hairstyles.tsv: a hairstyle's id and name, the cut that draws it and the hair's
 * colour in full light (sRGB, #rrggbb as read).
 */
record HairstyleDesign(String id, String name, HairCut cut, int colour) {
    static final int COLUMNS = 4;

    /** Tab-separated: id, name, cut, colour #rrggbb. A bad row fails with its line number. */
    static List<HairstyleDesign> loadCatalog(Path tsv) throws IOException {
        List<HairstyleDesign> designs = new ArrayList<>();
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
            if (!c[3].matches("#[0-9a-fA-F]{6}")) {
                throw new IllegalArgumentException(where + "colour \"" + c[3] + "\" is not #rrggbb");
            }
            designs.add(new HairstyleDesign(c[0], c[1], HairCut.of(c[2], where),
                    Integer.parseInt(c[3].substring(1), 16)));
        }
        if (designs.isEmpty()) {
            throw new IllegalArgumentException(tsv + ": no hairstyles");
        }
        return designs;
    }
}

package app.maskai.core.batch;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a batch's results get in its ZIP and as downloads: the photo's own name (its folder
 * dropped) with "-masked" and the result's extension, so "class/Ana.jpg" gives "Ana-masked.png".
 * Every name is distinct (a second "Ana-masked.png" is "Ana-masked-2.png", compared without case,
 * as Windows and macOS compare) and safe to unpack: no folder part, no character a file system
 * refuses, at most 100 bytes of UTF-8.
 */
public final class ResultNames {
    private static final int MAX_STEM_BYTES = 80;
    private final Set<String> taken = new HashSet<>();

    /** A name for the result of {@code source} (a file's name or path), ending ".{@code extension}". */
    public String next(String source, String extension) {
        String stem = stem(source) + "-masked";
        String name = stem + "." + extension;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + "." + extension;
        }
        return name;
    }

    /**
     * Reserves {@code name} (labels.csv, labels.json), so that no result takes it; false where it was
     * taken already.
     */
    public boolean reserve(String name) {
        return taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** The photo's name without folders and extension, with unsafe characters replaced by "_". */
    static String stem(String source) {
        String name = source == null ? "" : source;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            String piece = c < 0x20 || c == 0x7f || "<>:\"|?*".indexOf(c) >= 0 ? "_" : new String(Character.toChars(c));
            int size = piece.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_STEM_BYTES) {
                break;
            }
            sb.append(piece);
            bytes += size;
        }
        String stem = sb.toString().trim();
        // Windows refuses names that end in a dot or a space, and a name of dots is a folder reference.
        while (stem.endsWith(".") || stem.endsWith(" ")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.isEmpty() ? "photo" : stem;
    }
}

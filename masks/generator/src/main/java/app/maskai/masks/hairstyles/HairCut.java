package app.maskai.masks.hairstyles;

import java.util.Arrays;

/** The catalogue's cuts: which painter draws a hairstyle. */
enum HairCut {
    BOB("bob", new BobPainter()),
    PIXIE("pixie", new PixiePainter()),
    LONG_WAVES("long-waves", new LongWavesPainter()),
    CURLY("curly", new CurlyPainter()),
    BUN("bun", new BunPainter()),
    PONYTAIL("ponytail", new PonytailPainter());

    final String key;
    final HairPainter painter;

    HairCut(String key, HairPainter painter) {
        this.key = key;
        this.painter = painter;
    }

    static HairCut of(String key, String where) {
        for (HairCut cut : values()) {
            if (cut.key.equals(key)) {
                return cut;
            }
        }
        throw new IllegalArgumentException(where + "cut \"" + key + "\" is not one of "
                + Arrays.stream(values()).map(cut -> cut.key).toList());
    }
}

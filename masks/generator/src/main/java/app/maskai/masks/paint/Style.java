package app.maskai.masks.paint;

/** The drawing styles the generator knows; catalog.tsv picks one per mask. */
public enum Style {
    SURGICAL("surgical", new SurgicalPainter()),
    KN95("kn95", new Kn95Painter()),
    N95("n95", new N95Painter()),
    CLOTH_DOTS("cloth-dots", new ClothPainter(ClothPainter.Print.DOTS)),
    CLOTH_TARTAN("cloth-tartan", new ClothPainter(ClothPainter.Print.TARTAN)),
    CLOTH_FLORAL("cloth-floral", new ClothPainter(ClothPainter.Print.FLORAL)),
    CAT("cat", new ClothPainter(ClothPainter.Print.CAT)),
    LACE("lace", new LacePainter()),
    SEQUIN("sequin", new SequinPainter()),
    MASQUERADE("masquerade", new MasqueradePainter()),
    PLUME("plume", new PlumePainter()),
    VOLTO("volto", new VoltoPainter());

    final String key;
    public final Painter painter;

    Style(String key, Painter painter) {
        this.key = key;
        this.painter = painter;
    }

    static Style of(String key) {
        for (Style s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown style \"" + key + "\"");
    }
}

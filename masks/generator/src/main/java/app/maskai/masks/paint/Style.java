package app.maskai.masks.paint;

/**
 * The drawing styles the generator knows; catalog.tsv picks one per mask. Each says how its
 * material takes a highlight (MaskSpec.specular and shininess): the N95's pressed fibre a broad,
 * faint sheen, sequins a bright glint; cloth, paper and painted masks none (issue 13 §2).
 */
public enum Style {
    SURGICAL("surgical", new SurgicalPainter()),
    KN95("kn95", new Kn95Painter()),
    N95("n95", new N95Painter(), 0.3, 10),
    CLOTH_DOTS("cloth-dots", new ClothPainter(ClothPainter.Print.DOTS)),
    CLOTH_TARTAN("cloth-tartan", new ClothPainter(ClothPainter.Print.TARTAN)),
    CLOTH_FLORAL("cloth-floral", new ClothPainter(ClothPainter.Print.FLORAL)),
    CAT("cat", new ClothPainter(ClothPainter.Print.CAT)),
    LACE("lace", new LacePainter()),
    SEQUIN("sequin", new SequinPainter(), 0.8, 40),
    MASQUERADE("masquerade", new MasqueradePainter()),
    PLUME("plume", new PlumePainter()),
    VOLTO("volto", new VoltoPainter());

    final String key;
    public final Painter painter;
    /** The material's highlight: strength 0..1 (0 matte) and Blinn–Phong exponent. */
    public final float specular;
    public final float shininess;

    Style(String key, Painter painter) {
        this(key, painter, 0, 16);
    }

    Style(String key, Painter painter, double specular, double shininess) {
        this.key = key;
        this.painter = painter;
        this.specular = (float) specular;
        this.shininess = (float) shininess;
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

package app.maskai.masks.templates;

import java.util.Arrays;

/** The catalogue's styles: which painter draws a template. */
enum TemplateStyle {
    ASTRONAUT("astronaut", new AstronautPainter()),
    RENAISSANCE("renaissance", new RenaissancePainter()),
    SUPERHERO("superhero", new SuperheroPainter()),
    KNIGHT("knight", new KnightPainter()),
    DIVER("diver", new DiverPainter()),
    ROYAL("royal", new RoyalPainter()),
    WANTED("wanted", new WantedPainter()),
    VIKING("viking", new VikingPainter());

    final String key;
    final TemplatePainter painter;

    TemplateStyle(String key, TemplatePainter painter) {
        this.key = key;
        this.painter = painter;
    }

    static TemplateStyle of(String key, String where) {
        for (TemplateStyle s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException(where + "style \"" + key + "\" is not one of "
                + Arrays.stream(values()).map(s -> s.key).toList());
    }
}

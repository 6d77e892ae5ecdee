package app.maskai.masks.templates;

/**
 * Paints one kind of template, in two passes round the shared painted head: {@link #behind} on
 * the back layer before the head, {@link #over} on the over layer after it. Whatever of the over
 * layer can lie over a person's face (near the face region) becomes the template's front layer,
 * so it must leave the eyes, the nose's tip and the mouth clear.
 */
interface TemplatePainter {
    /** The painted head's brows, eyes and ears. */
    PaintedHead.Look look(TemplateDesign design);

    /** The scene and whatever lies behind the head, on {@code c.back}. */
    void behind(TemplateCanvas c);

    /** Hair, headgear, clothes: whatever lies over the head, on {@code c.over}. */
    void over(TemplateCanvas c);
}

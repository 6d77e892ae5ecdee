/**
 * The face-template generator, {@link app.maskai.masks.templates.TemplateArt}: a catalogue of
 * drawn pictures a person's face is put into (a painted scene, a painted face where the person's
 * goes, what lies in front of it), one painter a template. May depend on app.maskai.masks.draw
 * and the core (its face layout and template metadata). The hairstyle generator
 * (app.maskai.masks.hairstyles) uses its placement and drawing helpers (FacePose, Light, Mask, Blur,
 * Dice, Strands' flow, Relief's forms, TemplateCanvas.graphics, TemplateFiles.png), public for it;
 * nothing else depends on it.
 */
package app.maskai.masks.templates;

/**
 * The face-template generator, {@link app.maskai.masks.templates.TemplateArt}: a catalogue of
 * drawn pictures a person's face is put into (a painted scene, a painted face where the person's
 * goes, what lies in front of it), one painter a template. May depend on app.maskai.masks.draw
 * and the core (its face layout and template metadata); nothing depends on it.
 */
package app.maskai.masks.templates;

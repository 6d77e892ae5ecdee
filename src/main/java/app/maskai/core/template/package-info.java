/**
 * Face templates (issue 15 §2): a template's description (its picture, landmarks, face region and
 * skin tone), where a person's face goes in it, and the colour transfer that matches the face to
 * the template's skin. Pure Java, no browser types; the renderer's template passes
 * (web.render.TemplatePasses) draw what these compute.
 */
package app.maskai.core.template;

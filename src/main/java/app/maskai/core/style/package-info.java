/**
 * Portrait styles (issue 15 §1): which styles there are and, from a face's landmarks, the regions
 * a style keeps detailed (eyes with brows, lips, the face). Pure Java, no browser types: the
 * renderer's style passes (web.render.StylePasses) read {@link app.maskai.core.style.StyleRegions}
 * as uniforms.
 */
package app.maskai.core.style;

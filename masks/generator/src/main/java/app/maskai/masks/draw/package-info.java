/**
 * Drawing support: the texture, layout geometry and layers, surface, tones, noise, the rasteriser.
 * May depend on the JDK (Java2D) and the core's face layout only; not on the rest of the generator.
 */
package app.maskai.masks.draw;

/**
 * Rotated rectangles in image pixels and the resampling transform that crops one into a model input.
 * Depends on nothing but java.lang: every other core package may use it.
 */
package app.maskai.core.geometry;

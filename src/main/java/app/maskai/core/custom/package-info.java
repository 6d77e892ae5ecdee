/**
 * Custom masks from a person's own picture: limits on what is accepted, flat background removal,
 * the six-anchor thin-plate-spline placement on the face layout, and binding the layout's mesh to
 * a picture's opaque pixels (also used by the build for the built-in masks). Depends on
 * app.maskai.core.layout and app.maskai.core.mask.
 */
package app.maskai.core.custom;

/**
 * The photo's light on a face: its direction, strength and ambient part, estimated from the
 * face's own shading over the landmark mesh's normals. Depends on app.maskai.core.landmarks.
 */
package app.maskai.core.light;

/**
 * The shared face layout: MediaPipe's canonical face model (3D positions, layout uv, triangles)
 * and its extension beyond the face oval (docs/CONTRACTS.md, "Version 2"). Depends on
 * app.maskai.core.json only.
 */
package app.maskai.core.layout;

/**
 * WebGL2 rendering through TeaVM's JSO bindings: the photo, then each fitted mask as a textured
 * triangle mesh, at the photo's full resolution. Depends on the core's fitted vertices only.
 */
package app.maskai.web.render;

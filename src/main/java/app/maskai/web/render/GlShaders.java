package app.maskai.web.render;

import org.teavm.jso.webgl.WebGLShader;

/** Compiles a GLSL shader, saying why where it fails (a lost context's failure is not one). */
final class GlShaders {
    private GlShaders() {
    }

    static WebGLShader compile(Gl gl, int type, String source) {
        WebGLShader shader = gl.createShader(type);
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        if (!gl.getShaderParameterb(shader, Gl.COMPILE_STATUS) && !gl.isContextLost()) {
            throw new IllegalStateException("WebGL shader failed to compile: " + gl.getShaderInfoLog(shader));
        }
        return shader;
    }
}

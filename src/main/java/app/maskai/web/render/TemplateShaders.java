package app.maskai.web.render;

/**
 * GLSL ES 3.00 sources of the face templates (see {@link TemplatePasses}). Every texture these
 * passes write holds row 0 at the picture's top, as an uploaded ImageBitmap does, so a pass over
 * the whole target (StyleShaders.VERTEX) reads and writes the same texture coordinates, and the
 * finished picture is drawn by the renderer exactly as a photo is.
 */
final class TemplateShaders {
    private TemplateShaders() {
    }

    /** Mesh positions in target pixels (x right, y down) to row 0 at the top; photo uv through. */
    static final String MESH_VERTEX = "#version 300 es\n"
            + "in vec3 a_position;\n"
            + "in vec2 a_uv;\n"
            + "in float a_middle;\n"   // 1 in the face's middle, 0 at its edge
            + "uniform vec2 u_size;\n"
            + "out vec2 v_uv;\n"
            + "out float v_middle;\n"
            + "void main() {\n"
            + "  gl_Position = vec4(a_position.xy / u_size * 2.0 - 1.0, 0.0, 1.0);\n"
            + "  v_uv = a_uv;\n"
            + "  v_middle = a_middle;\n"
            + "}\n";

    private static final String HEADER = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "out vec4 outColor;\n";

    /** YCbCr (BT.601 full range, as core.template.SkinTone) both ways. */
    private static final String YCC = ""
            + "vec3 toYcc(vec3 c) {\n"
            + "  return vec3(dot(c, vec3(0.299, 0.587, 0.114)),\n"
            + "      0.5 + dot(c, vec3(-0.168736, -0.331264, 0.5)),\n"
            + "      0.5 + dot(c, vec3(0.5, -0.418688, -0.081312)));\n"
            + "}\n"
            + "vec3 toRgb(vec3 y) {\n"
            + "  return vec3(y.x + 1.402 * (y.z - 0.5),\n"
            + "      y.x - 0.344136 * (y.y - 0.5) - 0.714136 * (y.z - 0.5),\n"
            + "      y.x + 1.772 * (y.y - 0.5));\n"
            + "}\n";

    /** The template picture, repeated u_copies times across; alpha 0 (no face yet). */
    static final String BACKGROUND = HEADER
            + "uniform sampler2D u_picture;\n"
            + "uniform float u_copies;\n"
            + "void main() { outColor = vec4(texture(u_picture, vec2(v_uv.x * u_copies, v_uv.y)).rgb, 0.0); }\n";

    /**
     * The person's face from the photo, colour-matched to the template's skin (core.template.
     * ColourTransfer: per channel in YCbCr, out = in × gain + offset), the edge's transfer at the
     * face's edge and the middle's in its middle; sharpened (an unsharp mask of one photo pixel) by
     * u_sharpen where the face is enlarged, as bilinear enlargement softens it, in the middle only
     * (the edge meets the painted skin).
     */
    static final String FACE = HEADER + YCC
            + "in float v_middle;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform vec3 u_gain;\n"
            + "uniform vec3 u_offset;\n"
            + "uniform vec3 u_middleGain;\n"
            + "uniform vec3 u_middleOffset;\n"
            + "uniform vec2 u_texel;\n"     // one photo pixel, in uv
            + "uniform float u_sharpen;\n"  // unsharp amount: a face enlarged from a small one is soft
            + "void main() {\n"
            + "  vec3 c = texture(u_photo, v_uv).rgb;\n"
            + "  vec3 around = 0.25 * (texture(u_photo, v_uv + vec2(u_texel.x, 0.0)).rgb\n"
            + "      + texture(u_photo, v_uv - vec2(u_texel.x, 0.0)).rgb + texture(u_photo, v_uv + vec2(0.0, u_texel.y)).rgb\n"
            + "      + texture(u_photo, v_uv - vec2(0.0, u_texel.y)).rgb);\n"
            + "  float w = smoothstep(0.0, 1.0, v_middle);\n"
            + "  c = clamp(c + u_sharpen * w * (c - around), 0.0, 1.0);\n"
            + "  vec3 y = toYcc(c) * mix(u_gain, u_middleGain, w) + mix(u_offset, u_middleOffset, w);\n"
            + "  outColor = vec4(clamp(toRgb(y), 0.0, 1.0), 0.0);\n"
            + "}\n";

    /** The blend region: alpha 1 (written alone, colour masked off). */
    static final String REGION = HEADER
            + "void main() { outColor = vec4(0.0, 0.0, 0.0, 1.0); }\n";

    /** The photo's colour at each landmark (the SAMPLE_VERTEX grid), blurred to mip level u_lod. */
    static final String SAMPLE = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_at;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform float u_lod;\n"
            + "out vec4 outColor;\n"
            + "void main() { outColor = vec4(textureLod(u_photo, v_at, u_lod).rgb, 1.0); }\n";

    /**
     * One level down a Gaussian pyramid (Burt and Adelson 1983, "A Multiresolution Spline with
     * Application to Image Mosaics", ACM TOG 2(4)): five bilinear taps (the 2 × 2 block under the
     * target pixel, weighted 1/2, and four diagonal neighbours at ±1 source texel, 1/8 each), a
     * smooth 4 × 4 low-pass, every channel (the alpha holds the blend mask).
     */
    static final String DOWN = HEADER
            + "uniform sampler2D u_in;\n"
            + "uniform vec2 u_texel;\n"   // one source texel in uv
            + "void main() {\n"
            + "  outColor = 0.5 * texture(u_in, v_uv)\n"
            + "      + 0.125 * (texture(u_in, v_uv + u_texel) + texture(u_in, v_uv - u_texel)\n"
            + "      + texture(u_in, v_uv + vec2(u_texel.x, -u_texel.y)) + texture(u_in, v_uv + vec2(-u_texel.x, u_texel.y)));\n"
            + "}\n";

    /**
     * One level of the blended Laplacian pyramid, collapsed as it is made (Burt and Adelson 1983):
     * R_i = m (F_i − E F_{i+1}) + (1 − m) (T_i − E T_{i+1}) + E R_{i+1}, where F is the face over the
     * template, T the template, m the mask and E the expand (four bilinear taps at ±½ coarse texel).
     * The mask is read two levels above the band's (F's alpha there, bilinear): each band then
     * meets over about four times its own scale, not at a hard edge, which is what leaves a step a
     * few pixels wide in the mid bands (the face's modelling against the painted skin) otherwise. At the top level R = mix(T, F, m). With m = 1 everywhere R
     * is F exactly, whatever E is: the bands cancel.
     */
    static final String COLLAPSE = HEADER
            + "uniform sampler2D u_face;\n"
            + "uniform sampler2D u_back;\n"
            + "uniform sampler2D u_faceUp;\n"
            + "uniform sampler2D u_backUp;\n"
            + "uniform sampler2D u_restUp;\n"
            + "uniform sampler2D u_mask;\n"   // the pyramid two levels up: its alpha, the mask softened
            + "uniform vec2 u_coarseTexel;\n"
            + "uniform bool u_top;\n"
            + "vec4 expand(sampler2D s) {\n"
            + "  vec2 h = 0.5 * u_coarseTexel;\n"
            + "  return 0.25 * (texture(s, v_uv + h) + texture(s, v_uv - h)\n"
            + "      + texture(s, v_uv + vec2(h.x, -h.y)) + texture(s, v_uv + vec2(-h.x, h.y)));\n"
            + "}\n"
            + "void main() {\n"
            + "  vec4 f = texture(u_face, v_uv);\n"
            + "  vec4 t = texture(u_back, v_uv);\n"
            + "  float m = clamp(texture(u_mask, v_uv).a, 0.0, 1.0);\n"
            + "  if (u_top) { outColor = vec4(mix(t.rgb, f.rgb, m), 1.0); return; }\n"
            + "  vec3 band = mix(t.rgb - expand(u_backUp).rgb, f.rgb - expand(u_faceUp).rgb, m);\n"
            + "  outColor = vec4(band + expand(u_restUp).rgb, 1.0);\n"
            + "}\n";

    /**
     * The finished picture: the blend (or, with u_paste, the face cut in by its mask, the
     * comparison without blending), then what lies in front of the face, premultiplied, repeated
     * as the template is.
     */
    static final String FINISH = HEADER
            + "uniform sampler2D u_blend;\n"
            + "uniform sampler2D u_face;\n"
            + "uniform sampler2D u_back;\n"
            + "uniform sampler2D u_front;\n"
            + "uniform float u_copies;\n"
            + "uniform bool u_paste;\n"
            + "uniform bool u_hasFront;\n"
            + "void main() {\n"
            + "  vec3 base;\n"
            + "  if (u_paste) {\n"
            + "    vec4 f = texture(u_face, v_uv);\n"
            + "    base = mix(texture(u_back, v_uv).rgb, f.rgb, step(0.5, f.a));\n"
            + "  } else {\n"
            + "    base = texture(u_blend, v_uv).rgb;\n"
            + "  }\n"
            + "  base = clamp(base, 0.0, 1.0);\n"
            + "  if (u_hasFront) {\n"
            + "    vec4 front = texture(u_front, vec2(v_uv.x * u_copies, v_uv.y));\n"
            + "    base = front.rgb + base * (1.0 - front.a);\n"
            + "  }\n"
            + "  outColor = vec4(base, 1.0);\n"
            + "}\n";
}

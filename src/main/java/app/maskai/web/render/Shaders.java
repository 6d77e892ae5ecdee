package app.maskai.web.render;

/**
 * GLSL ES 3.00 sources. Positions arrive in image pixels (x right, y down) with FaceMesh z in the
 * same pixel scale (smaller is nearer the camera); colours are premultiplied by alpha.
 */
final class Shaders {
    private Shaders() {
    }

    static final String VERTEX = "#version 300 es\n"
            + "in vec3 a_position;\n"
            + "in vec2 a_uv;\n"
            + "in vec3 a_normal;\n"             // the mask surface's unit normal (mask pass only)
            + "uniform vec2 u_size;\n"          // canvas size, pixels
            + "uniform vec2 u_offset;\n"        // pixels, for the contact shadow
            + "uniform float u_depthScale;\n"   // pixels that map to the whole depth range
            + "uniform float u_depthBias;\n"    // pixels added to z (pushes the occluder back)
            + "out vec2 v_uv;\n"
            + "out vec3 v_normal;\n"
            + "void main() {\n"
            + "  vec2 clip = (a_position.xy + u_offset) / u_size * 2.0 - 1.0;\n"
            + "  gl_Position = vec4(clip.x, -clip.y, clamp((a_position.z + u_depthBias) / u_depthScale, -1.0, 1.0), 1.0);\n"
            + "  v_uv = a_uv;\n"
            + "  v_normal = a_normal;\n"
            + "}\n";

    /**
     * The light samples: landmark i (its position in a_position) becomes pixel (i mod 32, i / 32)
     * of a 32 × 16 target, which the fragment shader fills with the photo's luma there.
     */
    static final String SAMPLE_VERTEX = "#version 300 es\n"
            + "in vec3 a_position;\n"
            + "uniform vec2 u_size;\n"
            + "out vec2 v_at;\n"
            + "void main() {\n"
            + "  v_at = a_position.xy / u_size;\n"
            + "  float i = float(gl_VertexID);\n"
            + "  vec2 cell = vec2(mod(i, 32.0), floor(i / 32.0)) + 0.5;\n"
            + "  gl_Position = vec4(cell / vec2(32.0, 16.0) * 2.0 - 1.0, 0.0, 1.0);\n"
            + "  gl_PointSize = 1.0;\n"
            + "}\n";

    /** The photo's luma (Rec. 709 weights, code values), blurred to the given mip level. */
    static final String SAMPLE = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_at;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform float u_lod;\n"
            + "out vec4 outColor;\n"
            + "void main() {\n"
            + "  vec3 c = textureLod(u_photo, v_at, u_lod).rgb;\n"
            + "  outColor = vec4(vec3(dot(c, vec3(0.2126, 0.7152, 0.0722))), 1.0);\n"
            + "}\n";

    /** The photo, copied texel for texel. */
    static final String COPY = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_texture;\n"
            + "out vec4 outColor;\n"
            + "void main() { outColor = texture(u_texture, v_uv); }\n";

    /**
     * A hairstyle overlay (premultiplied texture), recoloured as core.hair.HairShade says (u_shade.z
     * 0: as drawn) and shaded by the photo's light across the face: the skin's luma at the face's
     * two sides (u_sides: image-left cheek points, then image-right, in the photo's uv; blurred to
     * mip level u_lod) against their mean gives each side's gain (core.hair.HairstyleLight's
     * numbers), mixed across the overlay's width.
     */
    static final String HAIRSTYLE = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_hair;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform vec2 u_sides[4];\n"
            + "uniform float u_lod;\n"
            + "uniform vec3 u_colour;\n"   // Y, Cb, Cr
            + "uniform vec3 u_shade;\n"    // the overlay's mean luma, contrast k, strength
            + "out vec4 outColor;\n"
            + HairPasses.HAIR_SHADE
            + "float luma(vec2 at) { return dot(textureLod(u_photo, at, u_lod).rgb, vec3(0.299, 0.587, 0.114)); }\n"
            + "void main() {\n"
            + "  vec4 t = texture(u_hair, v_uv);\n"
            + "  if (t.a < 0.5 / 255.0) discard;\n"
            + "  vec3 c = t.rgb / t.a;\n"
            + "  vec3 rgb = hairShade(c, u_colour, u_shade.xy);\n"
            + "  c = mix(c, rgb, u_shade.z);\n"
            + "  float left = 0.5 * (luma(u_sides[0]) + luma(u_sides[1]));\n"
            + "  float right = 0.5 * (luma(u_sides[2]) + luma(u_sides[3]));\n"
            + "  float mean = max(0.02, 0.5 * (left + right));\n"
            + "  float follow = " + app.maskai.core.hair.HairstyleLight.FOLLOW + ";\n"
            + "  vec2 gain = clamp(1.0 + follow * (vec2(left, right) / mean - 1.0), "
            + app.maskai.core.hair.HairstyleLight.MIN_GAIN + ", " + app.maskai.core.hair.HairstyleLight.MAX_GAIN + ");\n"
            + "  c = clamp(c * mix(gain.x, gain.y, smoothstep(0.3, 0.7, v_uv.x)), 0.0, 1.0);\n"
            + "  outColor = vec4(c * t.a, t.a);\n"
            + "}\n";

    /**
     * The person's own hair hidden under a hairstyle overlay (drawn over the hair matte's
     * rectangle, before the masks and the overlay): what lies behind the hair (u_fill,
     * core.hair.HairFill, scaled up bilinearly) through the hair matte (v_uv over the rectangle).
     * The whole matte, not only under the overlay: a fill stopping at the overlay's edge drew a pale
     * outline round it where the rest of the hair went on (tried).
     */
    static final String HIDE_HAIR = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_matte;\n"
            + "uniform sampler2D u_fill;\n"
            + "uniform vec2 u_fillScale;\n"
            + "out vec4 outColor;\n"
            + "void main() {\n"
            + "  float a = texture(u_matte, v_uv).r;\n"
            + "  outColor = vec4(texture(u_fill, v_uv * u_fillScale).rgb * a, a);\n"
            + "}\n";

    /**
     * What is in front of the masks (a hand): the photo again, through a matte that covers the
     * rectangle u_matteRect (x, y, width, height in the photo's uv) and is 0 outside it.
     */
    static final String OCCLUDE = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_texture;\n"
            + "uniform sampler2D u_matte;\n"
            + "uniform vec4 u_matteRect;\n"
            + "out vec4 outColor;\n"
            + "void main() {\n"
            + "  vec2 m = (v_uv - u_matteRect.xy) / u_matteRect.zw;\n"
            + "  float inside = step(0.0, m.x) * step(m.x, 1.0) * step(0.0, m.y) * step(m.y, 1.0);\n"
            + "  float a = inside * texture(u_matte, clamp(m, 0.0, 1.0)).r;\n"
            + "  outColor = texture(u_texture, v_uv) * a;\n"
            + "}\n";

    /** Depth only: the face as an occluder. */
    static final String DEPTH_ONLY = "#version 300 es\n"
            + "precision mediump float;\n"
            + "out vec4 outColor;\n"
            + "void main() { outColor = vec4(0.0); }\n";

    /** A soft, blurred copy of the mask's silhouette, darkening the skin just below its edge. */
    static final String SHADOW = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_mask;\n"
            + "uniform float u_strength;\n"
            + "out vec4 outColor;\n"
            + "void main() { outColor = vec4(0.0, 0.0, 0.0, texture(u_mask, v_uv, 3.0).a * u_strength); }\n";

    /**
     * The mask lit by the photo's own light.
     * <ul>
     * <li>Shading: the photo's luminance around the fragment, blurred to about a quarter of the
     * inter-ocular distance (a mip level), relative to the face's mean skin luminance, so shadows
     * and highlights that fall across the face fall across the mask.</li>
     * <li>Exposure and colour cast: the scene's mean colour (the photo's 1×1 mip) and the skin's
     * scale the mask's brightness and tint its colour, so a mask on a dim photo does not glow; a
     * black-and-white photo (no colour in the skin) gets a grey mask.</li>
     * </ul>
     * {@code u_lighting} (from the mask's metadata) sets how strongly all this applies.
     */
    static final String MASK = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "uniform sampler2D u_mask;\n"
            + "uniform sampler2D u_photo;\n"
            + "uniform vec2 u_size;\n"
            + "uniform float u_opacity;\n"
            + "uniform float u_lighting;\n"
            + "uniform float u_shadeLod;\n"
            + "uniform float u_sceneLod;\n"
            + "uniform vec2 u_skin[5];\n"       // skin sample points, 0..1 of the photo
            + "in vec3 v_normal;\n"
            // The photo's light on this face (core.light.FaceLight): the unit direction towards
            // it, and its directional share of all the light (0 for even light).
            + "uniform vec3 u_light;\n"
            + "uniform float u_lightShare;\n"
            + "uniform float u_specular;\n"     // the material's highlight, 0: matte
            + "uniform float u_shininess;\n"
            // A colour given to the mask (rgb) and its share (a), a batch's colour mix (core.batch.MaskMix).
            + "uniform vec4 u_recolour;\n"
            + "out vec4 outColor;\n"
            + "float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }\n"
            // Highlights roll off towards white above the knee instead of clipping: a white mask in
            // a spotlight keeps its shading (issue 13; HardLightIT measures the share left clipped).
            + "const float KNEE = 0.8;\n"
            // How far the light under the mask may differ from the skin's mean: wide enough for a
            // face lit from one side (HardLightIT's darkened side is 0.35 of the lit one), narrow
            // enough that a dark nostril or beard under the blur does not blacken the mask.
            + "const float SHADE_MIN = 0.2;\n"
            + "const float SHADE_MAX = 2.2;\n"
            + "vec3 shoulder(vec3 c) {\n"
            + "  vec3 over = max(c - KNEE, 0.0);\n"
            + "  return min(c, vec3(KNEE)) + (1.0 - KNEE) * (1.0 - exp(-over / (1.0 - KNEE)));\n"
            + "}\n"
            + "void main() {\n"
            + "  vec4 m = texture(u_mask, v_uv);\n"
            + "  if (m.a <= 0.0) discard;\n"
            + "  if (u_recolour.a > 0.0) {\n"
            // The mask's mean luminance, from its texture's last mip level (premultiplied: rgb / a);
            // each texel's shade relative to it keeps weave and folds, so that a black mask dyed
            // white is white, not grey.
            + "    vec4 mean = textureLod(u_mask, vec2(0.5), 16.0);\n"
            + "    float meanL = max(luma(mean.rgb) / max(mean.a, 0.001), 0.04);\n"
            + "    float relative = clamp(luma(m.rgb) / m.a / meanL, 0.3, 1.6);\n"
            + "    m.rgb = mix(m.rgb, min(u_recolour.rgb * relative, vec3(1.0)) * m.a, u_recolour.a);\n"
            + "  }\n"
            + "  vec2 p = vec2(gl_FragCoord.x, u_size.y - gl_FragCoord.y) / u_size;\n"
            + "  vec3 skin = vec3(0.0);\n"
            + "  for (int i = 0; i < 5; i++) skin += textureLod(u_photo, u_skin[i], u_shadeLod).rgb;\n"
            + "  skin /= 5.0;\n"
            + "  vec3 scene = textureLod(u_photo, vec2(0.5), u_sceneLod).rgb;\n"
            + "  float skinL = max(luma(skin), 0.03);\n"
            + "  float sceneL = max(luma(scene), 0.03);\n"
            + "  float shade = clamp(luma(textureLod(u_photo, p, u_shadeLod).rgb) / skinL, SHADE_MIN, SHADE_MAX);\n"
            + "  float exposure = clamp((0.4 * sceneL + 0.6 * skinL) / 0.42, 0.15, 2.2);\n"
            + "  vec3 tint = mix(vec3(1.0), clamp(scene / sceneL, 0.6, 1.5), 0.25);\n"
            // Colourfulness of the photo, read off the skin (saturation ~0.2-0.5 in colour photos,
            // ~0 in black-and-white ones): a grey photo gets a grey mask.
            + "  float chroma = (max(skin.r, max(skin.g, skin.b)) - min(skin.r, min(skin.g, skin.b)))"
            + " / max(max(skin.r, max(skin.g, skin.b)), 0.03);\n"
            + "  float colour = mix(1.0, clamp(chroma / 0.12, 0.0, 1.0), u_lighting);\n"
            + "  vec3 base = mix(vec3(luma(m.rgb)), m.rgb, colour);\n"
            + "  vec3 lit = base * mix(vec3(1.0), tint * exposure * shade, u_lighting);\n"
            // Blinn–Phong: the viewer looks along +z, so the half vector lies between the light
            // and (0, 0, −1); scaled by the light that reaches this point (the shade) and white,
            // as a dielectric's highlight is.
            + "  if (u_specular > 0.0) {\n"
            + "    vec3 n = normalize(v_normal);\n"
            + "    vec3 h = normalize(u_light + vec3(0.0, 0.0, -1.0));\n"
            + "    float glint = pow(max(dot(n, h), 0.0), u_shininess) * step(0.0, dot(n, u_light));\n"
            + "    lit += vec3(u_specular * u_lightShare * glint * exposure * min(shade, 1.5) * u_lighting) * m.a;\n"
            + "  }\n"
            + "  outColor = vec4(shoulder(lit / m.a) * m.a, m.a) * u_opacity;\n"
            + "}\n";
}

package app.maskai.web.render;

/**
 * GLSL ES 3.00 sources of the portrait styles (see {@link StylePasses}). Every pass draws one
 * triangle over its whole target; textures hold the drawn result as the framebuffer does (row 0 at
 * the bottom), so texture coordinates are shared by every pass. Image pixels (x right, y down)
 * are {@code (uv.x, 1 - uv.y) * u_size}.
 */
final class StyleShaders {
    private StyleShaders() {
    }

    /** One triangle covering the target; v_uv 0..1 over it. */
    static final String VERTEX = "#version 300 es\n"
            + "out vec2 v_uv;\n"
            + "void main() {\n"
            + "  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));\n"
            + "  v_uv = p;\n"
            + "  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);\n"
            + "}\n";

    private static final String HEADER = "#version 300 es\n"
            + "precision highp float;\n"
            + "in vec2 v_uv;\n"
            + "out vec4 outColor;\n"
            + "uniform vec2 u_size;\n"       // the result's size, pixels
            + "float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }\n";

    /**
     * The detail map (a quarter of the result's size each way): the greatest over the regions of
     * weight × (1 − smoothstep(0.75, 1, distance)), as core.style.StyleRegions.weightAt.
     */
    static final String DETAIL = HEADER
            + "uniform vec4 u_ellipse[32];\n"   // centre x, y, semi-axes a, b (image pixels)
            + "uniform vec2 u_shape[32];\n"     // angle (radians), weight
            + "uniform int u_count;\n"
            + "void main() {\n"
            + "  vec2 p = vec2(v_uv.x, 1.0 - v_uv.y) * u_size;\n"
            + "  float best = 0.0;\n"
            + "  for (int i = 0; i < 32; i++) {\n"
            + "    if (i >= u_count) break;\n"
            + "    vec4 e = u_ellipse[i];\n"
            + "    float c = cos(u_shape[i].x), s = sin(u_shape[i].x);\n"
            + "    vec2 d = p - e.xy;\n"
            + "    vec2 q = vec2((d.x * c + d.y * s) / e.z, (-d.x * s + d.y * c) / e.w);\n"
            + "    best = max(best, u_shape[i].y * (1.0 - smoothstep(0.75, 1.0, length(q))));\n"
            + "  }\n"
            + "  outColor = vec4(best, 0.0, 0.0, 1.0);\n"
            + "}\n";

    /**
     * One direction of a separable Gaussian whose width follows the detail map: sigma =
     * mix(u_sigmaBack, u_sigmaFace, detail). Mode 0: the source's luminance at sigma (R) and at
     * 1.6 × sigma (G), for the difference of Gaussians; mode 1: R and G of the input again, each at
     * its own sigma; mode 2: the input's colour at sigma. Mode 4, no blur: the source's structure
     * tensor (Sobel on luminance: E, F, G as R, G, B, F moved into 0..1), blurred after by mode 2.
     */
    static final String BLUR = HEADER
            + "uniform sampler2D u_in;\n"
            + "uniform sampler2D u_detail;\n"
            + "uniform vec2 u_step;\n"          // one pixel along the blur, in uv
            + "uniform float u_sigmaFace;\n"
            + "uniform float u_sigmaBack;\n"
            + "uniform int u_mode;\n"
            + "vec3 tap4(vec2 uv) {\n"
            + "  vec2 px = 1.0 / u_size;\n"
            + "  float tl = luma(texture(u_in, uv + vec2(-px.x, px.y)).rgb), t = luma(texture(u_in, uv + vec2(0.0, px.y)).rgb);\n"
            + "  float tr = luma(texture(u_in, uv + px).rgb), l = luma(texture(u_in, uv - vec2(px.x, 0.0)).rgb);\n"
            + "  float r = luma(texture(u_in, uv + vec2(px.x, 0.0)).rgb), bl = luma(texture(u_in, uv - px).rgb);\n"
            + "  float b = luma(texture(u_in, uv - vec2(0.0, px.y)).rgb), br = luma(texture(u_in, uv + vec2(px.x, -px.y)).rgb);\n"
            + "  float gx = (tr + 2.0 * r + br - tl - 2.0 * l - bl) / 4.0;\n"
            + "  float gy = (tl + 2.0 * t + tr - bl - 2.0 * b - br) / 4.0;\n"
            + "  return vec3(gx * gx, gx * gy * 0.5 + 0.5, gy * gy);\n"
            + "}\n"
            + "vec4 tap(vec2 uv) {\n"
            + "  if (u_mode == 0) { float l = luma(texture(u_in, uv).rgb); return vec4(l, l, 0.0, 1.0); }\n"
            + "  return texture(u_in, uv);\n"
            + "}\n"
            + "void main() {\n"
            + "  if (u_mode == 4) { outColor = vec4(tap4(v_uv), 1.0); return; }\n"
            + "  float detail = texture(u_detail, v_uv).r;\n"
            + "  float sigma = max(0.3, mix(u_sigmaBack, u_sigmaFace, detail));\n"
            + "  float sigma2 = sigma * 1.6;\n"
            + "  float reach = (u_mode == 0 || u_mode == 1) ? sigma2 : sigma;\n"
            + "  float stride = max(1.0, ceil(reach * 3.0 / 16.0));\n"
            + "  vec4 sum = vec4(0.0);\n"
            + "  vec2 weights = vec2(0.0);\n"
            + "  for (int i = -16; i <= 16; i++) {\n"
            + "    float x = float(i) * stride;\n"
            + "    if (abs(x) > reach * 3.0 + 0.5) continue;\n"
            + "    vec4 c = tap(v_uv + u_step * x);\n"
            + "    float w1 = exp(-x * x / (2.0 * sigma * sigma));\n"
            + "    float w2 = exp(-x * x / (2.0 * sigma2 * sigma2));\n"
            + "    if (u_mode == 0 || u_mode == 1) {\n"
            + "      sum.r += c.r * w1; sum.g += c.g * w2; weights += vec2(w1, w2);\n"
            + "    } else {\n"
            + "      sum += c * w1; weights += vec2(w1);\n"
            + "    }\n"
            + "  }\n"
            + "  if (u_mode == 0 || u_mode == 1) outColor = vec4(sum.r / weights.x, sum.g / weights.y, 0.0, 1.0);\n"
            + "  else outColor = vec4((sum / weights.x).rgb, 1.0);\n"
            + "}\n";

    /**
     * The result at the working size (u_size) from the full-size copy (u_full): the mean of
     * n × n bilinear samples over each working pixel's footprint (u_taps = n, at most 8).
     */
    static final String DOWN = HEADER
            + "uniform sampler2D u_full;\n"
            + "uniform int u_taps;\n"
            + "void main() {\n"
            + "  vec3 sum = vec3(0.0);\n"
            + "  float n = float(u_taps);\n"
            + "  for (int j = 0; j < 8; j++) {\n"
            + "    if (j >= u_taps) break;\n"
            + "    for (int i = 0; i < 8; i++) {\n"
            + "      if (i >= u_taps) break;\n"
            + "      vec2 at = (gl_FragCoord.xy - 0.5 + (vec2(float(i), float(j)) + 0.5) / n) / u_size;\n"
            + "      sum += texture(u_full, at).rgb;\n"
            + "    }\n"
            + "  }\n"
            + "  outColor = vec4(sum / (n * n), 1.0);\n"
            + "}\n";

    /**
     * The style made at the working size (u_styled, from the working copy u_low) brought back to
     * the full size (u_size) by joint bilateral upsampling (Kopf, Cohen, Lischinski and Uyttendaele
     * 2007): each pixel takes the four nearest working pixels' styles, weighted by nearness and by
     * how like the pixel's own colour (u_full) their colour is, so the style's edges fall on the
     * photo's own edges, not on the working grid's; then mixed with the full-size result by
     * u_strength.
     */
    static final String UP = HEADER
            + "uniform sampler2D u_full;\n"
            + "uniform sampler2D u_low;\n"
            + "uniform sampler2D u_styled;\n"
            + "uniform vec2 u_lowSize;\n"
            + "uniform float u_strength;\n"
            + "void main() {\n"
            + "  vec2 uv = gl_FragCoord.xy / u_size;\n"
            + "  vec3 g = texture(u_full, uv).rgb;\n"
            + "  vec2 lp = uv * u_lowSize - 0.5;\n"
            + "  vec2 base = floor(lp), f = lp - base;\n"
            + "  vec3 sum = vec3(0.0);\n"
            + "  float weights = 0.0;\n"
            + "  for (int k = 0; k < 4; k++) {\n"
            + "    vec2 o = vec2(float(k & 1), float(k >> 1));\n"
            + "    vec2 q = (clamp(base + o, vec2(0.0), u_lowSize - 1.0) + 0.5) / u_lowSize;\n"
            + "    vec2 t = mix(1.0 - f, f, o);\n"
            + "    vec3 d = texture(u_low, q).rgb - g;\n"
            + "    float w = t.x * t.y * exp(-dot(d, d) * 50.0) + 1e-4 * t.x * t.y;\n"
            + "    sum += w * texture(u_styled, q).rgb;\n"
            + "    weights += w;\n"
            + "  }\n"
            + "  outColor = vec4(mix(g, sum / weights, u_strength), 1.0);\n"
            + "}\n";

    /**
     * Each style from the source (u_src), its luminance at two widths (u_dog: R, G), its blurred
     * colour (u_soft), its structure tensor (u_tensor, oil) and the detail map; mixed with the
     * source by u_strength.
     */
    static final String STYLE = HEADER
            + "uniform sampler2D u_src;\n"
            + "uniform sampler2D u_dog;\n"
            + "uniform sampler2D u_soft;\n"
            + "uniform sampler2D u_tensor;\n"
            + "uniform sampler2D u_detail;\n"
            + "uniform int u_style;\n"
            + "uniform float u_strength;\n"
            + "uniform float u_scale;\n"       // the result's short side / 512, at least 1
            + "float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }\n"
            + "float noise(vec2 p) {\n"
            + "  vec2 i = floor(p), f = fract(p); f = f * f * (3.0 - 2.0 * f);\n"
            + "  return mix(mix(hash(i), hash(i + vec2(1, 0)), f.x), mix(hash(i + vec2(0, 1)), hash(i + vec2(1, 1)), f.x), f.y);\n"
            + "}\n"
            // XDoG (Winnemöller et al. 2012, its edge form): 1 on flat areas, falling to 0 on a line.
            + "float xdog(float detail, float phi) {\n"
            + "  vec2 g = texture(u_dog, v_uv).rg;\n"
            + "  float d = g.r - 0.985 * g.g;\n"
            + "  float eps = mix(0.012, 0.004, detail);\n"
            + "  return d > -eps ? 1.0 : clamp(1.0 + tanh(phi * (d + eps)), 0.0, 1.0);\n"
            + "}\n"
            + "vec3 saturate(vec3 c, float amount) { float l = luma(c); return clamp(mix(vec3(l), c, amount), 0.0, 1.0); }\n"
            // Anisotropic Kuwahara (Kyprianidis, Kang and Döllner 2009): 8 sectors of an ellipse along
            // the structure, the sectors' means weighted by how little their colours vary.
            + "const vec2 SECTOR[8] = vec2[8](vec2(1.0, 0.0), vec2(0.7071, 0.7071), vec2(0.0, 1.0), vec2(-0.7071, 0.7071),"
            + " vec2(-1.0, 0.0), vec2(-0.7071, -0.7071), vec2(0.0, -1.0), vec2(0.7071, -0.7071));\n"
            + "vec3 kuwahara(float detail) {\n"
            + "  vec3 t = texture(u_tensor, v_uv).rgb;\n"
            + "  float e = t.r, f = (t.g - 0.5) * 2.0, g = t.b;\n"
            + "  float root = sqrt(max(0.0, (e - g) * (e - g) + 4.0 * f * f));\n"
            + "  float l1 = (e + g + root) / 2.0, l2 = (e + g - root) / 2.0;\n"
            + "  vec2 dir = vec2(l1 - e, -f);\n"
            + "  dir = length(dir) > 1e-7 ? normalize(dir) : vec2(0.0, 1.0);\n"
            + "  float a = l1 + l2 > 1e-7 ? (l1 - l2) / (l1 + l2) : 0.0;\n"
            + "  float radius = mix(12.0, 3.5, detail) * u_scale;\n"
            + "  float ra = radius * (1.0 + a), rb = radius / (1.0 + a);\n"
            + "  vec2 px = 1.0 / u_size;\n"
            + "  vec3 m[8]; vec3 s[8]; float w[8];\n"
            + "  for (int k = 0; k < 8; k++) { m[k] = vec3(0.0); s[k] = vec3(0.0); w[k] = 0.0; }\n"
            + "  float stride = max(1.0, ra / 4.0);\n"
            + "  for (int j = -4; j <= 4; j++) {\n"
            + "    for (int i = -4; i <= 4; i++) {\n"
            + "      vec2 o = vec2(float(i), float(j)) * stride;\n"   // pixels, in the ellipse's frame
            + "      vec2 q = vec2(o.x / ra, o.y / rb);\n"
            + "      float r2 = dot(q, q);\n"
            + "      if (r2 > 1.0) continue;\n"
            + "      vec2 along = vec2(dir.y, -dir.x);\n"
            + "      vec2 offset = (o.x * along + o.y * dir) * px;\n"
            + "      vec3 c = texture(u_src, v_uv + offset).rgb;\n"
            + "      float radial = exp(-3.0 * r2);\n"
            + "      vec2 n = r2 < 1e-6 ? vec2(0.0) : q / sqrt(r2);\n"
            + "      for (int k = 0; k < 8; k++) {\n"
            // cos(angle - k·45°)^8 from a dot product: no atan, cos or pow per sample.
            + "        float cs = max(0.0, dot(n, SECTOR[k]));\n"
            + "        cs *= cs; cs *= cs; cs *= cs;\n"
            + "        float sector = r2 < 1e-6 ? 0.125 : cs;\n"
            + "        float wk = radial * sector;\n"
            + "        m[k] += c * wk; s[k] += c * c * wk; w[k] += wk;\n"
            + "      }\n"
            + "    }\n"
            + "  }\n"
            + "  vec3 sum = vec3(0.0); float total = 0.0;\n"
            + "  for (int k = 0; k < 8; k++) {\n"
            + "    if (w[k] <= 0.0) continue;\n"
            + "    vec3 mean = m[k] / w[k];\n"
            + "    vec3 v = abs(s[k] / w[k] - mean * mean);\n"
            + "    float alpha = 1.0 / (1.0 + pow(255.0 * (v.r + v.g + v.b), 4.0));\n"
            + "    sum += mean * alpha; total += alpha;\n"
            + "  }\n"
            + "  return total > 0.0 ? sum / total : texture(u_src, v_uv).rgb;\n"
            + "}\n"
            // One screen of halftone dots: the ink of a channel at the cell's middle, a dot as large as it.
            + "float dots(vec2 p, float angle, float cell, int channel) {\n"
            + "  float c = cos(angle), s = sin(angle);\n"
            + "  vec2 q = mat2(c, -s, s, c) * p;\n"
            + "  vec2 middle = (floor(q / cell) + 0.5) * cell;\n"
            + "  vec2 back = mat2(c, s, -s, c) * middle;\n"
            + "  vec3 colour = saturate(texture(u_soft, vec2(back.x / u_size.x, 1.0 - back.y / u_size.y)).rgb, 1.5);\n"
            + "  float ink = 1.0 - colour[channel];\n"
            + "  float radius = cell * 0.72 * sqrt(ink);\n"
            + "  return 1.0 - smoothstep(radius - 0.75, radius + 0.75, length(q - middle));\n"
            + "}\n"
            + "vec3 halftone(vec2 p, float cell) {\n"
            + "  return vec3(1.0 - dots(p, 0.2618, cell, 0), 1.0 - dots(p, 1.309, cell, 1), 1.0 - dots(p, 0.0, cell, 2));\n"
            + "}\n"
            + "void main() {\n"
            + "  vec3 src = texture(u_src, v_uv).rgb;\n"
            + "  float detail = texture(u_detail, v_uv).r;\n"
            + "  vec2 p = vec2(v_uv.x, 1.0 - v_uv.y) * u_size;\n"
            + "  vec3 soft = texture(u_soft, v_uv).rgb;\n"
            + "  vec3 styled = src;\n"
            + "  if (u_style == 1) {\n"   // pencil
            + "    float line = xdog(detail, 90.0);\n"
            + "    float tone = texture(u_dog, v_uv).g;\n"
            + "    float shade = mix(1.0, smoothstep(0.0, 0.85, tone), mix(0.3, 0.45, detail));\n"
            + "    float grain = 0.96 + 0.04 * noise(p * 0.7 / u_scale);\n"
            + "    styled = vec3(line * shade * grain) * vec3(1.0, 0.99, 0.96);\n"
            + "  } else if (u_style == 2) {\n"   // ink and comic
            + "    float l = luma(soft);\n"
            + "    float levels = mix(3.0, 5.0, detail);\n"
            + "    float q = floor(l * levels + 0.5) / levels;\n"
            + "    vec3 toned = saturate(soft * (max(q, 0.06) / max(l, 0.02)), 1.25);\n"
            + "    styled = toned * xdog(detail, 300.0);\n"
            + "  } else if (u_style == 3) {\n"   // oil
            + "    vec3 t = texture(u_tensor, v_uv).rgb;\n"
            + "    float e = t.r, f = (t.g - 0.5) * 2.0, g = t.b;\n"
            + "    float root = sqrt(max(0.0, (e - g) * (e - g) + 4.0 * f * f));\n"
            + "    vec2 dir = vec2((e + g + root) / 2.0 - e, -f);\n"
            + "    dir = length(dir) > 1e-7 ? normalize(dir) : vec2(0.0, 1.0);\n"
            // Brush strokes: noise stretched along the structure, fainter where detail is kept.
            + "    vec2 along = vec2(dir.y, -dir.x);\n"
            + "    float stroke = noise(vec2(dot(p, along) * 0.09, dot(p, dir) * 0.7) / u_scale);\n"
            + "    float relief = mix(1.0, 0.86 + 0.28 * stroke, mix(1.0, 0.35, detail));\n"
            + "    styled = saturate(kuwahara(detail), 1.2) * relief;\n"
            + "  } else if (u_style == 4) {\n"   // watercolour
            + "    vec2 px = 1.0 / u_size;\n"
            + "    float gx = luma(texture(u_soft, v_uv + vec2(px.x, 0.0)).rgb) - luma(texture(u_soft, v_uv - vec2(px.x, 0.0)).rgb);\n"
            + "    float gy = luma(texture(u_soft, v_uv + vec2(0.0, px.y)).rgb) - luma(texture(u_soft, v_uv - vec2(0.0, px.y)).rgb);\n"
            + "    float edge = smoothstep(0.004, 0.05, length(vec2(gx, gy)) * u_scale);\n"
            + "    vec3 pigment = 1.0 - (1.0 - soft) * (0.82 + 0.3 * edge);\n"
            + "    float paper = 0.9 + 0.1 * noise(p * 0.35 / u_scale) * noise(p * 0.09 / u_scale + 7.0);\n"
            + "    float wash = 0.94 + 0.06 * noise(p * 0.02 / u_scale);\n"
            + "    vec3 lines = mix(vec3(1.0), vec3(xdog(detail, 40.0)), mix(0.2, 0.55, detail));\n"
            + "    styled = clamp(pigment * paper * wash * lines, 0.0, 1.0);\n"
            + "  } else if (u_style == 5) {\n"   // pop-art halftone
            + "    float fine = 3.5 * u_scale, coarse = 7.0 * u_scale;\n"
            + "    styled = mix(halftone(p, coarse), halftone(p, fine), smoothstep(0.2, 0.8, detail));\n"
            + "    styled *= mix(1.0, xdog(detail, 200.0), 0.85);\n"
            + "  } else if (u_style == 6) {\n"   // duotone poster
            + "    float l = luma(soft);\n"
            + "    float levels = mix(4.0, 7.0, detail);\n"
            + "    float q = floor(l * levels) / (levels - 1.0);\n"
            + "    vec3 dark = vec3(0.11, 0.15, 0.35), light = vec3(1.0, 0.55, 0.42);\n"
            + "    styled = mix(dark, light, clamp(q, 0.0, 1.0)) * mix(1.0, xdog(detail, 250.0), 0.9);\n"
            + "  }\n"
            + "  outColor = vec4(mix(src, styled, u_strength), 1.0);\n"
            + "}\n";
}

package app.maskai.it;

/**
 * Page-side helpers for the issue-3 browser tests, used after {@link PageScripts#PRELUDE}:
 * {@code F.*} makes exact copies of a photo (mirrored, turned, scaled, darkened, composed), each
 * with the affine map that carries a point of the source to the copy, and measures masks on
 * results (where a fitted mask covers, mean luminance, differences).
 *
 * <p>An affine map is {@code [a, b, c, d, e, f]} as in canvas {@code setTransform}:
 * x' = a·x + c·y + e, y' = b·x + d·y + f, in continuous pixel coordinates (a pixel's centre at
 * +0.5), which is how drawImage places a source under a transform.
 */
public final class FitScripts {
    private FitScripts() {
    }

    public static final String HELPERS = """
            const F = {
              NEUTRAL: '#808080',
              /** The face oval (docs/CONTRACTS.md, FACE_OVAL), in order. */
              OVAL: [10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400,
                     377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109],
              /**
               * The source drawn through map m onto a width × height canvas filled with neutral grey.
               * smooth=false moves whole pixels (exact for mirrors and quarter turns).
               */
              warp(source, width, height, m, smooth) {
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d');
                ctx.fillStyle = F.NEUTRAL;
                ctx.fillRect(0, 0, width, height);
                ctx.imageSmoothingEnabled = smooth;
                ctx.imageSmoothingQuality = 'high';
                ctx.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
                ctx.drawImage(source, 0, 0);
                return {canvas: c, map: m};
              },
              mirrored(source) {
                return F.warp(source, source.width, source.height, [-1, 0, 0, 1, source.width, 0], false);
              },
              /** Turned clockwise by degrees about its centre, on a canvas that holds all of it. */
              turned(source, degrees) {
                const t = degrees * Math.PI / 180, cos = Math.cos(t), sin = Math.sin(t);
                const w = source.width, h = source.height;
                const width = Math.round(w * Math.abs(cos) + h * Math.abs(sin));
                const height = Math.round(w * Math.abs(sin) + h * Math.abs(cos));
                const quarter = degrees % 90 === 0;
                const a = quarter ? Math.round(cos) : cos, b = quarter ? Math.round(sin) : sin;
                const m = [a, b, -b, a, width / 2 - (a * w / 2 - b * h / 2), height / 2 - (b * w / 2 + a * h / 2)];
                return F.warp(source, width, height, m, !quarter);
              },
              scaled(source, s) {
                return F.warp(source, Math.round(source.width * s), Math.round(source.height * s),
                    [s, 0, 0, s, 0, 0], true);
              },
              /** Each channel of every pixel × factor, rounded and clipped to 0..255; alpha kept. */
              shaded(source, factor) {
                const pixels = T.pixels(source);
                const d = pixels.data;
                for (let i = 0; i < d.length; i += 4) {
                  for (let k = 0; k < 3; k++) d[i + k] = Math.min(255, Math.round(d[i + k] * factor));
                }
                const c = T.canvas(source.width, source.height);
                c.getContext('2d').putImageData(pixels, 0, 0);
                return {canvas: c, map: [1, 0, 0, 1, 0, 0]};
              },
              /** Each channel of pixel (x, y) × factor(x + ½, y + ½), rounded and clipped; alpha kept. */
              relit(source, factor) {
                const w = source.width, h = source.height, pixels = T.pixels(source), d = pixels.data;
                for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                  const f = factor(x + 0.5, y + 0.5), i = 4 * (y * w + x);
                  for (let k = 0; k < 3; k++) d[i + k] = Math.min(255, Math.round(d[i + k] * f));
                }
                const c = T.canvas(w, h);
                c.getContext('2d').putImageData(pixels, 0, 0);
                return c;
              },
              /** Lit from the face's left: × 1 at the face box's left edge falling to × dark at its right. */
              sideLit(source, box, dark) {
                return F.relit(source, x => 1 - (1 - dark) * Math.min(1, Math.max(0, (x - box.x) / box.width)));
              },
              /**
               * One spotlight on the face's upper left against black: × (0.04 + gain · a Gaussian
               * of `width` face widths centred at 0.3, 0.3 of the face box).
               */
              spotLit(source, box, width, gain) {
                const sx = box.x + 0.3 * box.width, sy = box.y + 0.3 * box.height, sigma = width * box.width;
                return F.relit(source, (x, y) => 0.04 + gain * Math.exp(-((x - sx) ** 2 + (y - sy) ** 2) / (2 * sigma * sigma)));
              },
              /**
               * A width × height neutral canvas with the source drawn at each placement
               * {scale, x, y} (its top-left corner at x, y); returns the canvas and one map each.
               */
              composed(source, width, height, placements) {
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d');
                ctx.fillStyle = F.NEUTRAL;
                ctx.fillRect(0, 0, width, height);
                ctx.imageSmoothingEnabled = true;
                ctx.imageSmoothingQuality = 'high';
                const maps = placements.map(p => {
                  ctx.drawImage(source, p.x, p.y, source.width * p.scale, source.height * p.scale);
                  return [p.scale, 0, 0, p.scale, p.x, p.y];
                });
                return {canvas: c, maps};
              },
              /**
               * The source's region [sx, sy, sw, sh] scaled by s, its top-left corner at (x, y) of a
               * width × height neutral canvas.
               */
              cutout(source, [sx, sy, sw, sh], s, width, height, x, y) {
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d');
                ctx.fillStyle = F.NEUTRAL;
                ctx.fillRect(0, 0, width, height);
                ctx.imageSmoothingEnabled = true;
                ctx.imageSmoothingQuality = 'high';
                ctx.drawImage(source, sx, sy, sw, sh, x, y, sw * s, sh * s);
                return {canvas: c, map: [s, 0, 0, s, x - sx * s, y - sy * s]};
              },
              /**
               * The astronaut test photo's face: the centre and width of its landmark box in the
               * 468-point reference (testdata/astronaut.reference-468.json: x 178.1–273.1,
               * y 69.0–176.9).
               */
              ASTRONAUT_FACE: {cx: 225.6, cy: 122.9, width: 95.0},
              /**
               * A group photo of our own making (issue 11): width × height, a no-face photo
               * (background) scaled to cover it, and one face per entry of `widths` (face widths in
               * pixels), each an oval cut-out of the astronaut's head and shoulders (2.4 face
               * widths across, soft-edged), in a grid of cells ⌈√n × 4/3⌉ across, jittered by a
               * seeded generator. Faces vary as people do, each one of: as photographed, mirrored,
               * darker, lighter, in greys. Returns the canvas and each face's centre and width.
               */
              group(face, background, width, height, widths, seed) {
                let state = seed >>> 0 || 1;
                const random = () => {
                  state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
                  return state / 4294967296;
                };
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d');
                const cover = Math.max(width / background.width, height / background.height);
                ctx.drawImage(background, (width - background.width * cover) / 2,
                    (height - background.height * cover) / 2, background.width * cover, background.height * cover);
                const n = widths.length;
                const columns = Math.ceil(Math.sqrt(n * 4 / 3)), rows = Math.ceil(n / columns);
                const cellW = width / columns, cellH = height / rows;
                const looks = ['none', 'mirror', 'brightness(0.7)', 'brightness(1.25)', 'grayscale(1)'];
                const A = F.ASTRONAUT_FACE, faces = [];
                for (let i = 0; i < n; i++) {
                  const w = widths[i], s = w / A.width, side = 2.4 * w;
                  const cx = (i % columns + 0.5) * cellW + (random() - 0.5) * 0.3 * Math.max(0, cellW - w);
                  const cy = (Math.floor(i / columns) + 0.5) * cellH + (random() - 0.5) * 0.3 * Math.max(0, cellH - w);
                  const look = looks[(i + seed) % looks.length];
                  const patch = T.canvas(Math.ceil(side), Math.ceil(side));
                  const p = patch.getContext('2d');
                  p.imageSmoothingEnabled = true;
                  p.imageSmoothingQuality = 'high';
                  if (look !== 'none' && look !== 'mirror') p.filter = look;
                  const half = side / 2;
                  if (look === 'mirror') p.setTransform(-1, 0, 0, 1, patch.width, 0);
                  p.drawImage(face, A.cx - half / s, A.cy - half / s, side / s, side / s, 0, 0, side, side);
                  p.setTransform(1, 0, 0, 1, 0, 0);
                  p.filter = 'none';
                  const fade = p.createRadialGradient(half, half * 1.05, half * 0.55, half, half * 1.05, half);
                  fade.addColorStop(0, 'rgba(0,0,0,1)');
                  fade.addColorStop(1, 'rgba(0,0,0,0)');
                  p.globalCompositeOperation = 'destination-in';
                  p.fillStyle = fade;
                  p.fillRect(0, 0, patch.width, patch.height);
                  ctx.drawImage(patch, cx - half, cy - half);
                  faces.push({cx, cy, width: w});
                }
                return {canvas: c, faces};
              },
              /**
               * For each expected face ({cx, cy, width}), the index of the found face (detect's)
               * whose landmark box is centred within half its width of it and 2/3 to 3/2 as wide,
               * or -1; each found face matches at most once.
               */
              matchFaces(expected, found) {
                const used = new Set();
                return expected.map(e => {
                  let best = -1, bestDistance = Infinity;
                  found.forEach((f, k) => {
                    if (used.has(k)) return;
                    const d = Math.hypot(f.box.x + f.box.width / 2 - e.cx, f.box.y + f.box.height / 2 - e.cy);
                    const ratio = f.box.width / e.width;
                    if (d < 0.5 * e.width && ratio > 2 / 3 && ratio < 1.5 && d < bestDistance) {
                      best = k;
                      bestDistance = d;
                    }
                  });
                  if (best >= 0) used.add(best);
                  return best;
                });
              },
              apply(m, p) {
                return [m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]];
              },
              interOcular(landmarks) {
                return Math.hypot(landmarks[263][0] - landmarks[33][0], landmarks[263][1] - landmarks[33][1]);
              },
              /** A mask's metadata and decoded texture pixels, fetched once per page. */
              async mask(id) {
                F.masks = F.masks || {};
                if (!F.masks[id]) {
                  F.masks[id] = (async () => {
                    const spec = await (await fetch('masks/' + id + '.json')).json();
                    const texture = await T.maskTexture(spec);
                    return {spec, texture};
                  })();
                }
                return F.masks[id];
              },
              /**
               * Per pixel of a width × height image: the mask texture's alpha (0..1, nearest texel)
               * where the fitted face's triangles (MaskAI.fit) cover the pixel's centre, else 0.
               */
              async coverage(id, fitted, width, height) {
                const {spec, texture} = await F.mask(id);
                const out = new Float32Array(width * height);
                const uv = spec.mesh.uv, tw = texture.width, th = texture.height, td = texture.data;
                F.raster(fitted.vertices, fitted.triangles, width, height, (i, ia, ib, ic, l1, l2, l3) => {
                  const u = l1 * uv[2 * ia] + l2 * uv[2 * ib] + l3 * uv[2 * ic];
                  const v = l1 * uv[2 * ia + 1] + l2 * uv[2 * ib + 1] + l3 * uv[2 * ic + 1];
                  const tx = Math.min(tw - 1, Math.max(0, Math.floor(u * tw)));
                  const ty = Math.min(th - 1, Math.max(0, Math.floor(v * th)));
                  const alpha = td[(ty * tw + tx) * 4 + 3] / 255;
                  if (alpha > out[i]) out[i] = alpha;
                });
                return out;
              },
              /**
               * Calls visit(pixel index, the triangle's three vertex indices, their barycentric
               * weights) for every pixel of a width × height image whose centre one of the triangles
               * (flat vertex indices into V, [x, y, …] each) covers.
               */
              raster(V, tri, width, height, visit) {
                for (let t = 0; t + 2 < tri.length; t += 3) {
                  const ia = tri[t], ib = tri[t + 1], ic = tri[t + 2];
                  const A = V[ia], B = V[ib], C = V[ic];
                  const det = (B[1] - C[1]) * (A[0] - C[0]) + (C[0] - B[0]) * (A[1] - C[1]);
                  if (Math.abs(det) < 1e-9) continue;
                  const x0 = Math.max(0, Math.floor(Math.min(A[0], B[0], C[0]))),
                        x1 = Math.min(width - 1, Math.ceil(Math.max(A[0], B[0], C[0]))),
                        y0 = Math.max(0, Math.floor(Math.min(A[1], B[1], C[1]))),
                        y1 = Math.min(height - 1, Math.ceil(Math.max(A[1], B[1], C[1])));
                  for (let y = y0; y <= y1; y++) {
                    const py = y + 0.5;
                    for (let x = x0; x <= x1; x++) {
                      const px = x + 0.5;
                      const l1 = ((B[1] - C[1]) * (px - C[0]) + (C[0] - B[0]) * (py - C[1])) / det;
                      const l2 = ((C[1] - A[1]) * (px - C[0]) + (A[0] - C[0]) * (py - C[1])) / det;
                      const l3 = 1 - l1 - l2;
                      if (l1 < -1e-6 || l2 < -1e-6 || l3 < -1e-6) continue;
                      visit(y * width + x, ia, ib, ic, l1, l2, l3);
                    }
                  }
                }
              },
              /** 1 where the triangles (flat vertex indices into V) cover a pixel's centre. */
              footprint(V, tri, width, height) {
                const out = new Uint8Array(width * height);
                F.raster(V, tri, width, height, i => { out[i] = 1; });
                return out;
              },
              /**
               * Issue 13's hand in front of the mouth: testdata/occluders/fist.png (public domain,
               * see SOURCES.md) drawn 1.8× its size centred at (230, 162) over the astronaut (or any
               * photo of that size). Returns {canvas, fist} (fist: the fist drawn alone, for its own
               * pixels).
               */
              async withFist(photo) {
                const fist = await T.bitmap('occluders/fist.png');
                const w = photo.width, h = photo.height, fw = fist.width * 1.8, fh = fist.height * 1.8;
                const canvas = T.canvas(w, h), alone = T.canvas(w, h);
                canvas.getContext('2d').drawImage(photo, 0, 0);
                canvas.getContext('2d').drawImage(fist, 230 - fw / 2, 162 - fh / 2, fw, fh);
                alone.getContext('2d').drawImage(fist, 230 - fw / 2, 162 - fh / 2, fw, fh);
                return {canvas, fist: alone};
              },
              /**
               * Issue 13's finger over the cheek, made from the same public-domain fist: the fist
               * 1.8× its size beside the astronaut's chin (centred at (165, 205)) with its index
               * finger stretched 80 px up to the left cheek, over the mask: a strip of the fist's
               * own knuckles (12 × 10 px from (8, 6)) stretched into a rounded finger 12.6 px wide,
               * at -1.15 rad (up and to the right). The hand detector finds the fist (score 0.94);
               * its box ends at the knuckles, the finger reaching past it. Returns {canvas, finger}
               * (finger: fist and finger drawn alone).
               */
              async withFinger(photo) {
                const fist = await T.bitmap('occluders/fist.png');
                const [cx, cy, s, angle, length] = [165, 205, 1.8, -1.15, 80];
                const fw = fist.width * s, fh = fist.height * s, thick = 7 * s;
                const draw = ctx => {
                  ctx.save();
                  ctx.translate(cx, cy);
                  ctx.rotate(angle);
                  ctx.beginPath();
                  ctx.roundRect(0, -thick / 2, length, thick, thick / 2);
                  ctx.clip();
                  ctx.drawImage(fist, 8, 6, 12, 10, 0, -thick / 2, length, thick);
                  ctx.restore();
                  ctx.drawImage(fist, cx - fw / 2, cy - fh / 2, fw, fh);
                };
                const canvas = T.canvas(photo.width, photo.height), alone = T.canvas(photo.width, photo.height);
                canvas.getContext('2d').drawImage(photo, 0, 0);
                draw(canvas.getContext('2d'));
                draw(alone.getContext('2d'));
                return {canvas, finger: alone};
              },
              /**
               * Issue 13's two measures for mask `id` on `composite`, a photo with an occluder drawn
               * in it (`alone`: the occluder by itself), over the mask's solid inside: {front,
               * frontKept, frontCovered} (the occluder's pixels; those that keep the photo's colour
               * with occlusion; those the mask covers without it) and {rest, restKept} (the mask's
               * other pixels, away from the occluder's edge, drawn as without occlusion); a picture
               * (the photo, without, with) of the square `crop` [x, y, side]; the two try-ons' ms.
               */
              async occlusionKept(composite, alone, id, tolerance, crop) {
                const w = composite.width, h = composite.height;
                const {truth, near} = F.occluder(alone, w, h, 3);
                const shown = T.pixels(composite);
                const same = (p, q, i) => F.same(p, q, i, tolerance);
                const fitted = (await MaskAI.fit(composite, {mask: id})).faces[0];
                const solid = F.solid(await F.coverage(id, fitted, w, h), w, h, 0.95, 1);
                const s0 = performance.now();
                const without = await F.tryOnPixels(composite, {mask: id});
                const s1 = performance.now();
                const withHands = await F.tryOnPixels(composite, {mask: id, occlusion: true});
                const s2 = performance.now();
                let front = 0, frontKept = 0, frontCovered = 0, rest = 0, restKept = 0;
                for (let p = 0; p < w * h; p++) {
                  if (!solid[p]) continue;
                  if (truth[p]) {
                    front++;
                    if (same(withHands, shown, 4 * p)) frontKept++;
                    if (!same(without, shown, 4 * p)) frontCovered++;
                  } else if (!near[p]) {
                    rest++;
                    if (same(withHands, without, 4 * p)) restKept++;
                  }
                }
                const sheet = T.canvas(3 * 200, 200), sctx = sheet.getContext('2d');
                for (const [k, pixels] of [shown, without, withHands].entries()) {
                  const c = T.canvas(w, h); c.getContext('2d').putImageData(pixels, 0, 0);
                  sctx.drawImage(c, crop[0], crop[1], crop[2], crop[2], 200 * k, 0, 200, 200);
                }
                return {picture: sheet.toDataURL('image/png'), front, frontKept, frontCovered, rest, restKept,
                    withoutMs: s1 - s0, withMs: s2 - s1};
              },
              /**
               * An occluder drawn alone (a canvas of w × h, transparent elsewhere) as the issue-13
               * measures read it: {truth} 1 where it is drawn (alpha over half), {near} 1 within
               * `radius` pixels of any of its pixels (its soft edge included).
               */
              occluder(alone, w, h, radius) {
                const a = alone.getContext('2d').getImageData(0, 0, w, h).data;
                const truth = new Uint8Array(w * h), near = new Uint8Array(w * h);
                for (let p = 0; p < w * h; p++) truth[p] = a[4 * p + 3] > 127 ? 1 : 0;
                for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
                  if (a[4 * (y * w + x) + 3] === 0) continue;
                  for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) {
                    const X = x + dx, Y = y + dy;
                    if (X >= 0 && Y >= 0 && X < w && Y < h) near[Y * w + X] = 1;
                  }
                }
                return {truth, near};
              },
              /** Whether pixel i (a byte index) of two ImageDatas is the same colour within `tolerance` a channel. */
              same(p, q, i, tolerance) {
                return Math.max(Math.abs(p.data[i] - q.data[i]), Math.abs(p.data[i + 1] - q.data[i + 1]),
                    Math.abs(p.data[i + 2] - q.data[i + 2])) <= tolerance;
              },
              /**
               * Issue 13's hair over the ears, drawn by script: 20 strands a side of brown hair
               * of the astronaut's own shades (1.1–2.1 px wide, wavy, of varied lengths, seeded so
               * every run draws the same), hanging over the ears, 0.08–0.34 of the eyes' span
               * outside the face's outline, from above the eyes to below the mouth, where a mask's loops and straps
               * run, on the photo of `landmarks` (468 × [x, y, z]). Returns
               * {canvas, hair} (hair: the strands drawn alone).
               */
              withHair(photo, landmarks) {
                const w = photo.width, h = photo.height, canvas = T.canvas(w, h), alone = T.canvas(w, h);
                canvas.getContext('2d').drawImage(photo, 0, 0);
                let seed = 13;
                const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
                const L = i => landmarks[i];
                const eyes = (L(33)[1] + L(263)[1]) / 2, mouth = (L(61)[1] + L(291)[1]) / 2;
                const iod = Math.hypot(L(263)[0] - L(33)[0], L(263)[1] - L(33)[1]);
                for (const [side, out] of [[234, -1], [454, 1]]) {
                  for (let k = 0; k < 20; k++) {
                    const x0 = L(side)[0] + out * (0.08 + 0.26 * random()) * iod, bend = (random() - 0.5) * 0.3 * iod;
                    const top = eyes - (0.5 + 0.4 * random()) * iod, bottom = mouth + (0.0 + 0.35 * random()) * iod;
                    const shade = 70 + 50 * random(), width = 1.1 + random();
                    for (const ctx of [canvas.getContext('2d'), alone.getContext('2d')]) {
                      ctx.strokeStyle = `rgb(${Math.round(shade * 1.3)}, ${Math.round(shade)}, ${Math.round(shade * 0.6)})`;
                      ctx.lineWidth = width;
                      ctx.lineCap = 'round';
                      ctx.beginPath();
                      ctx.moveTo(x0 - out * 0.1 * iod, top);
                      ctx.bezierCurveTo(x0 + bend, top + (bottom - top) / 3, x0 - bend, top + 2 * (bottom - top) / 3,
                          x0 + out * (0.05 + 0.1 * random()) * iod, bottom);
                      ctx.stroke();
                    }
                  }
                }
                return {canvas, hair: alone};
              },
              /**
               * 1 where every pixel within `radius` (a square) has coverage ≥ threshold × the
               * mask's highest coverage (so a sheer mask has a solid inside too): the mask's
               * solid inside, its edge and holes left out. Fewer than 50 such pixels: coverage ≥
               * half the highest, not eroded.
               */
              solid(coverage, width, height, threshold, radius) {
                let most = 0;
                for (const c of coverage) if (c > most) most = c;
                const least = Math.max(1e-3, threshold * most);
                const good = new Uint8Array(width * height);
                for (let p = 0; p < good.length; p++) good[p] = coverage[p] >= least ? 1 : 0;
                const erode = (src, stride, length, lines, lineStride) => {
                  const out = new Uint8Array(src.length), prefix = new Int32Array(length + 1);
                  for (let l = 0; l < lines; l++) {
                    const base = l * lineStride;
                    for (let k = 0; k < length; k++) prefix[k + 1] = prefix[k] + src[base + k * stride];
                    for (let k = radius; k < length - radius; k++) {
                      out[base + k * stride] = prefix[k + radius + 1] - prefix[k - radius] === 2 * radius + 1 ? 1 : 0;
                    }
                  }
                  return out;
                };
                const inside = erode(erode(good, 1, width, height, width), width, height, width, 1);
                if (F.count(inside) >= 50 || threshold <= 0.5) return inside;
                // Lace and the like have holes everywhere, so no solid inside: take the pixels
                // where the mask is at least half as opaque as it gets, edge and all.
                return F.solid(coverage, width, height, 0.5, 0);
              },
              count(selection) {
                let n = 0;
                for (const s of selection) n += s ? 1 : 0;
                return n;
              },
              luma(d, i) {
                return 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
              },
              /** Mean Rec. 709 luma (0..255 code values) of the selected pixels. */
              meanLuma(image, selection) {
                let sum = 0, n = 0;
                for (let p = 0; p < selection.length; p++) {
                  if (!selection[p]) continue;
                  sum += F.luma(image.data, 4 * p);
                  n++;
                }
                return n ? sum / n : NaN;
              },
              /** 1 inside the polygon through the given landmarks, drawn at the image's size. */
              polygon(landmarks, indices, width, height) {
                const c = T.canvas(width, height);
                const ctx = c.getContext('2d', {willReadFrequently: true});
                ctx.beginPath();
                indices.forEach((k, j) => j ? ctx.lineTo(landmarks[k][0], landmarks[k][1])
                    : ctx.moveTo(landmarks[k][0], landmarks[k][1]));
                ctx.closePath();
                ctx.fillStyle = '#fff';
                ctx.fill();
                const d = ctx.getImageData(0, 0, width, height).data;
                const out = new Uint8Array(width * height);
                for (let p = 0; p < out.length; p++) out[p] = d[4 * p + 3] === 255 ? 1 : 0;
                return out;
              },
              /** Mean absolute RGB difference over the (2r+1)² patch around (x, y). */
              patchDifference(a, b, x, y, r) {
                let sum = 0, n = 0;
                for (let yy = Math.floor(y) - r; yy <= Math.floor(y) + r; yy++) {
                  for (let xx = Math.floor(x) - r; xx <= Math.floor(x) + r; xx++) {
                    if (xx < 0 || yy < 0 || xx >= a.width || yy >= a.height) continue;
                    const i = (yy * a.width + xx) * 4;
                    for (let k = 0; k < 3; k++) sum += Math.abs(a.data[i + k] - b.data[i + k]);
                    n += 3;
                  }
                }
                return sum / n;
              },
              /**
               * Over the box [x0, y0, x1, y1] (clipped): the largest channel difference and the
               * mean absolute RGB difference.
               */
              boxDifference(a, b, box) {
                const x0 = Math.max(0, Math.floor(box[0])), y0 = Math.max(0, Math.floor(box[1]));
                const x1 = Math.min(a.width, Math.ceil(box[2])), y1 = Math.min(a.height, Math.ceil(box[3]));
                let max = 0, sum = 0, n = 0;
                for (let y = y0; y < y1; y++) {
                  for (let x = x0; x < x1; x++) {
                    const i = (y * a.width + x) * 4;
                    for (let k = 0; k < 4; k++) {
                      const d = Math.abs(a.data[i + k] - b.data[i + k]);
                      if (d > max) max = d;
                      if (k < 3) { sum += d; n++; }
                    }
                  }
                }
                return {max, mean: n ? sum / n : 0};
              },
              /** Mean absolute RGB difference over the selected pixels. */
              selectionDifference(a, b, selection) {
                let sum = 0, n = 0;
                for (let p = 0; p < selection.length; p++) {
                  if (!selection[p]) continue;
                  for (let k = 0; k < 3; k++) sum += Math.abs(a.data[4 * p + k] - b.data[4 * p + k]);
                  n += 3;
                }
                return n ? sum / n : NaN;
              },
              /** The tight box around a face's landmarks grown by `grow` × its width: [x0, y0, x1, y1]. */
              landmarkBox(landmarks, grow) {
                const xs = landmarks.map(p => p[0]), ys = landmarks.map(p => p[1]);
                const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
                const g = grow * (x1 - x0);
                return [x0 - g, y0 - g, x1 + g, y1 + g];
              },
              /** The result of MaskAI.tryOn as decoded pixels. */
              async tryOnPixels(image, options) {
                return T.pixels(await T.bitmap(await MaskAI.tryOn(image, options)));
              },
              builtIn() {
                return MaskAI.masks().filter(m => m.category !== 'custom');
              },
            };
            """;
}

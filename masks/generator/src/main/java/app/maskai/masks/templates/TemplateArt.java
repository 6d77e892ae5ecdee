package app.maskai.masks.templates;

import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskSpecException;
import app.maskai.core.template.SkinTone;
import app.maskai.core.template.TemplateFit;
import app.maskai.core.template.TemplateManifest;
import app.maskai.core.template.TemplateSpec;
import java.awt.BasicStroke;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The face-template generator: paints each template of {@code masks/templates.tsv} and writes
 * {@code <id>.jpg} (the whole picture, 720 × 900, with a painted face where a person's goes),
 * {@code <id>.front.png} (what lies in front of the face, transparent elsewhere),
 * {@code <id>.thumb.png} (120 × 150) and {@code <id>.json} (schema "maskai.template", {@link
 * TemplateSpec}: the painted face's landmarks, the region a face may show in, the painted skin's
 * tone), then {@code templates.json} ({@link TemplateManifest}), in catalogue order.
 *
 * <p>Art is procedural Java2D plus per-pixel shading, so the output is deterministic: no clock, no
 * unseeded randomness, fixed order. Run with the compiled core on the class path: {@code java
 * -Djava.awt.headless=true -cp target/classes:target/mask-art-classes
 * app.maskai.masks.templates.TemplateArt masks target/site/templates}.
 */
public final class TemplateArt {
    /** The region a person's face may show in: the painted face's oval, this much larger. */
    static final double REGION_SCALE = 1.05;
    /**
     * What of the over layer becomes the front: whatever lies within this many pixels of the
     * region (more than the front needs, so that no antialiased edge is cut).
     */
    static final double FRONT_MARGIN = 10;
    /** The most the front may cover the eyes' centres, the nose's tip and the lips (alpha 0..1). */
    static final double CLEAR = 0.1;
    /** Half the side of the square of pixels read round each skin landmark: 5 × 5. */
    static final int SKIN_RADIUS = 2;

    private TemplateArt() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -Djava.awt.headless=true"
                    + " -cp target/classes:target/mask-art-classes app.maskai.masks.templates.TemplateArt"
                    + " <masks dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path masksDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        FaceLayout layout = FaceLayout.parseObj(Files.readString(
                masksDir.resolve("face-layout/canonical_face_model.obj"), StandardCharsets.UTF_8));
        List<TemplateDesign> designs = TemplateDesign.loadCatalog(masksDir.resolve("templates.tsv"));
        Files.createDirectories(outDir);
        PaintedHead head = new PaintedHead(layout);

        // Templates are independent: paint them in parallel, report and list them in catalogue order.
        List<Rendered> rendered = designs.parallelStream().map(d -> render(d, layout, head, outDir)).toList();
        rendered.forEach(r -> System.out.println(r.report));
        List<TemplateSpec> specs = rendered.stream().map(r -> r.spec).toList();
        List<String> files = designs.stream().map(d -> d.id() + ".json").toList();
        String manifest = TemplateManifest.write(specs, files);
        try {
            TemplateManifest.parse(manifest, "templates.json");
        } catch (MaskSpecException e) {
            throw new IllegalStateException("the manifest written does not parse: " + e.getMessage(), e);
        }
        Files.writeString(outDir.resolve("templates.json"), manifest, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "TemplateArt: %d templates into %s in %.1f s%n", designs.size(), outDir,
                (System.nanoTime() - start) / 1e9);
    }

    /** A template's metadata and its log line. */
    record Rendered(TemplateSpec spec, String report) {
    }

    /** Paints one template and writes its files. */
    static Rendered render(TemplateDesign design, FaceLayout layout, PaintedHead head, Path outDir) {
        long start = System.nanoTime();
        FacePose face = new FacePose(layout, design.centreX(), design.centreY(), design.faceWidth());
        TemplateCanvas c = new TemplateCanvas(design, face);
        TemplatePainter painter = design.style().painter;
        painter.behind(c);
        head.paint(c, painter.look(design));
        SkinTone skin = skinTone(c);
        painter.over(c);
        float[] region = face.region(REGION_SCALE, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT);
        Mask zone = frontZone(region);
        // The picture people see (the thumbnail) is the back with everything over it; the
        // background the app blends a face into has the back alone where the front lies, so that
        // a dark helmet's rim does not tint the blend's coarse bands (the front goes over after),
        // and a face bare of painted features.
        BufferedImage picture = picture(c, null);
        SoftFocus.apply(picture, face.ovalCentre(), ovalWidth(face));
        BufferedImage background = picture(c, zone);
        SoftFocus.apply(background, face.ovalCentre(), ovalWidth(face));
        BufferedImage front = front(c, zone);
        checkClear(design.id(), face, front);

        String id = design.id();
        TemplateSpec spec = new TemplateSpec(id, design.name(), TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT,
                id + ".jpg", id + ".front.png", id + ".thumb.png", face.landmarks(), region, skin);
        String json = spec.toJson();
        try {
            TemplateSpec.parse(json, id + ".json");
        } catch (MaskSpecException e) {
            throw new IllegalStateException("template " + id + ": the metadata written does not parse: "
                    + e.getMessage(), e);
        }
        long jpeg;
        long frontBytes;
        long thumb;
        try {
            jpeg = TemplateFiles.jpeg(background, outDir.resolve(spec.background));
            frontBytes = TemplateFiles.png(front, outDir.resolve(spec.front));
            thumb = TemplateFiles.png(TemplateFiles.thumbnail(picture), outDir.resolve(spec.thumbnail));
            Files.writeString(outDir.resolve(id + ".json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Point2D.Double oval = face.ovalCentre();
        String report = String.format(Locale.ROOT, "TemplateArt: %-12s face %3.0f px wide, oval centre (%3.0f, %3.0f);"
                + " skin %s; jpg %3d KB, front %3d KB, thumbnail %2d KB; %.1f s", id, design.faceWidth(), oval.x,
                oval.y, skin, jpeg / 1024, frontBytes / 1024, thumb / 1024, (System.nanoTime() - start) / 1e9);
        return new Rendered(spec, report);
    }

    /**
     * The painted skin's tone, read from the back layer (the head, nothing over it) as 5 × 5 pixels
     * round each of {@link TemplateFit#SKIN}'s landmarks, as the app reads a photo's.
     */
    static SkinTone skinTone(TemplateCanvas c) {
        int[] px = TemplateCanvas.pixels(c.back);
        int side = 2 * SKIN_RADIUS + 1;
        float[] rgb = new float[3 * side * side * TemplateFit.SKIN.length];
        int n = 0;
        for (int lm : TemplateFit.SKIN) {
            Point2D.Double p = c.face.vertex(lm);
            int x0 = (int) Math.floor(p.x);
            int y0 = (int) Math.floor(p.y);
            for (int dy = -SKIN_RADIUS; dy <= SKIN_RADIUS; dy++) {
                for (int dx = -SKIN_RADIUS; dx <= SKIN_RADIUS; dx++) {
                    int x = Math.min(TemplateCanvas.WIDTH - 1, Math.max(0, x0 + dx));
                    int y = Math.min(TemplateCanvas.HEIGHT - 1, Math.max(0, y0 + dy));
                    int v = px[y * TemplateCanvas.WIDTH + x];
                    rgb[3 * n] = ((v >> 16) & 255) / 255f;
                    rgb[3 * n + 1] = ((v >> 8) & 255) / 255f;
                    rgb[3 * n + 2] = (v & 255) / 255f;
                    n++;
                }
            }
        }
        return SkinTone.of(rgb, n);
    }

    /** The face oval's width, pixels (as TemplateFit's blend outline measures a face: its x extent). */
    static double ovalWidth(FacePose face) {
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        for (int lm : FaceLayout.FACE_OVAL) {
            x0 = Math.min(x0, face.vertices[3 * lm]);
            x1 = Math.max(x1, face.vertices[3 * lm]);
        }
        return x1 - x0;
    }

    /**
     * The back with the over layer laid on it, but where {@code without} (the front's zone; null:
     * nowhere) covers, the back alone; with a zone, the back's face bare of its painted features
     * ({@link TemplateCanvas#bareBack}): that picture is the blend's background.
     */
    static BufferedImage picture(TemplateCanvas c, Mask without) {
        BufferedImage out = new BufferedImage(TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] dst = TemplateCanvas.pixels(out);
        int[] back = TemplateCanvas.pixels(c.back);
        int[] over = TemplateCanvas.pixels(c.over);
        for (int p = 0; p < dst.length; p++) {
            int a = over[p] >>> 24;
            boolean skipped = without != null && without.at(p % TemplateCanvas.WIDTH, p / TemplateCanvas.WIDTH) >= 0.5f;
            int under = without == null ? back[p] : c.bareBack(p);
            dst[p] = a == 0 || skipped ? under & 0xffffff : TemplateCanvas.over(under, over[p], a / 255.0, false);
        }
        return out;
    }

    /** Where the front is cut from the over layer: the region a face may show in, grown by {@link #FRONT_MARGIN}. */
    static Mask frontZone(float[] region) {
        Path2D.Double outline = new Path2D.Double();
        for (int i = 0; i < region.length; i += 2) {
            if (i == 0) {
                outline.moveTo(region[i], region[i + 1]);
            } else {
                outline.lineTo(region[i], region[i + 1]);
            }
        }
        outline.closePath();
        Area zone = new Area(outline);
        zone.add(new Area(new BasicStroke((float) (2 * FRONT_MARGIN), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND).createStrokedShape(outline)));
        return Mask.of(zone, 1, TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT);
    }

    /**
     * The front layer: the over layer within {@code inside} ({@link #frontZone}), transparent
     * elsewhere. The background has the back alone there and the whole picture elsewhere, so
     * background and front together are the picture, and the cut never shows.
     */
    static BufferedImage front(TemplateCanvas c, Mask inside) {
        BufferedImage out = new BufferedImage(TemplateCanvas.WIDTH, TemplateCanvas.HEIGHT,
                BufferedImage.TYPE_INT_ARGB);
        int[] dst = TemplateCanvas.pixels(out);
        int[] over = TemplateCanvas.pixels(c.over);
        for (int y = 0; y < TemplateCanvas.HEIGHT; y++) {
            for (int x = 0; x < TemplateCanvas.WIDTH; x++) {
                int p = y * TemplateCanvas.WIDTH + x;
                if (over[p] >>> 24 != 0 && inside.at(x, y) >= 0.5f) {
                    dst[p] = over[p];
                }
            }
        }
        return out;
    }

    /**
     * Fails unless the front leaves the eyes' centres, the nose's tip and the lips clear (alpha at
     * most {@link #CLEAR}): the person's own face must show there.
     */
    static void checkClear(String id, FacePose face, BufferedImage front) {
        int[][] pairs = {{159, 145}, {386, 374}, {4, 4}, {1, 1}, {13, 14}, {0, 0}, {17, 17}, {61, 61}, {291, 291}};
        int[] px = TemplateCanvas.pixels(front);
        for (int[] pair : pairs) {
            Point2D.Double a = face.vertex(pair[0]);
            Point2D.Double b = face.vertex(pair[1]);
            int x = (int) Math.floor((a.x + b.x) / 2);
            int y = (int) Math.floor((a.y + b.y) / 2);
            double alpha = (px[y * TemplateCanvas.WIDTH + x] >>> 24) / 255.0;
            if (alpha > CLEAR) {
                throw new IllegalStateException(String.format(Locale.ROOT, "template %s: the front covers"
                        + " landmark %d (alpha %.2f): the eyes, nose tip and lips must show", id, pair[0], alpha));
            }
        }
    }
}

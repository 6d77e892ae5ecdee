package app.maskai.masks.hairstyles;

import app.maskai.core.hair.HairstyleManifest;
import app.maskai.core.hair.HairstyleSpec;
import app.maskai.core.json.Json;
import app.maskai.core.layout.FaceLayout;
import app.maskai.masks.templates.Mask;
import app.maskai.masks.templates.TemplateFiles;
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
 * The hairstyle-overlay generator: paints each hairstyle of {@code masks/hairstyles.tsv} round the
 * canonical face ({@link HairCanvas}: 400 pixels from landmark 234 to 454, the model's origin at
 * (512, 560)) and writes {@code <id>.png} (1024 × 1024, straight alpha, the hair alone),
 * {@code <id>.thumb.png} (96 × 96, the hair on a mannequin in a round badge) and {@code <id>.json}
 * ({@link HairstyleSpec}: the anchors the app fits the overlay by), then {@code hairstyles.json},
 * in catalogue order. The generator fails if hair covers the face below the brows (alpha over
 * {@link #CLEAR} anywhere in {@link HairCanvas#clear}).
 *
 * <p>Procedural Java2D and per-pixel shading, seeded noise only, fixed order: the output is the
 * same every run. Run with the compiled core on the class path: {@code java
 * -Djava.awt.headless=true -cp target/classes:target/mask-art-classes
 * app.maskai.masks.hairstyles.HairstyleArt masks target/site/hairstyles}. With
 * {@code -Dmaskai.hairstyles.preview=<dir>} it also writes each hairstyle on the mannequin at full
 * size there ({@code <id>.preview.png}), to look at.
 */
public final class HairstyleArt {
    /** The most alpha hair may have over the clear face (0..1). */
    static final double CLEAR = 0.1;

    private HairstyleArt() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -Djava.awt.headless=true"
                    + " -cp target/classes:target/mask-art-classes app.maskai.masks.hairstyles.HairstyleArt"
                    + " <masks dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path masksDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        String previewDir = System.getProperty("maskai.hairstyles.preview");
        FaceLayout layout = FaceLayout.parseObj(Files.readString(
                masksDir.resolve("face-layout/canonical_face_model.obj"), StandardCharsets.UTF_8));
        List<HairstyleDesign> designs = HairstyleDesign.loadCatalog(masksDir.resolve("hairstyles.tsv"));
        Files.createDirectories(outDir);
        if (previewDir != null) {
            Files.createDirectories(Path.of(previewDir));
        }
        float[] mannequin = Mannequin.portrait(new HairCanvas(designs.get(0), layout).face);

        List<Rendered> rendered = designs.parallelStream()
                .map(d -> render(d, layout, mannequin, outDir, previewDir)).toList();
        rendered.forEach(r -> System.out.println(r.report));
        String manifest = HairstyleManifest.write(rendered.stream().map(r -> r.spec).toList());
        Json.parse(manifest);
        Files.writeString(outDir.resolve("hairstyles.json"), manifest, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "HairstyleArt: %d hairstyles into %s in %.1f s%n", designs.size(), outDir,
                (System.nanoTime() - start) / 1e9);
    }

    /** A hairstyle's metadata and its log line. */
    record Rendered(HairstyleSpec spec, String report) {
    }

    /** Paints one hairstyle and writes its files. */
    static Rendered render(HairstyleDesign design, FaceLayout layout, float[] mannequin, Path outDir,
            String previewDir) {
        long start = System.nanoTime();
        HairCanvas c = new HairCanvas(design, layout);
        design.cut().painter.paint(c);
        checkClear(c);
        BufferedImage hair = c.image();
        BufferedImage dressed = Mannequin.dressed(mannequin, hair);

        String id = design.id();
        float[] anchors = new float[2 * HairstyleSpec.ANCHOR_LANDMARKS.length];
        for (int i = 0; i < HairstyleSpec.ANCHOR_LANDMARKS.length; i++) {
            Point2D.Double p = c.face.vertex(HairstyleSpec.ANCHOR_LANDMARKS[i]);
            anchors[2 * i] = (float) p.x;
            anchors[2 * i + 1] = (float) p.y;
        }
        HairstyleSpec spec = new HairstyleSpec(id, design.name(), id + ".png", id + ".thumb.png", HairCanvas.SIZE,
                HairCanvas.SIZE, anchors, luma(c));
        String json = spec.toJson();
        Json.parse(json);
        long image;
        long thumb;
        try {
            image = TemplateFiles.png(hair, outDir.resolve(spec.image));
            thumb = TemplateFiles.png(Mannequin.thumbnail(dressed), outDir.resolve(spec.thumbnail));
            Files.writeString(outDir.resolve(id + ".json"), json, StandardCharsets.UTF_8);
            if (previewDir != null) {
                TemplateFiles.png(dressed, Path.of(previewDir).resolve(id + ".preview.png"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int covered = 0;
        for (float a : c.a) {
            covered += a >= 0.5f ? 1 : 0;
        }
        String report = String.format(Locale.ROOT, "HairstyleArt: %-10s hair over %4.1f %% of the picture;"
                + " png %4d KB, thumbnail %2d KB; %.1f s", id, 100.0 * covered / c.a.length, image / 1024, thumb / 1024,
                (System.nanoTime() - start) / 1e9);
        return new Rendered(spec, report);
    }

    /** The hair's mean luma (0..1, Rec. 601), weighted by its alpha: what the app recolours it from. */
    static float luma(HairCanvas c) {
        double sum = 0;
        double weight = 0;
        for (int p = 0; p < c.a.length; p++) {
            // r, g, b are premultiplied: their luma is alpha × the straight colour's.
            sum += 0.299 * c.r[p] + 0.587 * c.g[p] + 0.114 * c.b[p];
            weight += c.a[p];
        }
        return (float) (sum / weight);
    }

    /** Fails if the hair covers any pixel of the clear face (fully inside it) by more than {@link #CLEAR}. */
    static void checkClear(HairCanvas c) {
        Mask zone = Mask.of(c.clear, 0, HairCanvas.SIZE, HairCanvas.SIZE);
        double worst = 0;
        int wx = 0;
        int wy = 0;
        for (int y = 0; y < zone.h; y++) {
            for (int x = 0; x < zone.w; x++) {
                if (zone.a[y * zone.w + x] < 0.999f) {
                    continue;
                }
                float a = c.a[(y + zone.y0) * HairCanvas.SIZE + x + zone.x0];
                if (a > worst) {
                    worst = a;
                    wx = x + zone.x0;
                    wy = y + zone.y0;
                }
            }
        }
        if (worst > CLEAR) {
            throw new IllegalStateException(String.format(Locale.ROOT, "hairstyle %s: hair covers the face below the"
                    + " brows (alpha %.2f at %d, %d)", c.design.id(), worst, wx, wy));
        }
    }
}

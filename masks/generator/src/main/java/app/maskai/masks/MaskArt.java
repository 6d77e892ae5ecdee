package app.maskai.masks;

import app.maskai.core.json.Json;
import app.maskai.core.layout.FaceLayout;
import app.maskai.core.mask.MaskPart;
import app.maskai.core.mask.MaskSpec;
import app.maskai.core.mask.MaskSpecWriter;
import app.maskai.masks.draw.LayoutCanvas;
import app.maskai.masks.draw.SurfaceMap;
import app.maskai.masks.output.Binding;
import app.maskai.masks.output.Bust;
import app.maskai.masks.output.TextureFiles;
import app.maskai.masks.paint.MaskDesign;
import app.maskai.masks.paint.Painting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The mask generator: draws MaskAI's built-in masks and writes, for each mask in
 * {@code masks/catalog.tsv}: {@code <id>.jpg} and {@code <id>.alpha.png} (the 1536 x 1536
 * texture in the v2 texture space: its colour as a JPEG, its alpha as a PNG; see TextureFiles),
 * {@code <id>.thumb.png} (128 px gallery picture: the mask on a neutral mannequin head),
 * {@code <id>.json} (metadata, schema "maskai.mask" version 2, docs/CONTRACTS.md); then
 * {@code manifest.json} and {@code face-layout.json} (the shared face layout the app reads).
 *
 * <p>The shared face layout is app.maskai.core.layout.FaceLayout: MediaPipe's canonical face
 * model plus three rings beyond the face oval. A texture covers the extended layout square:
 * texture coordinate = 0.5 + (layout uv − 0.5) / 1.6, so the face's own uv square is the central
 * 62.5 % (960 px). Painters place things in layout uv (v down) and work per texture pixel.
 *
 * <p>Art is procedural Java2D plus per-texel shading, so the output is deterministic: no clock,
 * no unseeded randomness, fixed iteration order.
 *
 * <p>The build compiles this source tree after the core and runs it at prepare-package with the
 * compiled core on its classpath (the face layout, mesh binding and metadata writer are the
 * core's, not copies): {@code java -Djava.awt.headless=true
 * -cp target/classes:target/mask-art-classes app.maskai.masks.MaskArt masks target/site/masks}.
 */
public final class MaskArt {
    /** Texture side in pixels (docs/CONTRACTS.md, "Texture space for v2 masks"). */
    static final int SIZE = 1536;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -Djava.awt.headless=true"
                    + " -cp target/classes:target/mask-art-classes app.maskai.masks.MaskArt"
                    + " <masks dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path masksDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        FaceLayout layout = FaceLayout.parseObj(Files.readString(
                masksDir.resolve("face-layout/canonical_face_model.obj"), StandardCharsets.UTF_8));
        List<MaskDesign> designs = MaskDesign.loadCatalog(masksDir.resolve("catalog.tsv"));
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("face-layout.json"), layout.toJson(), StandardCharsets.UTF_8);
        LayoutCanvas canvas = new LayoutCanvas(layout, new SurfaceMap(layout, SIZE));
        Bust bust = new Bust(layout);

        // Masks are independent: draw them in parallel, report and list them in catalogue order.
        List<String> reports = designs.parallelStream()
                .map(design -> render(design, canvas, bust, outDir))
                .toList();
        reports.forEach(System.out::println);
        Files.writeString(outDir.resolve("manifest.json"), manifest(designs), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "MaskArt: %d masks into %s in %.1f s%n", designs.size(),
                outDir, (System.nanoTime() - start) / 1e9);
    }

    /** Draws one mask and writes its texture, thumbnail and metadata; returns a log line. */
    static String render(MaskDesign design, LayoutCanvas canvas, Bust bust, Path outDir) {
        Painting painting = design.style().painter.paint(design, canvas);
        MaskSpec spec = Binding.bind(canvas, painting, design);
        painting.texture.bleedEdges(design.colour());
        String textureReport;
        try {
            textureReport = TextureFiles.write(painting.texture, design.id(), outDir);
            ImageIO.write(bust.thumbnail(painting.texture, design.opacity(),
                    design.blend().equals(MaskSpec.BLEND_MULTIPLY), Bust.THUMB), "png",
                    outDir.resolve(design.id() + ".thumb.png").toFile());
            Files.writeString(outDir.resolve(design.id() + ".json"), MaskSpecWriter.write(spec),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder parts = new StringBuilder();
        for (MaskPart part : spec.parts) {
            parts.append(String.format(Locale.ROOT, " %s%s %d", part.name, part.rigid ? " (rigid)" : "",
                    part.triangleCount()));
        }
        return String.format(Locale.ROOT, "MaskArt: %-22s %3d vertices (%3d on landmarks, %3d on"
                + " rings) %4d triangles:%s%n%s", design.id(), spec.vertexCount(),
                spec.landmarkVertexCount(), spec.extraVertexCount(), spec.triangleCount(), parts,
                textureReport);
    }

    /**
     * The manifest (schema "maskai.manifest" version 2): in gallery order, each mask's metadata file
     * and what the gallery shows before reading it (id, name, category, thumbnail).
     */
    static String manifest(List<MaskDesign> designs) {
        StringBuilder s = new StringBuilder("{\n  \"schema\": \"maskai.manifest\",\n  \"version\": 2,\n"
                + "  \"masks\": [\n");
        for (int i = 0; i < designs.size(); i++) {
            MaskDesign d = designs.get(i);
            s.append("    {\"file\": ").append(Json.quote(d.id() + ".json"))
                    .append(", \"id\": ").append(Json.quote(d.id()))
                    .append(", \"name\": ").append(Json.quote(d.name()))
                    .append(", \"category\": ").append(Json.quote(d.category()))
                    .append(", \"thumbnail\": ").append(Json.quote(d.id() + ".thumb.png"))
                    .append(i + 1 < designs.size() ? "},\n" : "}\n");
        }
        return s.append("  ]\n}\n").toString();
    }
}

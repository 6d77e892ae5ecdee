package app.maskai.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contact sheet for people to look at: every built-in mask tried on each test photo (the
 * astronaut, camera.png, a darkened, a brightened, a mirrored, a 30°-turned and a group copy),
 * each face cropped from the tryOn result, in a labelled grid: target/contact-sheet.png, and
 * one larger sheet per photo in target/contact-sheet/.
 */
class ContactSheetIT {

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    /** Cell side on the overview and on the per-photo sheets, CSS pixels = image pixels. */
    private static final int OVERVIEW_CELL = 160;
    private static final int PHOTO_CELL = 300;

    @Test
    void drawsEveryMaskOnEveryPhoto() throws IOException {
        long start = System.nanoTime();
        Map<String, Object> out = Browser.asMap(site.browser().call(FitScripts.HELPERS + """
                const [OVERVIEW_CELL, PHOTO_CELL] = args;
                const astronaut = await T.bitmap('faces/astronaut.png');
                // A public-domain fist over the mouth (HandsIT's), tried on with occlusion.
                const fisted = (await F.withFist(astronaut)).canvas;
                // Strands of hair drawn over the ears (HairIT's), tried on with occlusion.
                const haired = F.withHair(astronaut, (await MaskAI.detect(astronaut)).faces[0].landmarks).canvas;
                const photos = [
                  ['astronaut', astronaut],
                  ['camera.png', await T.bitmap('faces/camera.png')],
                  ['darkened ×0.5', F.shaded(astronaut, 0.5).canvas],
                  ['brightened ×1.4', F.shaded(astronaut, 1.4).canvas],
                  ['lit from one side', F.sideLit(astronaut, (await MaskAI.detect(astronaut)).faces[0].box, 0.35)],
                  ['spotlit on black', F.spotLit(astronaut, (await MaskAI.detect(astronaut)).faces[0].box, 0.4, 1.25)],
                  ['mirrored', F.mirrored(astronaut).canvas],
                  ['turned 30°', F.turned(astronaut, 30).canvas],
                  ['fist in front (occlusion)', fisted, {occlusion: true}],
                  ['finger over the cheek (occlusion)', (await F.withFinger(astronaut)).canvas, {occlusion: true}],
                  ['hair over the ears (occlusion)', haired, {occlusion: true}],
                  ['group of three', F.composed(astronaut, 1100, 560, [{scale: 1, x: 0, y: 24},
                      {scale: 0.62, x: 540, y: 110}, {scale: 0.4, x: 890, y: 170}]).canvas],
                ];
                const masks = F.builtIn();
                // rows: one per face; cells: the photo, then each mask's result, cropped around the face.
                const rows = [], problems = [];
                for (const [name, photo, extra] of photos) {
                  const faces = (await MaskAI.detect(photo)).faces;
                  if (!faces.length) problems.push(name + ': no face found');
                  const results = [photo].concat(await Promise.all(masks.map(async m => {
                    try {
                      const result = await T.bitmap(await MaskAI.tryOn(photo, Object.assign({mask: m.id}, extra || {})));
                      if (result.width !== photo.width || result.height !== photo.height) {
                        problems.push(name + ', ' + m.id + ': result ' + result.width + '×' + result.height);
                      }
                      return result;
                    } catch (e) {
                      problems.push(name + ', ' + m.id + ': ' + e.message);
                      return null;
                    }
                  })));
                  faces.forEach((f, i) => {
                    const [x0, y0, x1, y1] = F.landmarkBox(f.landmarks, 0);
                    const side = 2.0 * Math.max(x1 - x0, y1 - y0);
                    const crop = [(x0 + x1) / 2 - side / 2, (y0 + y1) / 2 - side * 0.45, side, side];
                    rows.push({photo: name, label: faces.length > 1 ? name + ', face ' + (i + 1) : name, crop, results});
                  });
                }
                const headers = ['photo'].concat(masks.map(m => m.name));
                function sheet(rowList, cell, columns) {
                  // columns: cells per line; a row of more cells wraps onto further lines.
                  const labelWidth = columns === headers.length ? 150 : 0, headerHeight = 34, gap = 4;
                  const lines = rowList.length * Math.ceil(headers.length / columns);
                  const width = labelWidth + columns * (cell + gap) + gap;
                  const cellHeight = cell + (columns === headers.length ? 0 : 18);
                  const height = headerHeight + lines * (cellHeight + gap) + gap;
                  const c = T.canvas(width, height);
                  const ctx = c.getContext('2d');
                  ctx.fillStyle = '#1b1b1f';
                  ctx.fillRect(0, 0, width, height);
                  ctx.fillStyle = '#f2f2f2';
                  ctx.font = '13px sans-serif';
                  ctx.textBaseline = 'top';
                  if (columns === headers.length) {
                    headers.forEach((h, k) => {
                      const x = labelWidth + gap + k * (cell + gap);
                      const words = h.split(', ');
                      ctx.fillText(words[0], x + 2, 3, cell - 4);
                      if (words[1]) ctx.fillText(words.slice(1).join(', '), x + 2, 18, cell - 4);
                    });
                  } else {
                    ctx.font = 'bold 15px sans-serif';
                    ctx.fillText(rowList.map(r => r.label).join(' / '), gap, 8);
                    ctx.font = '13px sans-serif';
                  }
                  let line = 0;
                  for (const row of rowList) {
                    for (let k = 0; k < headers.length; k++) {
                      const col = k % columns;
                      if (k && col === 0) line++;
                      const x = labelWidth + gap + col * (cell + gap);
                      const y = headerHeight + gap + line * (cellHeight + gap);
                      if (col === 0 && labelWidth) ctx.fillText(row.label, 6, y + cell / 2 - 7, labelWidth - 10);
                      const image = row.results[k];
                      if (image) {
                        const [sx, sy, sw, sh] = row.crop;
                        ctx.save();
                        ctx.beginPath();
                        ctx.rect(x, y, cell, cell);
                        ctx.clip();
                        ctx.fillStyle = '#555';
                        ctx.fillRect(x, y, cell, cell);
                        ctx.imageSmoothingQuality = 'high';
                        ctx.drawImage(image, sx, sy, sw, sh, x, y, cell, cell);
                        ctx.restore();
                      } else {
                        ctx.fillStyle = '#a33';
                        ctx.fillRect(x, y, cell, cell);
                        ctx.fillStyle = '#f2f2f2';
                      }
                      if (labelWidth === 0) ctx.fillText(k ? headers[k] : row.label, x + 2, y + cell + 3, cell - 4);
                    }
                    line++;
                  }
                  // toBlob encodes off the main thread, so the sheets encode side by side.
                  return new Promise(resolve => c.toBlob(blob => {
                    const reader = new FileReader();
                    reader.onload = () => resolve(reader.result);
                    reader.readAsDataURL(blob);
                  }, 'image/png'));
                }
                const names = photos.map(p => p[0]);
                const sheets = await Promise.all([sheet(rows, OVERVIEW_CELL, headers.length)].concat(
                    names.map(name => sheet(rows.filter(r => r.photo === name), PHOTO_CELL, 5))));
                return {rows: rows.length, masks: masks.map(m => m.id), problems, overview: sheets[0],
                        perPhoto: Object.fromEntries(names.map((name, i) => [name, sheets[i + 1]]))};
                """, OVERVIEW_CELL, PHOTO_CELL));
        System.out.printf("contact sheet: %s rows × %d masks, tried on and drawn in %.1f s%n", out.get("rows"),
                ((List<?>) out.get("masks")).size(), (System.nanoTime() - start) / 1e9);

        Path overview = LiveSite.buildDir().resolve("contact-sheet.png");
        BufferedImage image = write(overview, (String) out.get("overview"));
        System.out.println("wrote " + overview + " (" + image.getWidth() + "×" + image.getHeight() + ")");
        Path folder = Files.createDirectories(LiveSite.buildDir().resolve("contact-sheet"));
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Object> e : Browser.asMap(out.get("perPhoto")).entrySet()) {
            Path file = folder.resolve(e.getKey().replaceAll("\\.png$", "").replaceAll("[^A-Za-z0-9.]+", "-")
                    .replaceAll("-+$", "") + ".png");
            BufferedImage sheet = write(file, (String) e.getValue());
            System.out.println("wrote " + file + " (" + sheet.getWidth() + "×" + sheet.getHeight() + ")");
        }
        assertFalse(((List<?>) out.get("masks")).isEmpty(), "no built-in masks");
        checks.add(() -> assertEquals(List.of(), out.get("problems"), "photos without faces or failed tryOn calls"));
        checks.add(() -> assertTrue(((Number) out.get("rows")).intValue() >= 9,
                "a row per face: 6 single photos and 3 group faces; got " + out.get("rows")));
        assertAll(checks);
    }

    private static BufferedImage write(Path file, String dataUrl) throws IOException {
        String prefix = "data:image/png;base64,";
        assertTrue(dataUrl.startsWith(prefix), "not a PNG data URL: " + dataUrl.substring(0, Math.min(40, dataUrl.length())));
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
        Files.write(file, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, file + " is not a readable PNG");
        return image;
    }
}

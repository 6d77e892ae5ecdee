package app.maskai.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchLabelsTest {
    private static final MaskMix MIX = new MaskMix(List.of("n95", "surgical-blue"), true, true, 9);

    private static BatchLabels sample() {
        BatchLabels labels = new BatchLabels(MIX);
        labels.add(BatchLabels.Photo.masked("class/Ana, B.jpg", "Ana, B-masked.png", 640, 480, List.of(
                new BatchLabels.FaceLabel(-3.24f, 10.26f, 120.04f, 130f, 0.9871f, MIX.choose(0, 0)),
                new BatchLabels.FaceLabel(300f, 40f, 90f, 95.55f, 0.8f, MIX.choose(0, 1)))));
        labels.add(BatchLabels.Photo.noFace("wall.jpg", 800, 600));
        labels.add(BatchLabels.Photo.failed("=cmd.jpg", "The image could not be read."));
        return labels;
    }

    @Test
    void csvHasARowAFaceAndARowForEachPhotoWithout() {
        String[] lines = sample().csv().split("\r\n");
        assertEquals(BatchLabels.CSV_HEADER, lines[0]);
        assertEquals(5, lines.length);
        MaskMix.Choice first = MIX.choose(0, 0);
        assertEquals("\"Ana, B-masked.png\",\"class/Ana, B.jpg\",masked,,0,-3.2,10.3,120,130,0.987," + first.maskId
                + "," + first.scale + "," + first.colour.name + "," + first.colour.hex(), lines[1]);
        assertTrue(lines[2].startsWith("\"Ana, B-masked.png\",\"class/Ana, B.jpg\",masked,,1,300,40,90,95.6,0.8,"),
                lines[2]);
        assertEquals(",wall.jpg,no-face,No face was found in this photo.,,,,,,,,,,", lines[3]);
        // A name a spreadsheet would take for a formula stays text.
        assertEquals(",'=cmd.jpg,failed,The image could not be read.,,,,,,,,,,", lines[4]);
    }

    @Test
    void csvQuotesQuotesAndLineBreaks() {
        assertEquals("\"say \"\"hi\"\"\"", BatchLabels.field("say \"hi\""));
        assertEquals("\"a\nb\"", BatchLabels.field("a\nb"));
        assertEquals("plain.jpg", BatchLabels.field("plain.jpg"));
        assertEquals("-12.5", BatchLabels.field("-12.5"));
        assertEquals("'-rm", BatchLabels.field("-rm"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonReadsBackWithTheSameFacts() {
        Map<String, Object> root = (Map<String, Object>) Json.parse(sample().json());
        assertEquals("maskai.batch", root.get("schema"));
        Map<String, Object> settings = (Map<String, Object>) root.get("settings");
        assertEquals(List.of("n95", "surgical-blue"), settings.get("masks"));
        assertEquals("9", settings.get("seed"));
        assertEquals(true, settings.get("varyColour"));
        List<Object> photos = (List<Object>) root.get("photos");
        assertEquals(3, photos.size());
        Map<String, Object> ana = (Map<String, Object>) photos.get(0);
        assertEquals("Ana, B-masked.png", ana.get("file"));
        assertEquals(640.0, ana.get("width"));
        List<Object> faces = (List<Object>) ana.get("faces");
        Map<String, Object> face = (Map<String, Object>) faces.get(0);
        Map<String, Object> box = (Map<String, Object>) face.get("box");
        assertEquals(-3.2, box.get("x"));
        assertEquals(120.0, box.get("width"));
        assertEquals(MIX.choose(0, 0).maskId, face.get("mask"));
        assertEquals(MIX.choose(0, 0).colour.hex(), ((Map<String, Object>) face.get("colour")).get("hex"));
        Map<String, Object> wall = (Map<String, Object>) photos.get(1);
        assertEquals("no-face", wall.get("status"));
        assertEquals(null, wall.get("file"));
        assertEquals("No face was found in this photo.", wall.get("reason"));
    }
}

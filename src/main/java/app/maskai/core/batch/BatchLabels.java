package app.maskai.core.batch;

import app.maskai.core.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a data set builder needs beside a batch's results (issue 14 §1): per face, the result file,
 * the face's box, the mask it got and that mask's parameters; per photo that gave no result, the
 * reason. Written as {@code labels.csv} (RFC 4180: one row a face, or one row for a photo without
 * any, fields quoted where they hold a comma, quote or line break) and {@code labels.json}
 * (docs/CONTRACTS.md, "Batch labels").
 *
 * <p>Boxes are the landmarks' bounds in the result's pixels (the photo's own, as {@code
 * MaskAI.detect} gives them), to one decimal.
 */
public final class BatchLabels {
    /** The CSV's first row. */
    public static final String CSV_HEADER = "file,source,status,reason,face,x,y,width,height,score,mask,scale,colour,colour_hex";

    /** One photo of the batch. */
    public static final class Photo {
        public final String source;
        /** The result's name in the ZIP; null where there is no result. */
        public final String file;
        public final int width;
        public final int height;
        /** "masked", "no-face" or "failed". */
        public final String status;
        /** Why there is no result, for people; null where there is one. */
        public final String reason;
        public final List<FaceLabel> faces;

        private Photo(String source, String file, int width, int height, String status, String reason,
                List<FaceLabel> faces) {
            this.source = source;
            this.file = file;
            this.width = width;
            this.height = height;
            this.status = status;
            this.reason = reason;
            this.faces = Collections.unmodifiableList(new ArrayList<>(faces));
        }

        /** A photo whose faces were masked and saved as {@code file}. */
        public static Photo masked(String source, String file, int width, int height, List<FaceLabel> faces) {
            if (faces.isEmpty()) {
                throw new IllegalArgumentException("a masked photo has faces");
            }
            return new Photo(source, file, width, height, "masked", null, faces);
        }

        /** A photo read, but with no face found: no result. */
        public static Photo noFace(String source, int width, int height) {
            return new Photo(source, null, width, height, "no-face", "No face was found in this photo.",
                    List.of());
        }

        /** A photo that could not be read or masked, and why. */
        public static Photo failed(String source, String reason) {
            return new Photo(source, null, 0, 0, "failed", reason, List.of());
        }
    }

    /** One face: its box, detector score, and the mask it was given. */
    public static final class FaceLabel {
        public final float x;
        public final float y;
        public final float width;
        public final float height;
        public final float score;
        public final MaskMix.Choice mask;

        public FaceLabel(float x, float y, float width, float height, float score, MaskMix.Choice mask) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.score = score;
            this.mask = mask;
        }
    }

    private final MaskMix mix;
    private final List<Photo> photos = new ArrayList<>();

    public BatchLabels(MaskMix mix) {
        this.mix = mix;
    }

    public void add(Photo photo) {
        photos.add(photo);
    }

    public List<Photo> photos() {
        return Collections.unmodifiableList(photos);
    }

    /** labels.csv: the header, then a row a face (a row a photo without faces), lines ending CRLF. */
    public String csv() {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Photo photo : photos) {
            if (photo.faces.isEmpty()) {
                row(sb, photo.file, photo.source, photo.status, photo.reason, "", "", "", "", "", "", "", "", "", "");
                continue;
            }
            for (int i = 0; i < photo.faces.size(); i++) {
                FaceLabel face = photo.faces.get(i);
                row(sb, photo.file, photo.source, photo.status, "", Integer.toString(i), Json.rounded(face.x, 1),
                        Json.rounded(face.y, 1), Json.rounded(face.width, 1), Json.rounded(face.height, 1),
                        Json.rounded(face.score, 3), face.mask.maskId, Json.rounded(face.mask.scale, 2),
                        face.mask.colour == null ? "" : face.mask.colour.name,
                        face.mask.colour == null ? "" : face.mask.colour.hex());
            }
        }
        return sb.toString();
    }

    /** labels.json: the batch's settings and each photo with its faces (docs/CONTRACTS.md). */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "maskai.batch");
        root.put("version", 1);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("masks", new ArrayList<>(mix.masks()));
        settings.put("varyColour", mix.variesColour());
        settings.put("varySize", mix.variesSize());
        // A string: a 64-bit seed does not survive JSON's doubles.
        settings.put("seed", Long.toString(mix.seed()));
        root.put("settings", settings);
        List<Object> list = new ArrayList<>();
        for (Photo photo : photos) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source", photo.source);
            item.put("file", photo.file);
            item.put("status", photo.status);
            if (photo.reason != null) {
                item.put("reason", photo.reason);
            }
            item.put("width", photo.width);
            item.put("height", photo.height);
            List<Object> faces = new ArrayList<>();
            for (FaceLabel face : photo.faces) {
                Map<String, Object> f = new LinkedHashMap<>();
                Map<String, Object> box = new LinkedHashMap<>();
                box.put("x", Json.parse(Json.rounded(face.x, 1)));
                box.put("y", Json.parse(Json.rounded(face.y, 1)));
                box.put("width", Json.parse(Json.rounded(face.width, 1)));
                box.put("height", Json.parse(Json.rounded(face.height, 1)));
                f.put("box", box);
                f.put("score", Json.parse(Json.rounded(face.score, 3)));
                f.put("mask", face.mask.maskId);
                f.put("scale", Json.parse(Json.rounded(face.mask.scale, 2)));
                if (face.mask.colour != null) {
                    Map<String, Object> colour = new LinkedHashMap<>();
                    colour.put("name", face.mask.colour.name);
                    colour.put("hex", face.mask.colour.hex());
                    f.put("colour", colour);
                }
                faces.add(f);
            }
            item.put("faces", faces);
            list.add(item);
        }
        root.put("photos", list);
        return Json.write(root);
    }

    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields[i]));
        }
        sb.append("\r\n");
    }

    private static boolean isNumber(String value) {
        int i = value.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** One CSV field: as is, or quoted with quotes doubled where it holds a comma, quote or line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        // A leading =, +, - or @ is taken for a formula by spreadsheets: a quote mark keeps it text.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

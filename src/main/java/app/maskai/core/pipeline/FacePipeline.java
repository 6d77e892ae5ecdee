package app.maskai.core.pipeline;

import app.maskai.core.detect.Detection;
import app.maskai.core.detect.DetectionDecoder;
import app.maskai.core.detect.DetectorSpec;
import app.maskai.core.detect.Letterbox;
import app.maskai.core.detect.NonMaxSuppression;
import app.maskai.core.geometry.RotatedRect;
import app.maskai.core.landmarks.FacePresence;
import app.maskai.core.landmarks.LandmarkModel;
import app.maskai.core.landmarks.LandmarkProjection;
import app.maskai.core.landmarks.RegionOfInterest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the faces in one photo and their 468 landmarks. Stateless: nothing is carried between
 * calls.
 *
 * <p>For each orientation 0°, 90°, 180°, 270° (only 0° unless retryRotations), stopping at the
 * first that yields a face:
 * <ol>
 *   <li>the short-range detector on the letterboxed image, decoded and suppressed (NMS at 0.3) —
 *       this alone is the reference pipeline (face-landmarks-detection 1.0.6, static images);
 *   <li>if useFullRange, the full-range detector likewise; each of its detections that overlaps
 *       no short-range one (IoU ≤ 0.3) is added, so short-range boxes win and ordinary photos go
 *       through exactly the reference's steps; at most maxFaces detections go on;
 *   <li>per detection: region of interest, landmark model, face flag ≥ 0.5, projection to the image;
 *   <li>a face whose landmark box overlaps a higher-scoring face's with IoU &gt; 0.5 is dropped
 *       (MIN_SIMILARITY_THRESHOLD 0.5 of the reference's AssociationNormRect step; the reference
 *       compares regions, we compare what the landmarks found).
 * </ol>
 * Results are in the original image's pixels (× toOriginal), sorted by score (descending), then x,
 * then y.
 */
public final class FacePipeline {
  /** IoU above which two faces' landmark boxes are taken to be the same face. */
  static final float SAME_FACE_IOU = 0.5f;

  private static final Comparator<Face> BY_SCORE = new Comparator<Face>() {
    @Override
    public int compare(Face a, Face b) {
      return Float.compare(b.score, a.score);
    }
  };

  private static final Comparator<Face> RESULT_ORDER = new Comparator<Face>() {
    @Override
    public int compare(Face a, Face b) {
      int c = Float.compare(b.score, a.score);
      if (c == 0) {
        c = Float.compare(a.x, b.x);
      }
      if (c == 0) {
        c = Float.compare(a.y, b.y);
      }
      return c;
    }
  };

  private FacePipeline() {
  }

  /**
   * Detects faces in the models' current image, which is imageWidth×imageHeight pixels (the
   * possibly downscaled inference image). Coordinates are multiplied by {@code toOriginal} to give
   * full-resolution pixels.
   */
  public static List<Face> detect(FaceModels models, int imageWidth, int imageHeight,
      float toOriginal, PipelineOptions options) {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x"
          + imageHeight);
    }
    int passes = options.retryRotations() ? 4 : 1;
    float[] mesh = new float[LandmarkModel.MESH_VALUES];
    for (int pass = 0; pass < passes; pass++) {
      float rotation = (float) (pass * Math.PI / 2);
      RotatedRect inputRect = Letterbox.square(imageWidth, imageHeight, rotation);
      List<Detection> detections = detectFaces(models, inputRect, imageWidth, imageHeight,
          options);
      List<Face> found = new ArrayList<>();
      for (int i = 0; i < detections.size(); i++) {
        Detection detection = detections.get(i);
        RotatedRect roi = RegionOfInterest.fromDetection(detection, imageWidth, imageHeight);
        float presence = models.runLandmarks(roi, mesh);
        if (!FacePresence.isFace(presence)) {
          continue;
        }
        float[] landmarks = new float[LandmarkModel.MESH_VALUES];
        LandmarkProjection.project(mesh, roi, LandmarkModel.INPUT_SIZE, landmarks);
        for (int k = 0; k < landmarks.length; k++) {
          landmarks[k] *= toOriginal;
        }
        found.add(new Face(detection.score, presence, landmarks, pass * 90));
      }
      List<Face> faces = dropDuplicates(found);
      if (!faces.isEmpty()) {
        Collections.sort(faces, RESULT_ORDER);
        return faces;
      }
    }
    return new ArrayList<>();
  }

  /** Short-range detections, plus full-range ones in places the short range found nothing. */
  private static List<Detection> detectFaces(FaceModels models, RotatedRect inputRect,
      int imageWidth, int imageHeight, PipelineOptions options) {
    int maxFaces = options.maxFaces();
    List<Detection> detections = run(models, DetectorSpec.SHORT_RANGE, inputRect, imageWidth,
        imageHeight, maxFaces);
    if (options.useFullRange() && detections.size() < maxFaces) {
      List<Detection> shortRange = new ArrayList<>(detections);
      List<Detection> fullRange = run(models, DetectorSpec.FULL_RANGE, inputRect, imageWidth,
          imageHeight, maxFaces);
      float threshold = DetectorSpec.SHORT_RANGE.iouThreshold;
      for (int i = 0; i < fullRange.size() && detections.size() < maxFaces; i++) {
        Detection candidate = fullRange.get(i);
        boolean overlaps = false;
        for (int j = 0; j < shortRange.size() && !overlaps; j++) {
          overlaps = candidate.iou(shortRange.get(j)) > threshold;
        }
        if (!overlaps) {
          detections.add(candidate);
        }
      }
    }
    return detections;
  }

  private static List<Detection> run(FaceModels models, DetectorSpec spec, RotatedRect inputRect,
      int imageWidth, int imageHeight, int maxFaces) {
    float[] raw = models.runDetector(spec, inputRect);
    List<Detection> decoded = DetectionDecoder.decode(raw, spec, inputRect, imageWidth,
        imageHeight);
    return NonMaxSuppression.suppress(decoded, spec.iouThreshold, maxFaces);
  }

  /**
   * Keeps faces in descending score (stable), dropping each whose landmark box overlaps an already
   * kept one with IoU &gt; {@link #SAME_FACE_IOU}.
   */
  private static List<Face> dropDuplicates(List<Face> found) {
    List<Face> sorted = new ArrayList<>(found);
    Collections.sort(sorted, BY_SCORE);
    List<Face> kept = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Face face = sorted.get(i);
      boolean duplicate = false;
      for (int j = 0; j < kept.size() && !duplicate; j++) {
        Face other = kept.get(j);
        duplicate = Detection.iou(face.x, face.y, face.x + face.width, face.y + face.height,
            other.x, other.y, other.x + other.width, other.y + other.height) > SAME_FACE_IOU;
      }
      if (!duplicate) {
        kept.add(face);
      }
    }
    return kept;
  }
}

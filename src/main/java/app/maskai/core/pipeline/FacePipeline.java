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
import app.maskai.core.landmarks.LandmarkSymmetry;
import app.maskai.core.landmarks.RegionOfInterest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the faces in one photo and their 468 landmarks. Stateless: nothing is carried between
 * calls.
 *
 * <ol>
 *   <li><b>Detect.</b> The letterboxed image turned by 0° goes through the short-range detector
 *       and, with useFullRange, the full-range one; with retryRotations and unless the 0° pass
 *       found a face with short-range score ≥ {@link #UPRIGHT_CONFIDENT}, the image turned by 90°,
 *       180° and 270° goes through the short-range detector alone;
 *       each run is decoded and suppressed (NMS at IoU 0.3), as the reference does. With a tile
 *       grid, both detectors also run upright on overlapping tiles of a large image
 *       ({@link Tiles}), for the small faces of group photos that neither finds in the whole
 *       image.
 *   <li><b>Group.</b> The detectors also fire on faces turned 90° or even 180° from upright in
 *       their input, with wrong key points, and the landmark model then reports a face (flag ≈ 1)
 *       with landmarks 13 to 55 pixels off: measured on the astronaut test photo turned by quarter
 *       turns, the 0° pass "finds" the face in all four. The pass in which a face is upright scores
 *       highest (short range 0.91–0.93 there, against 0.61–0.84 in the other passes). So all
 *       detections are pooled in tiers: whole-image short range, whole-image full range, tile short
 *       range, tile full range (scores of different detectors and inputs are not comparable),
 *       each tier by descending score; each detection joins the first group whose leader it
 *       overlaps with IoU &gt; 0.3, or leads a new group. Later tiers thus only add faces where no
 *       earlier one found any, and an upright photo's faces keep their 0° short-range detection:
 *       exactly the reference's path. Detections from turned passes need
 *       {@link #TURNED_MIN_SCORE}. At most maxFaces groups go on.
 *   <li><b>Landmarks.</b> Per group, candidates in order: region of interest, landmark model; the
 *       first whose face flag is ≥ 0.5 gives the face, projected back to the image. A group with
 *       none is dropped.
 *   <li><b>Deduplicate.</b> A face whose landmark box overlaps a higher-scoring face's with IoU
 *       &gt; 0.5 is dropped (MIN_SIMILARITY_THRESHOLD 0.5 of the reference's
 *       AssociationNormRect step; the reference compares regions, we compare what the landmarks
 *       found).
 * </ol>
 * Results are in the original image's pixels (× toOriginal), sorted by score (descending), then x,
 * then y.
 */
public final class FacePipeline {
  /** IoU above which detections from different orientations are taken to be the same face. */
  static final float SAME_DETECTION_IOU = 0.3f;
  /** IoU above which two faces' landmark boxes are taken to be the same face. */
  static final float SAME_FACE_IOU = 0.5f;
  /**
   * Lowest detector score accepted from a turned (90°, 180°, 270°) pass. Measured on the test
   * photos turned by quarter turns: the face in its upright pass scored 0.68–0.93 (short or full
   * range); the hard negative (no-face/chelsea.png, a cat) gave a 0.52 detection at 90° that the
   * landmark model accepted (flag 0.68). The 0° pass keeps the reference's 0.5 / 0.6.
   */
  static final float TURNED_MIN_SCORE = 0.6f;
  /**
   * Short-range score at 0° above which the photo is taken as upright and the turned passes are
   * skipped. Measured on the astronaut test photo: upright 0.92; the same face turned by 90°,
   * 180° or 270° scored at most 0.84 in the 0° pass. A photo with no face this sure still gets
   * all four passes, as the issue asks ("when no face is found, retry at 90°, 180°, 270°").
   */
  static final float UPRIGHT_CONFIDENT = 0.9f;
  /** From pixel-index coordinates to the API's, where pixel i's centre is at i + 0.5. */
  static final float PIXEL_CENTRE = 0.5f;

  /** Tier (whole image before tiles, short range before full range), then descending score. */
  private static final Comparator<Candidate> CANDIDATE_ORDER = new Comparator<Candidate>() {
    @Override
    public int compare(Candidate a, Candidate b) {
      if (a.tier != b.tier) {
        return a.tier < b.tier ? -1 : 1;
      }
      return Float.compare(b.detection.score, a.detection.score);
    }
  };

  private static final Comparator<Face> FACES_BY_SCORE = new Comparator<Face>() {
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

  // Candidate tiers, best first: which input and detector produced a detection.
  private static final int WHOLE_SHORT_RANGE = 0;
  private static final int WHOLE_FULL_RANGE = 1;
  private static final int TILE_SHORT_RANGE = 2;
  private static final int TILE_FULL_RANGE = 3;

  /** A detection, where it came from (tier) and in which orientation (quarter turns). */
  private static final class Candidate {
    final Detection detection;
    final int tier;
    final int quarterTurns;

    Candidate(Detection detection, int tier, int quarterTurns) {
      this.detection = detection;
      this.tier = tier;
      this.quarterTurns = quarterTurns;
    }
  }

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
    List<Candidate> upright = new ArrayList<>();
    detectWhole(upright, models, 0, imageWidth, imageHeight, options, options.useFullRange());
    List<Candidate> tiled = new ArrayList<>();
    List<RotatedRect> tiles = Tiles.cover(imageWidth, imageHeight, options.tileGrid());
    for (int t = 0; t < tiles.size(); t++) {
      pool(tiled, models, DetectorSpec.SHORT_RANGE, tiles.get(t), TILE_SHORT_RANGE, 0,
          imageWidth, imageHeight, options);
      if (options.useFullRange()) {
        pool(tiled, models, DetectorSpec.FULL_RANGE, tiles.get(t), TILE_FULL_RANGE, 0,
            imageWidth, imageHeight, options);
      }
    }
    List<Candidate> pooled = new ArrayList<>(upright);
    pooled.addAll(tiled);
    // Detections the landmark model turned down are not tried twice (same input, same answer).
    List<Detection> rejected = new ArrayList<>();
    if (options.retryRotations() && confidentlyUpright(upright)) {
      List<Face> faces = finish(pooled, models, imageWidth, imageHeight, toOriginal, options,
          rejected);
      if (hasSureFace(faces)) {
        return faces;
      }
    }
    if (options.retryRotations()) {
      // Turned passes look for the faces of a sideways or upside-down photo, which fill much of
      // it: the short-range detector alone (the full-range one costs about three times as much
      // and finds the small, far faces that turned photos rarely hold).
      for (int quarterTurns = 1; quarterTurns < 4; quarterTurns++) {
        detectWhole(pooled, models, quarterTurns, imageWidth, imageHeight, options, false);
      }
    }
    return finish(pooled, models, imageWidth, imageHeight, toOriginal, options, rejected);
  }

  /**
   * The short-range detector, and the full-range one when {@code fullRange}, on the whole
   * letterboxed image turned by {@code quarterTurns}.
   */
  private static void detectWhole(List<Candidate> pooled, FaceModels models, int quarterTurns,
      int imageWidth, int imageHeight, PipelineOptions options, boolean fullRange) {
    RotatedRect inputRect = Letterbox.square(imageWidth, imageHeight,
        (float) (quarterTurns * Math.PI / 2));
    pool(pooled, models, DetectorSpec.SHORT_RANGE, inputRect, WHOLE_SHORT_RANGE, quarterTurns,
        imageWidth, imageHeight, options);
    if (fullRange) {
      pool(pooled, models, DetectorSpec.FULL_RANGE, inputRect, WHOLE_FULL_RANGE, quarterTurns,
          imageWidth, imageHeight, options);
    }
  }

  /** Groups the pooled detections, runs the landmark model per group, drops duplicates. */
  private static List<Face> finish(List<Candidate> pooled, FaceModels models, int imageWidth,
      int imageHeight, float toOriginal, PipelineOptions options, List<Detection> rejected) {
    List<List<Candidate>> groups = group(pooled, options.maxFaces());
    float[] mesh = new float[LandmarkModel.MESH_VALUES];
    List<Face> found = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Candidate> group = groups.get(g);
      for (int i = 0; i < group.size(); i++) {
        Candidate candidate = group.get(i);
        if (rejected.contains(candidate.detection)) {
          continue;
        }
        Face face = landmarks(models, candidate, imageWidth, imageHeight, toOriginal, mesh,
            options.refinePasses(), options.mirrorAverage());
        if (face != null) {
          found.add(face);
          break;
        }
        rejected.add(candidate.detection);
      }
    }
    List<Face> faces = dropDuplicates(found);
    Collections.sort(faces, RESULT_ORDER);
    return faces;
  }

  /** True when a face kept its sure upright detection (the landmark model accepted it). */
  private static boolean hasSureFace(List<Face> faces) {
    for (int i = 0; i < faces.size(); i++) {
      if (faces.get(i).score >= UPRIGHT_CONFIDENT && faces.get(i).rotationDegrees == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the upright pass found a face the short-range detector is sure of
   * ({@link #UPRIGHT_CONFIDENT}): the photo is upright, and the turned passes — which exist for
   * sideways and upside-down photos — are skipped (three detector runs saved).
   */
  private static boolean confidentlyUpright(List<Candidate> pooled) {
    for (int i = 0; i < pooled.size(); i++) {
      Candidate candidate = pooled.get(i);
      if (candidate.tier == WHOLE_SHORT_RANGE && candidate.quarterTurns == 0
          && candidate.detection.score >= UPRIGHT_CONFIDENT) {
        return true;
      }
    }
    return false;
  }

  /** Runs one detector on one input region and adds its suppressed detections to the pool. */
  private static void pool(List<Candidate> pooled, FaceModels models, DetectorSpec spec,
      RotatedRect inputRect, int tier, int quarterTurns, int imageWidth, int imageHeight,
      PipelineOptions options) {
    float[] raw = models.runDetector(spec, inputRect);
    List<Detection> decoded = DetectionDecoder.decode(raw, spec,
        options.minDetectionScoreFor(spec), inputRect, imageWidth, imageHeight);
    List<Detection> kept = NonMaxSuppression.suppress(decoded, spec.iouThreshold,
        options.maxFaces());
    for (int i = 0; i < kept.size(); i++) {
      Detection d = kept.get(i);
      if (quarterTurns == 0 || d.score >= TURNED_MIN_SCORE) {
        pooled.add(new Candidate(d, tier, quarterTurns));
      }
    }
  }

  /**
   * Groups candidates that overlap, in {@link #CANDIDATE_ORDER}: each joins the first group whose
   * leader it overlaps with IoU &gt; {@link #SAME_DETECTION_IOU}, or leads a new one (at most
   * maxFaces groups). Ties keep pool order: 0° first.
   */
  private static List<List<Candidate>> group(List<Candidate> pooled, int maxFaces) {
    List<Candidate> sorted = new ArrayList<>(pooled);
    Collections.sort(sorted, CANDIDATE_ORDER);
    List<List<Candidate>> groups = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Candidate candidate = sorted.get(i);
      List<Candidate> home = null;
      for (int g = 0; g < groups.size() && home == null; g++) {
        Detection leader = groups.get(g).get(0).detection;
        if (candidate.detection.iou(leader) > SAME_DETECTION_IOU) {
          home = groups.get(g);
        }
      }
      if (home != null) {
        home.add(candidate);
      } else if (groups.size() < maxFaces) {
        List<Candidate> group = new ArrayList<>();
        group.add(candidate);
        groups.add(group);
      }
    }
    return groups;
  }

  /**
   * Runs the landmark model for one candidate; null when its face flag is below 0.5. Then, for
   * each refine pass, runs it again on the region recomputed from the landmarks just found
   * (centred on them, turned by the eye line 33 → 263): the detector's box and key points are
   * coarse, the landmarks are not, so the second crop is better centred and levelled. A pass whose
   * face flag drops below 0.5 is not kept.
   */
  private static Face landmarks(FaceModels models, Candidate candidate, int imageWidth,
      int imageHeight, float toOriginal, float[] mesh, int refinePasses, boolean mirrorAverage) {
    Detection detection = candidate.detection;
    RotatedRect roi = RegionOfInterest.fromDetection(detection, imageWidth, imageHeight);
    float presence = models.runLandmarks(roi, mesh);
    if (!FacePresence.isFace(presence)) {
      return null;
    }
    float[] landmarks = new float[LandmarkModel.MESH_VALUES];
    LandmarkProjection.project(mesh, roi, LandmarkModel.INPUT_SIZE, landmarks);
    for (int pass = 0; pass < refinePasses; pass++) {
      RotatedRect refined = RegionOfInterest.fromLandmarks(landmarks, imageWidth, imageHeight);
      float again = models.runLandmarks(refined, mesh);
      if (!FacePresence.isFace(again)) {
        break;
      }
      presence = again;
      LandmarkProjection.project(mesh, refined, LandmarkModel.INPUT_SIZE, landmarks);
    }
    if (mirrorAverage) {
      averageWithMirror(models, landmarks, imageWidth, imageHeight, mesh);
    }
    // The crops and projections work, as MediaPipe's do, in pixel-index coordinates (pixel i
    // spans i - 0.5 .. i + 0.5); the API's convention puts pixel i's centre at i + 0.5. Measured
    // before this shift: a mean offset of about -0.5 px in x and y, which mirroring or turning
    // the photo turned into 1 px of disagreement.
    for (int k = 0; k < landmarks.length; k += 3) {
      landmarks[k] = (landmarks[k] + PIXEL_CENTRE) * toOriginal;
      landmarks[k + 1] = (landmarks[k + 1] + PIXEL_CENTRE) * toOriginal;
      landmarks[k + 2] *= toOriginal;
    }
    return new Face(detection.score, presence, landmarks, candidate.quarterTurns * 90);
  }

  /**
   * Runs the landmark model on the mirror image of the region around {@code landmarks} (a region
   * of negative width), maps its landmarks back, and averages each landmark with its mirror
   * partner's ({@link LandmarkSymmetry#MIRROR}) from that run: in the mirrored crop the model's
   * "right eye" lies on the person's left. Kept only if the mirrored crop also reads as a face.
   */
  private static void averageWithMirror(FaceModels models, float[] landmarks, int imageWidth,
      int imageHeight, float[] mesh) {
    RotatedRect region = RegionOfInterest.fromLandmarks(landmarks, imageWidth, imageHeight);
    RotatedRect mirrored = new RotatedRect(region.cx, region.cy, -region.width, region.height,
        region.rotation);
    if (!FacePresence.isFace(models.runLandmarks(mirrored, mesh))) {
      return;
    }
    float[] other = new float[LandmarkModel.MESH_VALUES];
    LandmarkProjection.project(mesh, mirrored, LandmarkModel.INPUT_SIZE, other);
    for (int i = 0; i < LandmarkModel.POINTS; i++) {
      int j = LandmarkSymmetry.MIRROR[i];
      for (int c = 0; c < 3; c++) {
        landmarks[3 * i + c] = 0.5f * (landmarks[3 * i + c] + other[3 * j + c]);
      }
    }
  }

  /**
   * Keeps faces in descending score (stable), dropping each whose landmark box overlaps an already
   * kept one with IoU &gt; {@link #SAME_FACE_IOU}.
   */
  private static List<Face> dropDuplicates(List<Face> found) {
    List<Face> sorted = new ArrayList<>(found);
    Collections.sort(sorted, FACES_BY_SCORE);
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

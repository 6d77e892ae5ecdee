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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the faces in one photo and their 468 landmarks. Stateless: nothing is carried between
 * calls.
 *
 * <ol>
 *   <li><b>Detect,</b> in steps that stop once they find a face ({@link #detect}): the
 *       short-range detector on the upright letterboxed image (the reference's only step), then
 *       the full-range detector and, on a large image, tiles ({@link Tiles}) for small faces,
 *       then the image turned by 90°, 180° and 270°. Each run is decoded and suppressed (NMS at
 *       IoU 0.3), as the reference does.
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
   * Short-range score at 0° above which a face is taken as upright and no turned pass runs.
   * Measured on the astronaut test photo: upright 0.92; the same face turned by 90°, 180° or 270°
   * scored at most 0.84 in the 0° pass. The 0° pass's landmarks, refined, are right for the face
   * turned 90° or 270° (median 1.5 and 1.0 px from the turned reference, against 0.8 from the
   * turned pass) but not for it upside down (56 px: the detector's key points point the crop the
   * wrong way, and the landmark model does not turn it round; its face flag stays at 0.997, so it
   * cannot tell either). So an unsure face costs one more short-range run, at 180°. A photo with
   * no face at all gets all
   * four passes, as issue 3 asks ("when no face is found, retry at 90°, 180°, 270°"). An unsure
   * face whose landmarks lie on their side also gets the pass that turns it upright.
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
   * Detects faces in the models' current image, which is imageWidth×imageHeight pixels.
   * Coordinates are multiplied by {@code toOriginal} (for an image the models see at another size
   * than the caller's).
   *
   * <p>The search stops as soon as it has found what it looks for, cheapest step first:
   * <ol>
   *   <li>The reference's own step: the short-range detector on the upright image. If it finds a
   *       face it is sure is upright (score ≥ {@link #UPRIGHT_CONFIDENT}), that is the answer.
   *       A face it is less sure of may be an upside-down face read the wrong way up, so the
   *       image turned by 180° is tried too, and by 90° or 270° where the face's landmarks lie
   *       on their side.
   *   <li>No face: the full-range detector, for faces farther away, and on a large image the
   *       tiles, for the small faces of group photos.
   *   <li>Still none: the image turned by 90°, 180° and 270°, short range, for a sideways or
   *       upside-down photo.
   * </ol>
   */
  public static List<Face> detect(FaceModels models, int imageWidth, int imageHeight,
      float toOriginal, PipelineOptions options) {
    if (imageWidth <= 0 || imageHeight <= 0) {
      throw new IllegalArgumentException("image size must be positive: " + imageWidth + "x"
          + imageHeight);
    }
    Search search = new Search(models, imageWidth, imageHeight, toOriginal, options);
    search.whole(0, DetectorSpec.SHORT_RANGE, WHOLE_SHORT_RANGE);
    List<Face> faces = search.finish();
    if (!faces.isEmpty()) {
      if (!options.retryRotations() || hasSureFace(faces)) {
        return faces;
      }
      // These passes look again at the faces found, the other way up; they do not look for more.
      search.reorientOnly = true;
      search.turnedBy(2);
      for (int i = 0; i < faces.size(); i++) {
        // The landmarks of a face lying on its side point the way even when they are off (the
        // astronaut turned 90°: eye line at 73° and points 12 px off; refined, 1.5 px), and its
        // own upright pass does better still (0.8 px): one more run, the right one.
        int quarterTurns = Math.floorMod(Math.round(
            RegionOfInterest.roll(faces.get(i).landmarks) / (float) (Math.PI / 2)), 4);
        if (faces.get(i).score < UPRIGHT_CONFIDENT && quarterTurns % 2 == 1) {
          search.turnedBy(quarterTurns);
        }
      }
      return search.finish();
    }
    boolean fullRange = options.useFullRange() && models.hasDetector(DetectorSpec.FULL_RANGE);
    if (fullRange) {
      search.whole(0, DetectorSpec.FULL_RANGE, WHOLE_FULL_RANGE);
    }
    List<RotatedRect> tiles = Tiles.cover(imageWidth, imageHeight, options.tileGrid());
    for (int t = 0; t < tiles.size(); t++) {
      search.pool(DetectorSpec.SHORT_RANGE, tiles.get(t), TILE_SHORT_RANGE, 0);
      if (fullRange) {
        search.pool(DetectorSpec.FULL_RANGE, tiles.get(t), TILE_FULL_RANGE, 0);
      }
    }
    faces = search.finish();
    if (!faces.isEmpty() || !options.retryRotations()) {
      return faces;
    }
    search.turned();
    return search.finish();
  }

  /**
   * One detect call's state: the detections pooled so far, and what the landmark model made of
   * each one already tried (a face, or turned down), so that no detection is tried twice.
   */
  private static final class Search {
    final FaceModels models;
    final int imageWidth;
    final int imageHeight;
    final float toOriginal;
    final PipelineOptions options;
    final List<Candidate> pooled = new ArrayList<>();
    final Map<Detection, Face> tried = new IdentityHashMap<>();
    final float[] mesh = new float[LandmarkModel.MESH_VALUES];
    /** Per quarter turn, whether the short-range detector has seen the whole image so turned. */
    final boolean[] shortRangeRan = new boolean[4];
    /**
     * Whether new detections are kept only where they overlap a face already found (IoU &gt;
     * {@link #SAME_DETECTION_IOU}): a second look at it the other way up. Measured: the camera
     * test video's frame, the astronaut at 400 px on grey, unsure at 0° (0.58); a turned pass
     * found a "face" (0.65) on its suit, which the landmark model accepted.
     */
    boolean reorientOnly;

    Search(FaceModels models, int imageWidth, int imageHeight, float toOriginal,
        PipelineOptions options) {
      this.models = models;
      this.imageWidth = imageWidth;
      this.imageHeight = imageHeight;
      this.toOriginal = toOriginal;
      this.options = options;
    }

    /** One detector on the whole letterboxed image turned by {@code quarterTurns}. */
    void whole(int quarterTurns, DetectorSpec spec, int tier) {
      RotatedRect inputRect = Letterbox.square(imageWidth, imageHeight,
          (float) (quarterTurns * Math.PI / 2));
      pool(spec, inputRect, tier, quarterTurns);
    }

    /**
     * The short-range detector alone on the image turned by 90°, 180° and 270°: a sideways or
     * upside-down photo's faces fill much of it (the full-range detector costs about three times
     * as much and finds the small, far faces that turned photos rarely hold).
     */
    void turned() {
      for (int quarterTurns = 1; quarterTurns < 4; quarterTurns++) {
        turnedBy(quarterTurns);
      }
    }

    /** The short-range detector on the whole image turned by {@code quarterTurns}, once a call. */
    void turnedBy(int quarterTurns) {
      if (!shortRangeRan[quarterTurns]) {
        whole(quarterTurns, DetectorSpec.SHORT_RANGE, WHOLE_SHORT_RANGE);
      }
    }

    /** Runs one detector on one input region and adds its suppressed detections to the pool. */
    void pool(DetectorSpec spec, RotatedRect inputRect, int tier, int quarterTurns) {
      if (spec == DetectorSpec.SHORT_RANGE && tier == WHOLE_SHORT_RANGE) {
        shortRangeRan[quarterTurns] = true;
      }
      float[] raw = models.runDetector(spec, inputRect);
      List<Detection> decoded = DetectionDecoder.decode(raw, spec,
          options.minDetectionScoreFor(spec), inputRect, imageWidth, imageHeight);
      List<Detection> kept = NonMaxSuppression.suppress(decoded, spec.iouThreshold,
          options.maxFaces());
      for (int i = 0; i < kept.size(); i++) {
        Detection d = kept.get(i);
        if ((quarterTurns == 0 || d.score >= TURNED_MIN_SCORE) && (!reorientOnly || overlapsAFace(d))) {
          pooled.add(new Candidate(d, tier, quarterTurns));
        }
      }
    }

    private boolean overlapsAFace(Detection d) {
      for (Map.Entry<Detection, Face> entry : tried.entrySet()) {
        if (entry.getValue() != null && d.iou(entry.getKey()) > SAME_DETECTION_IOU) {
          return true;
        }
      }
      return false;
    }

    /**
     * Groups the pooled detections, takes per group the first candidate the landmark model
     * accepts (trying each detection once per call), drops duplicates.
     */
    List<Face> finish() {
      List<List<Candidate>> groups = group(pooled, options.maxFaces());
      List<Face> found = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        List<Candidate> group = groups.get(g);
        for (int i = 0; i < group.size(); i++) {
          Candidate candidate = group.get(i);
          Face face;
          if (tried.containsKey(candidate.detection)) {
            face = tried.get(candidate.detection);
          } else {
            face = landmarks(models, candidate, imageWidth, imageHeight, toOriginal, mesh,
                options.refinePasses(), options.mirrorAverage());
            tried.put(candidate.detection, face);
          }
          if (face != null) {
            found.add(face);
            break;
          }
        }
      }
      List<Face> faces = dropDuplicates(found);
      Collections.sort(faces, RESULT_ORDER);
      return faces;
    }
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

package app.maskai.core.session;

import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.pipeline.Face;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The photo on show and what the person chose for it: its faces, the photo's mask, each face's
 * own adjustment (switch, mask, size, offset, rotation, opacity), which face is selected, and a
 * generation that tells a slow earlier load from the current one. One photo at a time; Discard
 * releases it and forgets every face.
 *
 * <p>Observable: each change is told to the listeners with what changed ({@link Change}), after
 * the session has changed. The photo itself is an opaque handle ({@code P}: an ImageBitmap in the
 * browser, anything in tests), released through {@code release} when it is replaced or
 * discarded, or when a load it belongs to turns out stale.
 *
 * @param <P> the photo's handle
 */
public final class PhotoSession<P> {
    /** What a change touched; views redraw what depends on it. */
    public enum Change {
        /** A photo began loading (nothing else changed yet). */
        LOADING,
        /** A photo with its faces is on show, choices reset (also after finding faces again). */
        SHOWN,
        /** The photo's mask changed. */
        MASK,
        /** The selected face's adjustment changed. */
        ADJUSTMENT,
        /** Another face is selected. */
        SELECTION,
        /** The photo was discarded: nothing is on show. */
        DISCARDED
    }

    /** Told of each change. */
    public interface Listener {
        void changed(Change change);
    }

    /** A box around a face is hit this much farther out, in face widths (fingers are wide). */
    static final float HIT_MARGIN = 0.15f;

    private final Consumer<P> release;
    private final List<Listener> listeners = new ArrayList<>();
    private P photo;
    private List<Face> faces = List.of();
    private FitAdjustment[] adjustments = new FitAdjustment[0];
    private int selected;
    private String maskId;
    private String name = "photo";
    private String reductionNote;
    private int generation;

    public PhotoSession(Consumer<P> release) {
        this.release = Objects.requireNonNull(release);
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /**
     * A photo named {@code fileName} begins loading: returns its generation, which {@link #show}
     * and {@link #isCurrent} check. A later load (or Discard) makes it stale.
     */
    public int load(String fileName) {
        generation++;
        name = baseName(fileName);
        fire(Change.LOADING);
        return generation;
    }

    /**
     * Faces are to be looked for again on the photo on show (another sensitivity): like {@link
     * #load}, a generation that a later load or Discard makes stale, for {@link #refound}.
     */
    public int findAgain() {
        generation++;
        fire(Change.LOADING);
        return generation;
    }

    /** The latest load's generation (0 before any). */
    public int generation() {
        return generation;
    }

    /** Whether the load of generation {@code load} is still the latest. */
    public boolean isCurrent(int load) {
        return load == generation;
    }

    /** Whether a photo was ever chosen in this session (loaded, shown or discarded). */
    public boolean everLoaded() {
        return generation > 0;
    }

    /**
     * Puts {@code loaded} with its faces on show, releasing the photo before, and resets the
     * faces' choices: each face follows the photo's mask, the first is selected. {@code note}
     * says why the photo was made smaller (may be null). A stale load is refused: its photo is
     * released and false returned.
     */
    public boolean show(int load, P loaded, List<Face> found, String note) {
        if (!isCurrent(load)) {
            release.accept(loaded);
            return false;
        }
        releasePhoto();
        photo = loaded;
        reductionNote = note;
        setFaces(found);
        fire(Change.SHOWN);
        return true;
    }

    /**
     * The faces of the photo on show found again (another sensitivity): the choices reset as for a
     * new photo. Refused (false) when the load is stale or the photo was discarded meanwhile.
     */
    public boolean refound(int load, List<Face> found) {
        if (!isCurrent(load) || photo == null) {
            return false;
        }
        setFaces(found);
        fire(Change.SHOWN);
        return true;
    }

    /** Releases the photo and forgets its faces; any load under way becomes stale. */
    public void discard() {
        generation++;
        releasePhoto();
        faces = List.of();
        adjustments = new FitAdjustment[0];
        selected = 0;
        reductionNote = null;
        fire(Change.DISCARDED);
    }

    /** The photo's mask (each face without a mask of its own wears it); null for none. */
    public void chooseMask(String id) {
        if (Objects.equals(id, maskId)) {
            return;
        }
        maskId = id;
        fire(Change.MASK);
    }

    /** Selects face {@code index}; out of range does nothing. */
    public void select(int index) {
        if (index < 0 || index >= faces.size()) {
            return;
        }
        selected = index;
        fire(Change.SELECTION);
    }

    /** Sets the selected face's adjustment. */
    public void adjust(FitAdjustment adjustment) {
        if (selected >= adjustments.length) {
            return;
        }
        adjustments[selected] = Objects.requireNonNull(adjustment);
        fire(Change.ADJUSTMENT);
    }

    /**
     * The masks on offer changed: a face whose own mask is gone follows the photo's again, and the
     * photo's mask becomes {@code select} when given and known, else stays while known, else the
     * first known ({@code known} in gallery order, not empty).
     */
    public void masksChanged(List<String> known, String select) {
        for (int i = 0; i < adjustments.length; i++) {
            if (adjustments[i].maskId != null && !known.contains(adjustments[i].maskId)) {
                adjustments[i] = adjustments[i].withMaskId(null);
            }
        }
        String keep = select != null && known.contains(select) ? select
                : maskId != null && known.contains(maskId) ? maskId : known.isEmpty() ? null : known.get(0);
        maskId = keep;
        fire(Change.MASK);
    }

    public boolean hasPhoto() {
        return photo != null;
    }

    /** The photo on show, or null. */
    public P photo() {
        return photo;
    }

    /** The faces of the photo on show (empty without one). */
    public List<Face> faces() {
        return faces;
    }

    public String maskId() {
        return maskId;
    }

    public int selected() {
        return selected;
    }

    /** Face {@code index}'s adjustment. */
    public FitAdjustment adjustment(int index) {
        return adjustments[index];
    }

    /** Which faces wear a mask (their switch is on). */
    public boolean[] switchedOn() {
        boolean[] on = new boolean[adjustments.length];
        for (int i = 0; i < on.length; i++) {
            on[i] = adjustments[i].enabled;
        }
        return on;
    }

    /** The mask face {@code index} wears when on: its own while {@code known}, else the photo's. */
    public String maskOf(int index, Predicate<String> known) {
        String own = adjustments[index].maskId;
        return own != null && known.test(own) ? own : maskId;
    }

    /** Why the photo on show was made smaller, or null. */
    public String reductionNote() {
        return reductionNote;
    }

    /** The result's file name without extension (photo name, "-maskai-", mask id), or null without a photo. */
    public String resultName() {
        return photo == null ? null : name + "-maskai-" + maskId;
    }

    /**
     * The face whose box, widened by {@link #HIT_MARGIN}, holds the point (photo pixels): the
     * smallest such, as a face in front is smaller; -1 for none.
     */
    public int faceAt(double x, double y) {
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < faces.size(); i++) {
            Face face = faces.get(i);
            double margin = face.width * HIT_MARGIN;
            double area = (double) face.width * face.height;
            if (x >= face.x - margin && x <= face.x + face.width + margin && y >= face.y - margin
                    && y <= face.y + face.height + margin && area < bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return best;
    }

    /**
     * What the result shows, for the status line: how many faces, the photo's mask, each face that
     * differs (its own mask, or none), and why the photo was made smaller. {@code names} gives a
     * mask's name from its id (null when unknown).
     */
    public String summary(MaskNames names) {
        if (faces.isEmpty()) {
            return "No face found in this photo. Try one where the face is clearly visible and not covered.";
        }
        String photoMask = maskId == null ? null : names.nameOf(maskId);
        StringBuilder text = new StringBuilder(faces.size() == 1 ? "Found 1 face" : "Found " + faces.size() + " faces")
                .append(". Mask: ").append(photoMask != null ? photoMask : "none").append('.');
        for (int i = 0; i < faces.size(); i++) {
            String who = faces.size() == 1 ? "The face" : "Face " + (i + 1);
            String own = adjustments[i].maskId == null ? null : names.nameOf(adjustments[i].maskId);
            if (!adjustments[i].enabled) {
                text.append(' ').append(who).append(": mask off.");
            } else if (own != null && !adjustments[i].maskId.equals(maskId)) {
                text.append(' ').append(who).append(": ").append(own).append('.');
            }
        }
        if (reductionNote != null) {
            text.append(' ').append(reductionNote);
        }
        return text.toString();
    }

    /** A mask's name from its id; null when there is no such mask. */
    public interface MaskNames {
        String nameOf(String id);
    }

    /**
     * A file name made safe for the result's: no extension, letters, digits, '-' and '_' kept,
     * anything else '-', at most 60 characters; "photo" when nothing is left.
     */
    public static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length() && safe.length() < 60; i++) {
            char c = name.charAt(i);
            safe.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '-');
        }
        return safe.length() == 0 ? "photo" : safe.toString();
    }

    private void setFaces(List<Face> found) {
        faces = Collections.unmodifiableList(new ArrayList<>(found));
        adjustments = new FitAdjustment[faces.size()];
        Arrays.fill(adjustments, FitAdjustment.NONE);
        selected = 0;
    }

    private void releasePhoto() {
        if (photo != null) {
            P old = photo;
            photo = null;
            release.accept(old);
        }
    }

    private void fire(Change change) {
        for (Listener listener : new ArrayList<>(listeners)) {
            listener.changed(change);
        }
    }
}

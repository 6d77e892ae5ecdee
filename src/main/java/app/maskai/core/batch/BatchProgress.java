package app.maskai.core.batch;

/**
 * A batch's progress as people read it: "Photo 12 of 100 · about 1 min 20 s left". The time left is
 * the mean time of the photos done so far times the photos left: a photo's time varies with its
 * size and faces, and the mean over what is done follows the batch at hand better than any
 * constant could. It is shown from the second photo on (the first also warms the models).
 */
public final class BatchProgress {
    private final int total;
    private int done;
    private double spentMs;

    public BatchProgress(int total) {
        if (total < 0) {
            throw new IllegalArgumentException("a batch has 0 or more photos");
        }
        this.total = total;
    }

    /** One more photo done, in {@code milliseconds}. */
    public void photoDone(double milliseconds) {
        if (done < total) {
            done++;
            spentMs += Math.max(0, milliseconds);
        }
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    /** 0..1 of the batch done. */
    public double fraction() {
        return total == 0 ? 1 : done / (double) total;
    }

    /** The time left in milliseconds, or -1 where too little is done to say (fewer than 2 photos). */
    public double millisecondsLeft() {
        if (done < 2) {
            return -1;
        }
        return spentMs / done * (total - done);
    }

    /** Photos per second so far (0 before the first is done). */
    public double photosPerSecond() {
        return spentMs <= 0 ? 0 : done * 1000 / spentMs;
    }

    /** "about 1 min 20 s left", "about 5 s left", "less than a second left", or "" where unknown. */
    public String timeLeftText() {
        double ms = millisecondsLeft();
        if (ms < 0 || done == total) {
            return "";
        }
        if (ms < 1000) {
            return "less than a second left";
        }
        long seconds = Math.round(ms / 1000);
        if (seconds < 60) {
            return "about " + seconds + " s left";
        }
        // Past a minute, to 10 s: an estimate more exact than that would be false.
        long rounded = Math.round(seconds / 10.0) * 10;
        long minutes = rounded / 60;
        long rest = rounded % 60;
        return "about " + minutes + " min" + (rest == 0 ? "" : " " + rest + " s") + " left";
    }

    /** "Photo 3 of 20" for the photo being worked on (done + 1), or "20 of 20 photos done". */
    public String countText() {
        return done >= total ? done + " of " + total + " photos done" : "Photo " + (done + 1) + " of " + total;
    }
}

package app.maskai.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timings of one thing in milliseconds, with their median and 90th percentile (nearest rank). */
record Sample(double[] ms) {

    static Sample of(Object pageList) {
        if (!(pageList instanceof List<?> list)) {
            return new Sample(new double[0]);
        }
        return new Sample(list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
    }

    int n() {
        return ms.length;
    }

    boolean isEmpty() {
        return ms.length == 0;
    }

    double median() {
        return quantile(0.5);
    }

    double p90() {
        return quantile(0.9);
    }

    /** Nearest rank for p != 0.5; the median of an even count is the mean of the middle two. */
    private double quantile(double p) {
        if (ms.length == 0) {
            return Double.NaN;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (p == 0.5) {
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        int rank = (int) Math.ceil(p * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** {n, median, p90, ms: […]} for the JSON file. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", n());
        out.put("median", Report.num(median()));
        out.put("p90", Report.num(p90()));
        out.put("ms", Arrays.stream(ms).mapToObj(Report::num).toList());
        return out;
    }
}

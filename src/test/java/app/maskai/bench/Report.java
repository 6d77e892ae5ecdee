package app.maskai.bench;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the benchmark found, twice: a table for people (stdout) and every figure in a JSON object
 * (target/benchmark.json), with the issue-6 targets each marked met or missed.
 */
final class Report {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder table = new StringBuilder();
    private final List<Map<String, Object>> targets = new ArrayList<>();

    /** A figure rounded to 0.01 for the JSON file; null where there is none (NaN). */
    static Double num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return Math.round(value * 100) / 100.0;
    }

    /** A ratio a / b, NaN where either is missing. */
    static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    void put(String key, Object value) {
        json.put(key, value);
    }

    void heading(String title) {
        table.append('\n').append(title).append('\n');
    }

    void row(String format, Object... args) {
        table.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /**
     * One issue-6 target: what it asks, the figure measured (in {@code unit}), the bound, and
     * whether it was met; {@code measured} NaN means it could not be measured (missed).
     */
    void target(String goal, double measured, String unit, double bound, boolean lowerIsBetter, String detail) {
        boolean met = !Double.isNaN(measured) && (lowerIsBetter ? measured <= bound : measured >= bound);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", goal);
        t.put("measured", num(measured));
        t.put("unit", unit);
        t.put("bound", bound);
        t.put("met", met);
        t.put("detail", detail);
        targets.add(t);
    }

    /** The table, the targets last. */
    String table() {
        StringBuilder out = new StringBuilder(table);
        out.append("\nTargets (issues 6 and 11)\n");
        for (Map<String, Object> t : targets) {
            Object measured = t.get("measured");
            out.append(String.format(Locale.ROOT, "  %-7s %-58s measured %s %s (bound %s)%s%n",
                    Boolean.TRUE.equals(t.get("met")) ? "MET" : "MISSED", t.get("target"),
                    measured == null ? "–" : measured, t.get("unit"), t.get("bound"),
                    t.get("detail") == null || t.get("detail").toString().isEmpty() ? "" : "; " + t.get("detail")));
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(json);
        all.put("targets", targets);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new Json().toJson(all) + "\n");
    }
}

package app.maskai.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core run on a page (issue 4 §6): every violation printed, the serious and critical ones
 * returned. axe-core comes from node_modules (a devDependency, never part of the site) and is
 * injected by the test.
 */
final class Axe {
    private static final Path AXE = Path.of("node_modules/axe-core/axe.min.js").toAbsolutePath();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> serious(Browser browser, String view) throws IOException {
        if (!Boolean.TRUE.equals(browser.execute("return !!window.axe;"))) {
            browser.execute(Files.readString(AXE));
        }
        List<Object> violations = (List<Object>) browser.call("""
                const result = await axe.run(document, {resultTypes: ['violations']});
                return result.violations.map(v => ({id: v.id, impact: v.impact || 'none', count: v.nodes.length,
                    targets: v.nodes.slice(0, 8).map(n => n.target.join(' ') + ' {' + (n.failureSummary || '').replace(/\\s+/g, ' ') + '}').join(' | ')}));
                """);
        List<String> serious = new ArrayList<>();
        System.out.println("axe-core on " + view + ": " + violations.size() + " violation(s)");
        for (Object o : violations) {
            Map<String, Object> v = (Map<String, Object>) o;
            String line = view + ": " + v.get("id") + " [" + v.get("impact") + "] nodes=" + v.get("count")
                    + " " + v.get("targets");
            System.out.println("  " + line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(line);
            }
        }
        return serious;
    }

    /** Every violation of any impact within {@code selector} (an element of the page), printed and returned. */
    @SuppressWarnings("unchecked")
    static List<String> within(Browser browser, String view, String selector) throws IOException {
        if (!Boolean.TRUE.equals(browser.execute("return !!window.axe;"))) {
            browser.execute(Files.readString(AXE));
        }
        List<Object> violations = (List<Object>) browser.call("""
                const result = await axe.run(document.querySelector(args[0]), {resultTypes: ['violations']});
                return result.violations.map(v => ({id: v.id, impact: v.impact || 'none', count: v.nodes.length,
                    targets: v.nodes.slice(0, 8).map(n => n.target.join(' ') + ' {' + (n.failureSummary || '').replace(/\\s+/g, ' ') + '}').join(' | ')}));
                """, selector);
        List<String> all = new ArrayList<>();
        System.out.println("axe-core on " + view + " (" + selector + "): " + violations.size() + " violation(s)");
        for (Object o : violations) {
            Map<String, Object> v = (Map<String, Object>) o;
            String line = view + ": " + v.get("id") + " [" + v.get("impact") + "] nodes=" + v.get("count")
                    + " " + v.get("targets");
            System.out.println("  " + line);
            all.add(line);
        }
        return all;
    }
}

package app.maskai.core.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a command gave: the operations, in the order they were asked for; the words not
 * understood (a clause's leftovers each) with the nearest known words; and what was asked for
 * that MaskAI does not have yet.
 */
public final class CommandResult {
    public final List<Operation> operations = new ArrayList<>();
    public final List<String> unknown = new ArrayList<>();
    public final Set<String> suggestions = new LinkedHashSet<>();
    public final List<String> unavailable = new ArrayList<>();

    /** The operations' canonical forms joined by "; " (the tests' view). */
    public String operationsText() {
        StringBuilder out = new StringBuilder();
        for (Operation op : operations) {
            out.append(out.length() == 0 ? "" : "; ").append(op);
        }
        return out.toString();
    }

    /** What was not understood, in a sentence, with the nearest words known; "" when all was. */
    public String notUnderstood() {
        StringBuilder out = new StringBuilder();
        for (String u : unavailable) {
            out.append(out.length() == 0 ? "" : " ").append(u);
        }
        if (!unknown.isEmpty()) {
            out.append(out.length() == 0 ? "" : " ").append("Not understood: “").append(String.join("”, “", unknown))
                    .append("”.");
            if (!suggestions.isEmpty()) {
                out.append(" Did you mean ").append(String.join(", ", suggestions)).append("?");
            }
        }
        return out.toString();
    }
}

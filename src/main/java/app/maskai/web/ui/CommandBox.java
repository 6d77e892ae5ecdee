package app.maskai.web.ui;

import app.maskai.core.command.CommandParser;
import app.maskai.core.command.Operation;
import app.maskai.web.dom.JsValues;
import app.maskai.web.masks.MaskLibrary;
import app.maskai.web.masks.HairstyleLibrary;
import app.maskai.web.masks.TemplateLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;

/**
 * "Say what to change" (issue 15 §4): a command in words, parsed here by core.command's grammar
 * and done with the page's own controls; suggestions (a datalist) follow what is typed. Nothing
 * typed leaves the tab, and nothing is kept.
 */
public final class CommandBox {
    private static final int SUGGESTIONS = 6;
    private final HTMLDocument document = HTMLDocument.current();
    private final HTMLInputElement input = (HTMLInputElement) document.getElementById("command");
    private final HTMLButtonElement submit = (HTMLButtonElement) document.getElementById("command-do");
    private final HTMLElement suggestions = document.getElementById("command-suggestions");
    private final HTMLElement said = document.getElementById("command-said");
    private final Page page;
    private CommandParser parser;
    /** The templates (id → name), once their list is read. */
    private final Map<String, String> templates = new LinkedHashMap<>();
    /** The hairstyles (id → name), once their list is read. */
    private final Map<String, String> hairstyles = new LinkedHashMap<>();

    public CommandBox(Page page) {
        this.page = page;
        masksChanged();
        page.onMasksChanged(this::masksChanged);
        // The templates' and hairstyles' names, once a photo is drawn (their lists are read then, not at start).
        page.onDrawn(() -> {
            if (hairstyles.isEmpty()) {
                HairstyleLibrary.load().then(library -> {
                    if (hairstyles.isEmpty()) {
                        for (HairstyleLibrary.Entry entry : library.entries()) {
                            hairstyles.put(entry.id, entry.name);
                        }
                        masksChanged();
                    }
                    return null;
                }, error -> null);
            }
            if (templates.isEmpty()) {
                TemplateLibrary.load().then(library -> {
                    if (templates.isEmpty()) {
                        for (TemplateLibrary.Entry entry : library.entries()) {
                            templates.put(entry.id, entry.name);
                        }
                        masksChanged();
                    }
                    return null;
                }, error -> null);
            }
        });
        input.addEventListener("input", event -> suggest());
        document.getElementById("command-form").addEventListener("submit", event -> {
            event.preventDefault();
            run();
        });
        input.setDisabled(false);
        submit.setDisabled(false);
    }

    /** A parser for the gallery as it is now (a mask of one's own can be named too). */
    private void masksChanged() {
        Map<String, String> names = new LinkedHashMap<>();
        if (page.engine() != null) {
            for (MaskLibrary.Entry entry : page.engine().masks().entries()) {
                names.put(entry.id, entry.name);
            }
        }
        parser = new CommandParser(names, templates, hairstyles);
    }

    private void suggest() {
        suggestions.setInnerHTML("");
        List<String> phrases = parser.suggest(input.getValue(), SUGGESTIONS);
        String typed = input.getValue();
        int cut = Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';'));
        String kept = cut < 0 ? "" : typed.substring(0, cut + 1) + " ";
        for (String phrase : phrases) {
            HTMLOptionElement option = (HTMLOptionElement) document.createElement("option");
            option.setValue(kept + phrase);
            suggestions.appendChild(option);
        }
    }

    /**
     * MaskAI.command: does {@code typed} on the page as the box does; {said, operations} (the
     * operations' canonical forms, core.command.Operation).
     */
    public JSObject perform(String typed) {
        JSArray<JSObject> operations = JSArray.create();
        for (Operation op : parser.parse(typed).operations) {
            operations.push(JSString.valueOf(op.toString()));
        }
        String text = page.command(parser, typed);
        said.setTextContent(text);
        JSObject out = JsValues.object();
        JsValues.setString(out, "said", text);
        JsValues.set(out, "operations", operations);
        return out;
    }

    private void run() {
        String typed = input.getValue().trim();
        if (typed.isEmpty()) {
            said.setTextContent("Type what to change, for example “red tartan mask, a bit bigger” or “sketch style”.");
            return;
        }
        said.setTextContent(page.command(parser, typed));
        input.setValue("");
        suggestions.setInnerHTML("");
    }
}

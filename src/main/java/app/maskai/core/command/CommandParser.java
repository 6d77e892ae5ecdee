package app.maskai.core.command;

import app.maskai.core.command.Operation.Face;
import app.maskai.core.command.Operation.Kind;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.hair.HairColour;
import app.maskai.core.style.PortraitStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The command box's grammar: what a person types, as the page's own operations.
 *
 * <pre>
 * command  = clause { separator clause }          at most {@value #MAX_LENGTH} characters
 * separator = "," | ";" | "." | "!" | " and " | " then " | " also " | " plus " | "&amp;" | "+"
 * clause   = any of, in any order, each word used once:
 *   undo     "undo" | "go back" | "revert" | "take that back"
 *   reset    "reset" | "start over" | "default fit"
 *   style    style-word ["style"] [strength] | ("no" | "remove" | "without" | "plain") "style"
 *            style-word: pencil sketch drawing | ink comic cartoon | oil painting paint
 *                        | watercolour watercolor aquarelle | halftone "pop art" dots | duotone poster
 *   strength "strong" (1) | "subtle" "light" "faint" "soft" "weak" (0.5) | "half" (0.5)
 *            | number "%" with "strength" or a style word
 *   faces    ["only" | "just"] [the] (position person-word | "person on the" side)
 *            | "everyone" | "everybody" | "all" faces | "both"
 *            position: left right middle centre first second third fourth last biggest
 *                      largest closest smallest
 *   mask off "no mask" | "remove" ["the"] "mask" | "take" ... "off" | "mask off" | "bare"
 *   mask on  "mask on" | "put" ... "back" | "show the mask"
 *   hands    ("hand" | "hands" | "fingers" | "hair") ("in front" | "keep" | "show")  → on
 *            | ("hands" | "hand") ("off" | "ignore" | "behind")                       → off
 *   size     bigger larger enlarge grow wider | smaller shrink reduce tighter narrower
 *            with "a bit" "slightly" "a little" "a touch" (5 %) or "much" "a lot" "way" "very" (25 %),
 *            else 10 %; | ("size" | "scale") number "%" → that size (50–200 %); "normal size" → 100 %
 *   move     up higher raise | down lower  (0.05 inter-ocular distance; 0.02 a bit, 0.1 much)
 *   rotate   (tilt | rotate | turn) [number ("°" | "degrees")] (left | anticlockwise
 *            | counterclockwise → minus | right | clockwise) (5° unless given); "straight" → 0°
 *   opacity  "transparent" "see-through" "fainter" (× 0.75) | "opaque" "solid" (100 %)
 *            | "opacity" number "%"
 *   mask     the words of a mask's id or name, and these: respirator → n95, medical → surgical,
 *            fabric → cloth, polka → dots, sequin → sequins, venetian → volto, eye mask → masquerade
 *   template template-word ["template" | "frame" | "poster" | "helmet"]
 *            | ("no" | "remove" | "without" | "off") "template" | "template off" | "just the photo"
 *            template-word: a template's id, or these: space spaceman cosmonaut → astronaut,
 *            hero cowl → superhero, medieval armour armor → knight, diving deep-sea porthole → diver,
 *            king queen crown → royal, outlaw wild-west → wanted, norse horned → viking,
 *            old-master frame → renaissance; "template" with no known word names the templates
 *   hair     ("hair" | "redhead" | "brunette") with a colour word: black jet | brown brunette dark
 *            | chestnut | auburn | copper red ginger redhead | blonde blond honey golden
 *            | platinum white | silver grey gray | pink rose | blue | "#rrggbb"
 *            | "natural hair" | "original hair" | "hair" "no colour" → as it is
 * </pre>
 *
 * Words of no meaning here (the, a, please, mask, make, it, ...) are skipped. Hairstyles are named
 * as not in MaskAI yet. Any other word is reported as not
 * understood, with the nearest words the grammar knows (edit distance up to 2).
 */
public final class CommandParser {
    public static final int MAX_LENGTH = 200;
    static final double SIZE_STEP = 1.10;
    static final double SIZE_SMALL = 1.05;
    static final double SIZE_LARGE = 1.25;
    static final double MOVE_STEP = 0.05;
    static final double MOVE_SMALL = 0.02;
    static final double MOVE_LARGE = 0.10;
    static final double ROTATE_STEP = 5;
    static final double FADE = 0.75;
    static final double STYLE_SUBTLE = 0.5;

    private static final Set<String> STOP = set("the", "a", "an", "please", "pls", "mask", "masks", "make", "it",
            "its", "it's", "me", "my", "her", "his", "their", "them", "on", "to", "with", "of", "for", "put", "use",
            "try", "wear", "give", "i", "want", "would", "like", "can", "you", "could", "some", "that", "this",
            "one", "bit", "little", "touch", "slightly", "much", "lot", "way", "very", "more", "less", "at", "in",
            "into", "style", "look", "face", "faces", "person", "people", "man", "woman", "guy", "girl", "boy",
            "kid", "child", "lady", "gentleman", "only", "just", "now", "instead", "and", "be", "is", "should",
            "go", "let's", "lets", "apply", "set", "change", "switch", "turn", "percent", "%", "degrees", "degree",
            "°", "by", "bit.", "too", "so", "same", "also", "then", "one's", "side", "again", "back", "effect",
            "filter", "photo", "picture", "image", "book");
    private static final Map<String, PortraitStyle> STYLE_WORDS = new LinkedHashMap<>();
    private static final Map<String, String> MASK_SYNONYMS = new HashMap<>();
    private static final Map<String, Face> POSITIONS = new LinkedHashMap<>();
    private static final Set<String> PERSON = set("person", "people", "face", "faces", "man", "woman", "guy",
            "girl", "boy", "kid", "child", "lady", "gentleman", "one", "side");
    private static final Map<String, String> TEMPLATE_SYNONYMS = new HashMap<>();
    private static final Set<String> HAIRSTYLE_WORDS = set("hairstyle", "haircut", "hairdo", "bob", "curls", "curly",
            "ponytail", "bun", "afro", "mohawk", "pixie", "braids", "fringe", "bangs");
    /** Words for each hair colour (core.hair.HairColour ids). */
    private static final Map<String, String> HAIR_COLOURS = new LinkedHashMap<>();

    static {
        for (String w : new String[] {"pencil", "sketch", "sketched", "drawing", "drawn"}) {
            STYLE_WORDS.put(w, PortraitStyle.PENCIL);
        }
        for (String w : new String[] {"ink", "inked", "comic", "comics", "cartoon", "manga"}) {
            STYLE_WORDS.put(w, PortraitStyle.INK);
        }
        for (String w : new String[] {"oil", "painting", "painted", "paint"}) {
            STYLE_WORDS.put(w, PortraitStyle.OIL);
        }
        for (String w : new String[] {"watercolour", "watercolor", "aquarelle", "watercolours", "watercolors"}) {
            STYLE_WORDS.put(w, PortraitStyle.WATERCOLOUR);
        }
        for (String w : new String[] {"halftone", "pop-art", "popart", "warhol"}) {
            STYLE_WORDS.put(w, PortraitStyle.HALFTONE);
        }
        for (String w : new String[] {"duotone", "poster", "two-tone"}) {
            STYLE_WORDS.put(w, PortraitStyle.DUOTONE);
        }
        for (String[] words : new String[][] {{"astronaut", "space", "spaceman", "cosmonaut"},
                {"superhero", "hero", "cowl"}, {"knight", "medieval", "armour", "armor"},
                {"diver", "diving", "deep-sea", "porthole"}, {"royal", "king", "queen", "crown"},
                {"wanted", "outlaw", "wild-west"}, {"viking", "norse", "horned"},
                {"renaissance", "old-master", "frame"}}) {
            for (String word : words) {
                TEMPLATE_SYNONYMS.put(word, words[0]);
            }
        }
        for (String[] words : new String[][] {{"black", "black", "jet"}, {"dark-brown", "brown", "brunette", "dark"},
                {"chestnut", "chestnut"}, {"auburn", "auburn"}, {"copper", "copper", "red", "ginger", "redhead"},
                {"blonde", "blonde", "blond", "honey", "golden"}, {"platinum", "platinum", "white"},
                {"silver", "silver", "grey", "gray"}, {"pink", "pink", "rose"}, {"blue", "blue"}}) {
            for (int k = 1; k < words.length; k++) {
                HAIR_COLOURS.put(words[k], words[0]);
            }
        }
        MASK_SYNONYMS.put("respirator", "n95");
        MASK_SYNONYMS.put("medical", "surgical");
        MASK_SYNONYMS.put("fabric", "cloth");
        MASK_SYNONYMS.put("polka", "dots");
        MASK_SYNONYMS.put("dot", "dots");
        MASK_SYNONYMS.put("dotted", "dots");
        MASK_SYNONYMS.put("sequin", "sequins");
        MASK_SYNONYMS.put("sparkly", "sequins");
        MASK_SYNONYMS.put("venetian", "volto");
        MASK_SYNONYMS.put("plaid", "tartan");
        MASK_SYNONYMS.put("flowers", "floral");
        MASK_SYNONYMS.put("flower", "floral");
        MASK_SYNONYMS.put("whisker", "whiskers");
        MASK_SYNONYMS.put("kitty", "cat");
        MASK_SYNONYMS.put("feather", "peacock");
        MASK_SYNONYMS.put("feathers", "peacock");
        MASK_SYNONYMS.put("golden", "gold");
        MASK_SYNONYMS.put("lacy", "lace");
        POSITIONS.put("left", Face.LEFT);
        POSITIONS.put("leftmost", Face.LEFT);
        POSITIONS.put("right", Face.RIGHT);
        POSITIONS.put("rightmost", Face.RIGHT);
        POSITIONS.put("middle", Face.MIDDLE);
        POSITIONS.put("centre", Face.MIDDLE);
        POSITIONS.put("center", Face.MIDDLE);
        POSITIONS.put("first", Face.FIRST);
        POSITIONS.put("second", Face.SECOND);
        POSITIONS.put("third", Face.THIRD);
        POSITIONS.put("fourth", Face.FOURTH);
        POSITIONS.put("last", Face.LAST);
        POSITIONS.put("biggest", Face.LARGEST);
        POSITIONS.put("largest", Face.LARGEST);
        POSITIONS.put("closest", Face.LARGEST);
        POSITIONS.put("nearest", Face.LARGEST);
        POSITIONS.put("smallest", Face.SMALLEST);
        POSITIONS.put("farthest", Face.SMALLEST);
    }

    /** Mask id → its words (id and name split, lower case), in the gallery's order. */
    private final Map<String, Set<String>> masks = new LinkedHashMap<>();
    private final Map<String, String> maskNames = new LinkedHashMap<>();
    /** Every word the grammar knows, for suggestions. */
    private final Set<String> vocabulary = new LinkedHashSet<>();
    /** Phrases offered as the person types. */
    private final List<String> phrases = new ArrayList<>();

    /** Template id → name, in the picker's order (empty until the templates' list is read). */
    private final Map<String, String> templateNames = new LinkedHashMap<>();

    /** A parser for a gallery of masks: id → name, in the gallery's order; no templates. */
    public CommandParser(Map<String, String> maskNames) {
        this(maskNames, Map.of());
    }

    /** A parser for a gallery of masks and the templates (both id → name, in their order). */
    public CommandParser(Map<String, String> maskNames, Map<String, String> templates) {
        templateNames.putAll(templates);
        for (Map.Entry<String, String> template : templates.entrySet()) {
            vocabulary.add(template.getKey());
        }
        for (Map.Entry<String, String> mask : maskNames.entrySet()) {
            Set<String> words = new LinkedHashSet<>();
            for (String part : (mask.getKey() + " " + mask.getValue()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!part.isEmpty() && !part.equals("and")) {
                    words.add(part);
                }
            }
            masks.put(mask.getKey(), words);
            this.maskNames.put(mask.getKey(), mask.getValue());
            vocabulary.addAll(words);
        }
        vocabulary.addAll(STYLE_WORDS.keySet());
        vocabulary.addAll(MASK_SYNONYMS.keySet());
        vocabulary.addAll(POSITIONS.keySet());
        vocabulary.addAll(Arrays.asList("undo", "reset", "bigger", "larger", "smaller", "shrink", "enlarge", "up",
                "down", "higher", "lower", "tilt", "rotate", "clockwise", "anticlockwise", "transparent", "opaque",
                "solid", "opacity", "size", "scale", "hands", "hand", "front", "everyone", "everybody", "both",
                "strength", "strong", "subtle", "remove", "without", "bare", "style", "mask", "straight"));
        phrases.addAll(Arrays.asList("undo", "reset", "bigger", "a bit bigger", "much bigger", "smaller",
                "a bit smaller", "move up", "move down", "tilt left", "tilt right", "more transparent", "opaque",
                "no mask", "mask on", "everyone", "only the person on the left", "only the person on the right",
                "the person in the middle", "keep hands in front", "hands off", "no style", "style at 50 %"));
        for (PortraitStyle style : PortraitStyle.values()) {
            phrases.add(style.label.toLowerCase(Locale.ROOT) + " style");
        }
        for (String name : maskNames.values()) {
            phrases.add(name.toLowerCase(Locale.ROOT).replace(",", "") + " mask");
        }
        for (String id : templates.keySet()) {
            phrases.add(id + " template");
        }
        if (!templates.isEmpty()) {
            phrases.add("no template");
            vocabulary.add("template");
        }
    }

    /** What {@code typed} asks for; never throws. */
    public CommandResult parse(String typed) {
        CommandResult result = new CommandResult();
        if (typed == null) {
            return result;
        }
        String text = typed.length() > MAX_LENGTH ? typed.substring(0, MAX_LENGTH) : typed;
        text = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("(\\d)\\s*%", "$1 %")
                .replaceAll("(\\d)\\s*°", "$1 °")
                .replaceAll("#([0-9a-f]{6})\\b", "hex-$1 ")
                .replaceAll("pop[ -]art", "pop-art")
                .replaceAll("two[ -]tone", "two-tone")
                .replaceAll("see[ -]through", "transparent")
                .replaceAll("eye mask", "masquerade")
                .replaceAll("counter[ -]?clockwise|anti[ -]clockwise", "anticlockwise");
        for (String clause : text.split("\\s*(?:[,;!?&+]|\\.(?!\\d)|\\band\\b|\\bthen\\b|\\balso\\b|\\bplus\\b)\\s*")) {
            String[] words = clause.trim().isEmpty() ? new String[0] : clause.trim().split("[^a-z0-9.%°'-]+");
            List<String> tokens = new ArrayList<>();
            for (String w : words) {
                String t = w.replaceAll("^[.'-]+|[.'-]+$", "");
                if (!t.isEmpty()) {
                    tokens.add(t);
                }
            }
            if (!tokens.isEmpty()) {
                new Clause(tokens, result).parse();
            }
        }
        return result;
    }

    /**
     * Up to {@code max} phrases the grammar understands that continue what is typed (its last
     * clause): those starting with it first, then those with a word starting with its last word.
     */
    public List<String> suggest(String typed, int max) {
        List<String> out = new ArrayList<>();
        if (typed == null || max <= 0) {
            return out;
        }
        String[] clauses = typed.toLowerCase(Locale.ROOT).split("\\s*(?:[,;]|\\band\\b|\\bthen\\b)\\s*", -1);
        String last = clauses.length == 0 ? "" : clauses[clauses.length - 1].trim();
        if (last.isEmpty()) {
            return out;
        }
        String[] lastWords = last.split("\\s+");
        String lastWord = lastWords[lastWords.length - 1];
        for (String phrase : phrases) {
            if (out.size() < max && phrase.startsWith(last) && !phrase.equals(last)) {
                out.add(phrase);
            }
        }
        for (String phrase : phrases) {
            if (out.size() >= max) {
                break;
            }
            if (!out.contains(phrase) && !phrase.equals(last)) {
                for (String word : phrase.split(" ")) {
                    if (word.startsWith(lastWord)) {
                        out.add(phrase);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A template's name, for saying what was done. */
    public String templateName(String id) {
        String name = templateNames.get(id);
        return name != null ? name : id;
    }

    /** The mask names, for saying what was done. */
    public String maskName(String id) {
        String name = maskNames.get(id);
        return name != null ? name : id;
    }

    /** One clause's words, consumed as operations are recognised. */
    private final class Clause {
        private final List<String> tokens;
        private final boolean[] used;
        private final CommandResult result;

        Clause(List<String> tokens, CommandResult result) {
            this.tokens = tokens;
            this.used = new boolean[tokens.size()];
            this.result = result;
        }

        void parse() {
            int before = result.operations.size();
            if (phrase("undo") || phrase("go", "back") || phrase("revert") || phrase("take", "that", "back")) {
                result.operations.add(Operation.of(Kind.UNDO));
            }
            if (phrase("reset") || phrase("start", "over") || phrase("default", "fit")) {
                result.operations.add(Operation.of(Kind.RESET));
            }
            boolean unavailable = unavailable();
            template();
            Double number = number();
            boolean small = phrase("a", "bit") || phrase("a", "little") || phrase("a", "touch") || has("slightly")
                    || has("bit") || has("little") || has("touch");
            boolean large = phrase("a", "lot") || has("much") || has("way") || has("very") || has("lot");
            style(number);
            hands();
            if (!unavailable) {
                faces();
            }
            maskOffOn();
            size(number, small, large);
            move(small, large);
            rotate(number);
            opacity(number);
            if (!unavailable) {
                mask();
            }
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (!used[i] && !STOP.contains(t) && !t.matches("[0-9.]+")) {
                    unknown.add(t);
                }
            }
            if (!unknown.isEmpty()) {
                result.unknown.add(String.join(" ", unknown));
                for (String word : unknown) {
                    result.suggestions.addAll(nearest(word));
                }
            } else if (result.operations.size() == before && !unavailable && !allStop()) {
                result.unknown.add(String.join(" ", tokens));
            }
        }

        private boolean allStop() {
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i] && !STOP.contains(tokens.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A hair colour (or hair as it is), and hairstyles: named, not done (the page has none yet).
         * Returns whether hairstyles were named.
         */
        private boolean unavailable() {
            boolean hair = has("hair") || has("hairstyle") || has("haircut") || has("redhead") || has("brunette");
            if (!hair) {
                return false;
            }
            boolean said = false;
            if (anyOf(HAIRSTYLE_WORDS)) {
                result.unavailable.add("Hairstyles are not in MaskAI yet.");
                useAll(HAIRSTYLE_WORDS);
                said = true;
            }
            if (phrase("natural", "hair") || phrase("original", "hair") || has("hair") && (phrase("no", "colour")
                    || phrase("no", "color") || has("undyed") || phrase("as", "it", "is"))) {
                result.operations.add(Operation.text(Kind.HAIR, null));
                useAll(set("natural", "original", "hair", "no", "colour", "color", "undyed", "as", "it", "is"));
                return said;
            }
            String colour = null;
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                String id = t.startsWith("hex-") ? "#" + t.substring(4) : HAIR_COLOURS.get(t);
                if (id != null && !used[i] && HairColour.byId(id) != null) {
                    colour = id;
                    used[i] = true;
                }
            }
            // "dark brown", "jet black": the first word sharpens the second.
            if (colour != null) {
                result.operations.add(Operation.text(Kind.HAIR, colour));
                useAll(set("hair", "dark", "jet", "colour", "color", "dyed", "dye", "redhead", "brunette"));
            } else if (!said && !has("front") && !has("keep") && !has("behind")) {
                // ("keep hair in front" is the hands' switch.)
                List<String> ids = new ArrayList<>();
                for (HairColour known : HairColour.ALL) {
                    ids.add(known.id);
                }
                result.unavailable.add("Hair colours: " + String.join(", ", ids) + ", or a colour such as #7a3db8.");
                useAll(set("hair", "colour", "color", "dye", "dyed"));
            }
            return said;
        }

        /**
         * A face template, or none: a template's id or synonym (when that template exists), with or
         * without "template"; "template" alone, or with words that name none, is answered with the
         * templates' ids. Returns whether the clause was about templates.
         */
        private boolean template() {
            boolean said = has("template") || has("templates");
            if (said && (has("no") || has("remove") || has("without") || has("off") || has("none"))
                    || phrase("just", "the", "photo")) {
                result.operations.add(Operation.text(Kind.TEMPLATE, null));
                useAll(set("template", "templates", "no", "remove", "without", "off", "none", "just", "photo"));
                return true;
            }
            for (int i = 0; i < tokens.size(); i++) {
                String id = TEMPLATE_SYNONYMS.getOrDefault(tokens.get(i), tokens.get(i));
                boolean known = templateNames.containsKey(id) && (TEMPLATE_SYNONYMS.containsKey(tokens.get(i))
                        || id.equals(tokens.get(i)));
                // "frame" and "crown" name a template only beside "template"; alone they are too vague.
                boolean vague = tokens.get(i).equals("frame") || tokens.get(i).equals("crown");
                if (!used[i] && known && (said || !vague)) {
                    result.operations.add(Operation.text(Kind.TEMPLATE, id));
                    used[i] = true;
                    useAll(set("template", "templates", "frame", "poster", "helmet", "portrait"));
                    return true;
                }
            }
            if (said) {
                result.unavailable.add(templateNames.isEmpty() ? "The templates are read once a photo is on show: choose one, then try again."
                        : "Templates: " + String.join(", ", templateNames.keySet()) + ".");
                use("template");
                use("templates");
                return true;
            }
            return false;
        }


        private void style(Double number) {
            if ((has("style") || has("filter") || has("effect")) && (phrase("no", "style") || has("remove")
                    || has("without") || has("plain") || has("none") || phrase("no", "filter")
                    || phrase("no", "effect") || has("original"))) {
                result.operations.add(Operation.text(Kind.STYLE, null));
                useAll(set("style", "no", "remove", "without", "plain", "none", "filter", "effect", "original"));
                return;
            }
            PortraitStyle chosen = null;
            for (int i = 0; i < tokens.size(); i++) {
                PortraitStyle s = STYLE_WORDS.get(tokens.get(i));
                if (s != null && !used[i]) {
                    chosen = s;
                    used[i] = true;
                }
            }
            if (chosen != null) {
                result.operations.add(Operation.text(Kind.STYLE, chosen.id));
                use("style");
            }
            boolean styleContext = chosen != null || has("strength") || has("style");
            if (!styleContext) {
                return;
            }
            Double strength = null;
            if (number != null && (has("%") || has("percent") || has("strength"))) {
                strength = Math.max(0, Math.min(1, number / 100.0));
                usePercent();
            } else if (has("strong") || has("stronger") || has("full")) {
                strength = 1.0;
                useAll(set("strong", "stronger", "full"));
            } else if (has("subtle") || has("light") || has("faint") || has("soft") || has("weak")
                    || has("subtler") || has("weaker") || has("softer") || has("lighter") || has("half")) {
                strength = STYLE_SUBTLE;
                useAll(set("subtle", "light", "faint", "soft", "weak", "subtler", "weaker", "softer", "lighter",
                        "half"));
            }
            if (strength != null) {
                result.operations.add(Operation.amount(Kind.STYLE_STRENGTH, strength, false));
            }
            use("strength");
        }

        private void hands() {
            boolean hands = has("hand") || has("hands") || has("fingers") || has("finger");
            boolean hairFront = has("hair") && (has("front") || has("keep") || has("show"));
            if (!hands && !hairFront) {
                return;
            }
            boolean off = has("off") || has("ignore") || has("behind") || has("don't") || has("dont") || has("no")
                    || has("stop");
            result.operations.add(Operation.amount(Kind.HANDS, off ? 0 : 1, false));
            useAll(set("hand", "hands", "fingers", "finger", "hair", "front", "keep", "show", "off", "ignore",
                    "behind", "don't", "dont", "no", "stop", "in", "of"));
        }

        private void faces() {
            boolean only = has("only") || has("just");
            if (has("everyone") || has("everybody") || phrase("all", "faces") || phrase("all", "people")
                    || phrase("every", "face") || phrase("all", "of", "them") || has("both")) {
                result.operations.add(Operation.faces(Face.ALL, false));
                useAll(set("everyone", "everybody", "all", "faces", "people", "every", "face", "both"));
                return;
            }
            boolean rotating = has("tilt") || has("rotate") || has("turn");
            if (rotating) {
                return;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Face face = POSITIONS.get(tokens.get(i));
                if (face == null || used[i]) {
                    continue;
                }
                boolean person = anyOf(PERSON) || has("on") && (face == Face.LEFT || face == Face.RIGHT)
                        || only;
                if (!person) {
                    continue;
                }
                used[i] = true;
                result.operations.add(Operation.faces(face, only));
                useAll(set("only", "just"));
                useAll(PERSON);
                return;
            }
        }

        private void maskOffOn() {
            if (phrase("no", "mask") || has("remove") && has("mask") || phrase("take") && has("off")
                    || phrase("mask", "off") || has("bare") || has("without") && has("mask")
                    || phrase("hide", "the", "mask") || phrase("hide", "mask")) {
                result.operations.add(Operation.of(Kind.MASK_OFF));
                useAll(set("no", "mask", "remove", "take", "off", "bare", "without", "hide"));
            } else if (phrase("mask", "on") || has("put") && has("back") || phrase("show", "the", "mask")
                    || phrase("show", "mask")) {
                result.operations.add(Operation.of(Kind.MASK_ON));
                useAll(set("mask", "on", "put", "back", "show"));
            }
        }

        private void size(Double number, boolean small, boolean large) {
            if (phrase("normal", "size") || phrase("original", "size") || phrase("default", "size")) {
                result.operations.add(Operation.amount(Kind.SIZE, 1, false));
                useAll(set("normal", "original", "default", "size"));
                return;
            }
            if (number != null && (has("size") || has("scale") || has("big") || has("large"))
                    && !has("strength") && !has("opacity")) {
                double value = has("%") || has("percent") || number > 3 ? number / 100.0 : number;
                result.operations.add(Operation.amount(Kind.SIZE,
                        Math.max(FitAdjustment.MIN_SCALE, Math.min(FitAdjustment.MAX_SCALE, value)), false));
                useAll(set("size", "scale", "big", "large"));
                usePercent();
                return;
            }
            double step = small ? SIZE_SMALL : large ? SIZE_LARGE : SIZE_STEP;
            if (useAny("bigger", "larger", "enlarge", "grow", "wider", "increase", "bigger.")) {
                result.operations.add(Operation.amount(Kind.SIZE, step, true));
                useModifiers();
            } else if (useAny("smaller", "shrink", "reduce", "tighter", "narrower", "decrease")) {
                result.operations.add(Operation.amount(Kind.SIZE, 1 / step, true));
                useModifiers();
            }
        }

        private void move(boolean small, boolean large) {
            double step = small ? MOVE_SMALL : large ? MOVE_LARGE : MOVE_STEP;
            if (useAny("up", "higher", "raise", "upward", "upwards")) {
                result.operations.add(Operation.amount(Kind.MOVE, -step, true));
                useModifiers();
                use("move");
            } else if (useAny("down", "lower", "downward", "downwards")) {
                result.operations.add(Operation.amount(Kind.MOVE, step, true));
                useModifiers();
                use("move");
            }
        }

        private void rotate(Double number) {
            if (has("straight") || has("straighten") || has("level")) {
                result.operations.add(Operation.amount(Kind.ROTATE, 0, false));
                useAll(set("straight", "straighten", "level"));
                return;
            }
            boolean verb = has("tilt") || has("rotate") || has("turn") || has("clockwise") || has("anticlockwise");
            if (!verb) {
                return;
            }
            double degrees = number != null ? Math.min(FitAdjustment.MAX_ROTATION_DEGREES, Math.abs(number))
                    : ROTATE_STEP;
            boolean minus = has("left") || has("anticlockwise");
            result.operations.add(Operation.amount(Kind.ROTATE, minus ? -degrees : degrees, true));
            useAll(set("tilt", "rotate", "turn", "clockwise", "anticlockwise", "left", "right", "°", "degrees",
                    "degree"));
            if (number != null) {
                useNumber();
            }
        }

        private void opacity(Double number) {
            if (has("opacity") && number != null) {
                result.operations.add(Operation.amount(Kind.OPACITY, Math.max(0, Math.min(1, number / 100.0)), false));
                use("opacity");
                usePercent();
            } else if (useAny("transparent", "fainter", "translucent")) {
                result.operations.add(Operation.amount(Kind.OPACITY, FADE, true));
                useModifiers();
            } else if (useAny("opaque", "solid")) {
                result.operations.add(Operation.amount(Kind.OPACITY, 1, false));
            }
        }

        /** The mask whose words the clause's remaining words match best (most matched, fewest unmatched). */
        private void mask() {
            List<Integer> content = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i] && !STOP.contains(tokens.get(i))) {
                    content.add(i);
                }
            }
            String best = null;
            int bestScore = 0;
            Set<Integer> bestMatched = new HashSet<>();
            for (Map.Entry<String, Set<String>> mask : masks.entrySet()) {
                Set<Integer> matched = new HashSet<>();
                for (int i : content) {
                    String t = tokens.get(i);
                    String word = MASK_SYNONYMS.getOrDefault(t, t);
                    if (mask.getValue().contains(word) || word.equals("masquerade") && mask.getKey().startsWith("masquerade")) {
                        matched.add(i);
                    }
                }
                int score = matched.size() * 10 - (mask.getValue().size() - matched.size());
                if (!matched.isEmpty() && score > bestScore) {
                    best = mask.getKey();
                    bestScore = score;
                    bestMatched = matched;
                }
            }
            if (best != null) {
                for (int i : bestMatched) {
                    used[i] = true;
                }
                result.operations.add(Operation.text(Kind.MASK, best));
            }
        }

        /** The first number in the clause ("120", "1.2", "50 %"), or null. */
        private Double number() {
            for (String t : tokens) {
                if (t.matches("[0-9]{1,4}(\\.[0-9]{1,3})?")) {
                    return Double.valueOf(t);
                }
            }
            return null;
        }

        private void useNumber() {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).matches("[0-9.]+")) {
                    used[i] = true;
                    return;
                }
            }
        }

        private void usePercent() {
            useNumber();
            useAll(set("%", "percent", "at", "to"));
        }

        private void useModifiers() {
            useAll(set("a", "bit", "little", "touch", "slightly", "much", "lot", "way", "very", "make", "it",
                    "more", "less"));
        }

        private boolean has(String word) {
            return tokens.contains(word);
        }

        private boolean anyOf(Set<String> words) {
            for (String t : tokens) {
                if (words.contains(t)) {
                    return true;
                }
            }
            return false;
        }

        private void use(String word) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).equals(word)) {
                    used[i] = true;
                }
            }
        }

        private void useAll(Set<String> words) {
            for (int i = 0; i < tokens.size(); i++) {
                if (words.contains(tokens.get(i))) {
                    used[i] = true;
                }
            }
        }

        private boolean useAny(String... words) {
            boolean found = false;
            for (String w : words) {
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).equals(w) && !used[i]) {
                        used[i] = true;
                        found = true;
                    }
                }
            }
            return found;
        }

        /** Whether the words appear in a row (marking them used). */
        private boolean phrase(String... words) {
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    match = tokens.get(i + k).equals(words[k]);
                }
                if (match) {
                    for (int k = 0; k < words.length; k++) {
                        used[i + k] = true;
                    }
                    return true;
                }
            }
            return false;
        }
    }

    /** The known words within edit distance 2 of {@code word} (1 for words of 4 letters or fewer), nearest first. */
    List<String> nearest(String word) {
        int limit = word.length() <= 4 ? 1 : 2;
        List<String> out = new ArrayList<>();
        for (int d = 1; d <= limit; d++) {
            for (String known : vocabulary) {
                if (distance(word, known, limit) == d && !out.contains(known) && out.size() < 3) {
                    out.add(known);
                }
            }
        }
        return out;
    }

    /** Levenshtein distance, or limit + 1 once it must exceed the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Set<String> set(String... words) {
        return new HashSet<>(Arrays.asList(words));
    }
}

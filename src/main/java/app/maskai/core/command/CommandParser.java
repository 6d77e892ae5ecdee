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
 *            ("take the template off" is the template's, and with hairstyles "take the hairstyle off" theirs)
 *   mask on  "mask on" | "put" ... "back" | "show the mask"
 *   hands    ("hand" | "hands" | "fingers" | "hair") ("in front" | "keep" | "show")  → on
 *            (not "keep" or "show" beside a hairstyle: "show me with long hair")
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
 *            | colour word just before a hairstyle-word ("blonde bob", "jet black pixie cut")
 *            | "natural hair" | "original hair" | "own hair colour" | "hair" "no colour" → as it is
 *   hairstyle hairstyle-word | a hairstyle's name in full ("sleek bob", "big curls", "high ponytail")
 *            | ("long" | "longer") hair-word → long-waves
 *            | ("short" | "shorter" | "cropped") hair-word → pixie | "hair up" → bun
 *            | ("no" | "remove" | "without" | "lose" | "drop") (style-said | hairstyle-word)
 *            | (style-said | hairstyle-word) ("off" | "none") | ("natural" | "original" | "own"
 *            | "normal" | "real") style-said | "own hair" | "real hair" | "hair down" → none (own hair)
 *            (only words of no meaning, but mask or style, between: not "bob with no template")
 *            style-said: "hairstyle" | "haircut" | "hairdo" ("hair style", "hair cut" are one word)
 *            hair-word: style-said | "hair"
 *            hairstyle-word: a hairstyle's id, or these: bobbed → bob, waves wavy → long-waves,
 *            curls curl curled afro ringlets perm permed → curly, updo topknot chignon → bun,
 *            pony "pony tail" → ponytail; each only where that hairstyle is in the parser's list,
 *            and a word that is also a mask's word only beside a hair-word. Hair-words and
 *            sleek high top big messy short long straight go with the hairstyle named.
 *            style-said, or mohawk braids fringe bangs mullet ... or "straight hair", with no
 *            hairstyle there is, is answered with the hairstyles' ids. Until the hairstyles' list
 *            is read (none given to the parser), hairstyle words beside "hair", "hairstyle" or
 *            "haircut" are answered as not in MaskAI yet.
 * </pre>
 *
 * Words of no meaning here (the, a, please, mask, make, it, ...) are skipped. Any other word is
 * reported as not understood, with the nearest words the grammar knows (edit distance up to 2).
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
    /** Hairstyle words, answered as not in MaskAI yet while the parser has no hairstyles. */
    private static final Set<String> HAIRSTYLE_WORDS = set("hairstyle", "haircut", "hairdo", "bob", "curls", "curly",
            "ponytail", "bun", "afro", "mohawk", "pixie", "braids", "fringe", "bangs");
    /** Words naming a hairstyle: word → hairstyle id (taken only where that id is in the parser's list). */
    private static final Map<String, String> HAIRSTYLE_SYNONYMS = new LinkedHashMap<>();
    /** Words that say "hairstyle" ("hair style" and "hair cut" are made one word first). */
    private static final Set<String> HAIRSTYLE_SAID = set("hairstyle", "hairstyles", "haircut", "haircuts", "hairdo",
            "hairdos");
    /** Hairstyles MaskAI does not have: named, they are answered with the hairstyles there are. */
    private static final Set<String> HAIRSTYLES_NOT_HERE = set("mohawk", "mohican", "braids", "braid", "plaits",
            "plait", "pigtails", "fringe", "bangs", "dreadlocks", "dreads", "mullet", "cornrows", "undercut",
            "buzzcut", "quiff");
    /** Words that describe the hairstyle named beside them ("sleek bob", "high ponytail"), used with it. */
    private static final Set<String> HAIRSTYLE_MODIFIERS = set("sleek", "short", "long", "big", "top", "high", "messy",
            "straight", "cut", "hair", "hairstyle", "hairstyles", "haircut", "haircuts", "hairdo", "hairdos");
    /** Words before a hairstyle that take it away ("no curls", "remove the ponytail"). */
    private static final Set<String> HAIRSTYLE_GONE = set("no", "remove", "without", "lose", "drop");
    /** And before "hairstyle" itself ("natural hairstyle", "my own haircut"). */
    private static final Set<String> HAIRSTYLE_GONE_SAID = set("no", "remove", "without", "lose", "drop", "natural",
            "original", "own", "normal", "real");
    /** Words of no meaning that still end a hairstyle's negation: "no mask, bob", "no style bob". */
    private static final Set<String> NOT_SKIPPED = set("mask", "masks", "style", "look", "effect", "filter", "photo",
            "picture", "image", "face", "faces");
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
        for (String[] words : new String[][] {{"bob", "bob", "bobbed"}, {"pixie", "pixie"},
                {"long-waves", "long-waves", "waves", "wavy"},
                {"curly", "curly", "curls", "curl", "curled", "afro", "ringlets", "perm", "permed"},
                {"bun", "bun", "updo", "topknot", "chignon"}, {"ponytail", "ponytail", "pony"}}) {
            for (int k = 1; k < words.length; k++) {
                HAIRSTYLE_SYNONYMS.put(words[k], words[0]);
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
    /** Hairstyle id → name, in the picker's order (empty until the hairstyles' list is read). */
    private final Map<String, String> hairstyleNames = new LinkedHashMap<>();
    /** Hairstyle id → the words of its name (lower case), for names said in full ("sleek bob"). */
    private final Map<String, List<String>> hairstyleWords = new LinkedHashMap<>();
    /** Every mask's words: a hairstyle word among them names a hairstyle only beside a hair word. */
    private final Set<String> maskWords = new HashSet<>();

    /** A parser for a gallery of masks: id → name, in the gallery's order; no templates, no hairstyles. */
    public CommandParser(Map<String, String> maskNames) {
        this(maskNames, Map.of(), Map.of());
    }

    /** A parser for a gallery of masks and the templates (both id → name, in their order); no hairstyles. */
    public CommandParser(Map<String, String> maskNames, Map<String, String> templates) {
        this(maskNames, templates, Map.of());
    }

    /**
     * A parser for a gallery of masks, the templates and the hairstyles (each id → name, in the
     * gallery's or picker's order). With no hairstyles (their list not read yet), a hairstyle named
     * beside a hair word is answered as not in MaskAI yet.
     */
    public CommandParser(Map<String, String> maskNames, Map<String, String> templates,
            Map<String, String> hairstyles) {
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
            maskWords.addAll(words);
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
        hairstyleNames.putAll(hairstyles);
        for (Map.Entry<String, String> hairstyle : hairstyles.entrySet()) {
            List<String> words = new ArrayList<>();
            for (String part : hairstyle.getValue().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
            hairstyleWords.put(hairstyle.getKey(), words);
            vocabulary.add(hairstyle.getKey());
            phrases.add(hairstyle.getKey() + " hairstyle");
        }
        if (!hairstyles.isEmpty()) {
            for (Map.Entry<String, String> synonym : HAIRSTYLE_SYNONYMS.entrySet()) {
                if (hairstyles.containsKey(synonym.getValue())) {
                    vocabulary.add(synonym.getKey());
                }
            }
            vocabulary.addAll(Arrays.asList("hairstyle", "haircut", "hairdo"));
            phrases.add("no hairstyle");
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
                .replaceAll("\\bhair[ -]?(style|cut|do)(s?)\\b", "hair$1$2")
                .replaceAll("\\bpony[ -]tail", "ponytail")
                .replaceAll("\\btop[ -]knot", "topknot")
                .replaceAll("\\bup-do\\b", "updo")
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

    /** A hairstyle's name, for saying what was done. */
    public String hairstyleName(String id) {
        String name = hairstyleNames.get(id);
        return name != null ? name : id;
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
        /** Whether the clause was about hairstyles (one chosen, none, or the list given). */
        private boolean hairstyleSaid;
        /** The first word of the hairstyle named, or -1: colour words just before it colour the hair. */
        private int hairstyleAt = -1;

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
         * A hair colour (or hair as it is), and hairstyles: with the parser's hairstyles, as
         * {@link #hairstyle} finds them (their operation after the colour's); without (the list not
         * read yet), named beside a hair word, not done. Returns whether hairstyles were named and not
         * done (the clause then names no face and no mask).
         */
        private boolean unavailable() {
            Operation style = hairstyleNames.isEmpty() ? null : hairstyle();
            boolean hair = has("hair") || has("hairstyle") || has("haircut") || has("redhead") || has("brunette")
                    || !hairstyleNames.isEmpty() && anyOf(HAIRSTYLE_SAID);
            if (!hair && !hairstyleSaid) {
                addHairstyle(style);
                return false;
            }
            boolean said = false;
            if (hairstyleNames.isEmpty() && anyOf(HAIRSTYLE_WORDS)) {
                result.unavailable.add("Hairstyles are not in MaskAI yet.");
                useAll(HAIRSTYLE_WORDS);
                said = true;
            }
            if (phrase("natural", "hair") || phrase("original", "hair") || has("hair") && (phrase("no", "colour")
                    || phrase("no", "color") || has("undyed") || phrase("as", "it", "is")
                    || has("own") && (has("colour") || has("color")))) {
                result.operations.add(Operation.text(Kind.HAIR, null));
                useAll(set("natural", "original", "hair", "no", "colour", "color", "undyed", "as", "it", "is", "own"));
                addHairstyle(style);
                return said;
            }
            String colour = null;
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                String id = t.startsWith("hex-") ? "#" + t.substring(4) : HAIR_COLOURS.get(t);
                if (id != null && !used[i] && HairColour.byId(id) != null && (hair || colours(i))) {
                    colour = id;
                    used[i] = true;
                }
            }
            // "dark brown", "jet black": the first word sharpens the second.
            if (colour != null) {
                result.operations.add(Operation.text(Kind.HAIR, colour));
                useAll(set("hair", "dark", "jet", "colour", "color", "dyed", "dye", "redhead", "brunette"));
            } else if (!said && !hairstyleSaid && !has("front") && !has("keep") && !has("behind")) {
                // ("keep hair in front" is the hands' switch.)
                List<String> ids = new ArrayList<>();
                for (HairColour known : HairColour.ALL) {
                    ids.add(known.id);
                }
                result.unavailable.add("Hair colours: " + String.join(", ", ids) + ", or a colour such as #7a3db8.");
                useAll(set("hair", "colour", "color", "dye", "dyed"));
            }
            addHairstyle(style);
            return said;
        }

        /**
         * Whether the colour word at {@code i} colours the hairstyle named after it: only colour
         * words (and "dark", "jet") stand between them ("blonde bob", "jet black sleek bob").
         */
        private boolean colours(int i) {
            if (hairstyleAt <= i) {
                return false;
            }
            for (int k = i + 1; k < hairstyleAt; k++) {
                String t = tokens.get(k);
                if (!HAIR_COLOURS.containsKey(t) && !t.startsWith("hex-") && !t.equals("jet")) {
                    return false;
                }
            }
            return true;
        }

        private void addHairstyle(Operation style) {
            if (style != null) {
                result.operations.add(style);
            }
        }

        /**
         * A hairstyle, or none (own hair), from the parser's hairstyles: its name in full, its id or
         * a word for it (where that hairstyle exists; a word that is also a mask's only beside a hair
         * word), or long or short hair; "hairstyle" alone, or with words that name none there is, is
         * answered with the hairstyles' ids. Returns the operation (added after the hair colour's),
         * or null.
         */
        private Operation hairstyle() {
            boolean said = anyOf(HAIRSTYLE_SAID);
            boolean hairWord = said || has("hair");
            if (phraseAt("own", "hair") >= 0 && !has("colour") && !has("color") || phraseAt("real", "hair") >= 0
                    || phraseAt("hair", "down") >= 0) {
                return noHairstyle();
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (HAIRSTYLE_SAID.contains(tokens.get(i)) && negated(i, null)) {
                    return noHairstyle();
                }
            }
            String chosen = null;
            // A name said in full: "sleek bob", "long waves", "high ponytail".
            for (Map.Entry<String, List<String>> name : hairstyleWords.entrySet()) {
                int at = name.getValue().size() < 2 ? -1 : phraseAt(name.getValue().toArray(new String[0]));
                if (at >= 0) {
                    chosen = name.getKey();
                    hairstyleAt = at;
                    break;
                }
            }
            for (int i = 0; i < tokens.size() && chosen == null; i++) {
                String t = tokens.get(i);
                String id = HAIRSTYLE_SYNONYMS.getOrDefault(t, t);
                boolean known = hairstyleNames.containsKey(id) && (HAIRSTYLE_SYNONYMS.containsKey(t) || id.equals(t));
                if (known && !used[i] && (hairWord || !maskWords.contains(t))) {
                    chosen = id;
                    hairstyleAt = i;
                }
            }
            if (chosen == null && hairWord) {
                int up = phraseAt("hair", "up");
                int longAt = Math.max(index("long"), index("longer"));
                int shortAt = Math.max(Math.max(index("short"), index("shorter")), index("cropped"));
                if (up >= 0 && hairstyleNames.containsKey("bun")) {
                    chosen = "bun";
                    hairstyleAt = up;
                    use("up");
                } else if (longAt >= 0 && shortAt < 0 && hairstyleNames.containsKey("long-waves")) {
                    chosen = "long-waves";
                    hairstyleAt = longAt;
                    use("longer");
                } else if (shortAt >= 0 && longAt < 0 && hairstyleNames.containsKey("pixie")) {
                    chosen = "pixie";
                    hairstyleAt = shortAt;
                    useAll(set("shorter", "cropped"));
                }
            }
            if (chosen != null && negated(hairstyleAt, chosen)) {
                // "remove the ponytail", "take the bob off", "no curls".
                used[hairstyleAt] = true;
                useAll(HAIRSTYLE_MODIFIERS);
                useAll(new HashSet<>(hairstyleWords.get(chosen)));
                return noHairstyle();
            }
            if (chosen != null) {
                hairstyleSaid = true;
                if (phraseAt("hair", "up") >= 0) {
                    use("up");
                }
                useVerbs();
                for (int i = 0; i < tokens.size(); i++) {
                    String t = tokens.get(i);
                    if (i == hairstyleAt || HAIRSTYLE_MODIFIERS.contains(t) || hairstyleWords.get(chosen).contains(t)
                            || t.equals(chosen) || chosen.equals(HAIRSTYLE_SYNONYMS.get(t)) && !maskWords.contains(t)) {
                        used[i] = true;
                    }
                }
                return Operation.text(Kind.HAIRSTYLE, chosen);
            }
            boolean named = anyOf(HAIRSTYLES_NOT_HERE) || phraseAt("straight", "hair") >= 0;
            for (String t : tokens) {
                named |= HAIRSTYLE_SYNONYMS.containsKey(t) && (hairWord || !maskWords.contains(t));
            }
            if (said || named) {
                hairstyleSaid = true;
                if (phraseAt("straight", "hair") >= 0) {
                    use("straight");
                }
                use("hair");
                result.unavailable.add("Hairstyles: " + String.join(", ", hairstyleNames.keySet()) + ".");
                useAll(HAIRSTYLE_SAID);
            }
            return null;
        }

        /**
         * Whether the hairstyle word at {@code i} is said to go: "no", "remove", "without" (or, for
         * "hairstyle" itself, "natural", "original", "own", "normal") before it, or "off", "none"
         * after it, with only words of no meaning or of the hairstyle ({@code chosen}'s) between
         * ("remove the high ponytail", "take the hairstyle off"; not "bob with no template").
         */
        private boolean negated(int i, String chosen) {
            Set<String> before = chosen == null ? HAIRSTYLE_GONE_SAID : HAIRSTYLE_GONE;
            for (int k = i - 1; k >= 0; k--) {
                String t = tokens.get(k);
                if (before.contains(t)) {
                    return true;
                }
                if (!skippable(t, chosen)) {
                    break;
                }
            }
            for (int k = i + 1; k < tokens.size(); k++) {
                String t = tokens.get(k);
                if (t.equals("off") || t.equals("none")) {
                    return true;
                }
                if (!skippable(t, chosen)) {
                    break;
                }
            }
            return false;
        }

        private boolean skippable(String t, String chosen) {
            return STOP.contains(t) && !NOT_SKIPPED.contains(t) || HAIRSTYLE_MODIFIERS.contains(t)
                    || chosen != null && (hairstyleWords.get(chosen).contains(t) || t.equals(chosen)
                    || chosen.equals(HAIRSTYLE_SYNONYMS.get(t)));
        }

        /** "show me with a bob", "keep my own hair": not the hands' switch, which wants "in front". */
        private void useVerbs() {
            if (!has("mask") && !has("front")) {
                useAll(set("show", "keep"));
            }
        }

        private Operation noHairstyle() {
            useVerbs();
            hairstyleSaid = true;
            hairstyleAt = -1;
            useAll(set("no", "remove", "without", "off", "none", "natural", "original", "own", "real", "normal",
                    "hair", "take", "down", "let", "lose", "drop"));
            useAll(HAIRSTYLE_SAID);
            return Operation.text(Kind.HAIRSTYLE, null);
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
            // ("show me with long hair", "keep my own hair" name a hairstyle, not the switch.)
            boolean hairFront = has("hair") && (has("front") || (has("keep") || has("show")) && !hairstyleSaid);
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
            if (phrase("no", "mask") || has("remove") && has("mask") || phrase("take") && free("off")
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
            if (free("straight") || free("straighten") || free("level")) {
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

        /** Whether the word is in the clause and not yet used. */
        private boolean free(String word) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).equals(word) && !used[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Where the word last is in the clause, or -1. */
        private int index(String word) {
            return tokens.lastIndexOf(word);
        }

        /** Where the words first appear in a row, unused, or -1 (marking nothing). */
        private int phraseAt(String... words) {
            for (int i = 0; i + words.length <= tokens.size(); i++) {
                boolean match = true;
                for (int k = 0; k < words.length && match; k++) {
                    match = tokens.get(i + k).equals(words[k]) && !used[i + k];
                }
                if (match) {
                    return i;
                }
            }
            return -1;
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

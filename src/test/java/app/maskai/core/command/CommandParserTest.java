package app.maskai.core.command;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

public class CommandParserTest {
    /** The built-in gallery, as masks/manifest.json lists it. */
    public static final Map<String, String> GALLERY = new LinkedHashMap<>();

    static {
        GALLERY.put("surgical-blue", "Surgical, blue");
        GALLERY.put("surgical-black", "Surgical, black");
        GALLERY.put("surgical-pink", "Surgical, pink");
        GALLERY.put("n95-white", "N95 cup, white");
        GALLERY.put("kn95-white", "KN95, white");
        GALLERY.put("cloth-navy-dots", "Cloth, navy polka dot");
        GALLERY.put("cloth-red-tartan", "Cloth, red tartan");
        GALLERY.put("cloth-sage-floral", "Cloth, sage floral");
        GALLERY.put("lace-black", "Lace, black");
        GALLERY.put("sequin-gold", "Sequins, gold");
        GALLERY.put("masquerade-gold", "Masquerade, black and gold");
        GALLERY.put("masquerade-peacock", "Masquerade, peacock plume");
        GALLERY.put("carnival-volto", "Carnival Volto, ivory and gold");
        GALLERY.put("cat-whiskers", "Cat nose and whiskers");
    }

    /** The built-in templates, as templates/templates.json lists them. */
    public static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    static {
        for (String[] t : new String[][] {{"astronaut", "Astronaut"}, {"renaissance", "Renaissance portrait"},
                {"superhero", "Superhero cowl"}, {"knight", "Knight's helmet"}, {"diver", "Deep-sea diver"},
                {"royal", "Royal portrait"}, {"wanted", "Wanted poster"}, {"viking", "Viking"}}) {
            TEMPLATES.put(t[0], t[1]);
        }
    }

    /** The hairstyle overlays, as masks/hairstyles.tsv lists them (the picker's order). */
    public static final Map<String, String> HAIRSTYLES = new LinkedHashMap<>();

    static {
        for (String[] h : new String[][] {{"bob", "Sleek bob"}, {"pixie", "Pixie cut"}, {"long-waves", "Long waves"},
                {"curly", "Big curls"}, {"bun", "Top bun"}, {"ponytail", "High ponytail"}}) {
            HAIRSTYLES.put(h[0], h[1]);
        }
    }

    private final CommandParser parser = new CommandParser(GALLERY, TEMPLATES, HAIRSTYLES);
    /** The page before the hairstyles' list is read. */
    private final CommandParser noHairstyles = new CommandParser(GALLERY, TEMPLATES);

    /** Each phrasing and the operations it must give, canonical forms joined by "; ". */
    static final String[][] PHRASINGS = {
        {"red tartan mask, a bit bigger", "mask cloth-red-tartan; size ×1.05"},
        {"sketch style", "style pencil"},
        {"astronaut template", "template astronaut"},
        {"blonde hair", "hair blonde"},
        {"dark brown hair", "hair dark-brown"},
        {"make my hair pink", "hair pink"},
        {"hair #7A3DB8", "hair #7a3db8"},
        {"natural hair", "hair natural"},
        {"I want to be a redhead", "hair copper"},
        {"silver grey hair and the viking template", "hair silver; template viking"},
        {"put me in space", "template astronaut"},
        {"knight template with the surgical blue mask", "template knight; mask surgical-blue"},
        {"wanted poster", "template wanted"},
        {"viking, oil painting", "template viking; style oil"},
        {"renaissance frame template", "template renaissance"},
        {"no template", "template none"},
        {"remove the template and undo", "template none; undo"},
        {"only the person on the left", "faces left only"},
        {"undo", "undo"},
        {"Undo.", "undo"},
        {"go back", "undo"},
        {"reset", "reset"},
        {"start over", "reset"},
        {"bigger", "size ×1.1"},
        {"much bigger", "size ×1.25"},
        {"make it slightly smaller", "size ×0.952"},
        {"smaller", "size ×0.909"},
        {"size 120%", "size 1.2"},
        {"scale 80 percent", "size 0.8"},
        {"size 500 %", "size 2"},
        {"normal size", "size 1"},
        {"move it up", "move ×-0.05"},
        {"a bit lower", "move ×0.02"},
        {"move down a lot", "move ×0.1"},
        {"tilt left", "rotate ×-5"},
        {"rotate 10 degrees clockwise", "rotate ×10"},
        {"turn it 15° anticlockwise", "rotate ×-15"},
        {"tilt right 90 degrees", "rotate ×30"},
        {"straighten it", "rotate 0"},
        {"more transparent", "opacity ×0.75"},
        {"opacity 40%", "opacity 0.4"},
        {"make it solid", "opacity 1"},
        {"no mask", "mask off"},
        {"remove the mask", "mask off"},
        {"take the mask off", "mask off"},
        {"put the mask back on", "mask on"},
        {"n95", "mask n95-white"},
        {"respirator please", "mask n95-white"},
        {"kn95 mask", "mask kn95-white"},
        {"surgical", "mask surgical-blue"},
        {"black surgical mask", "mask surgical-black"},
        {"pink medical mask", "mask surgical-pink"},
        {"polka dot cloth mask", "mask cloth-navy-dots"},
        {"floral", "mask cloth-sage-floral"},
        {"the lace one", "mask lace-black"},
        {"sparkly gold sequins", "mask sequin-gold"},
        {"peacock masquerade", "mask masquerade-peacock"},
        {"eye mask", "mask masquerade-gold"},
        {"venetian mask", "mask carnival-volto"},
        {"cat whiskers", "mask cat-whiskers"},
        {"plaid mask and make it bigger", "mask cloth-red-tartan; size ×1.1"},
        {"pencil drawing", "style pencil"},
        {"comic book style", "style ink"},
        {"cartoon", "style ink"},
        {"oil painting", "style oil"},
        {"watercolor", "style watercolour"},
        {"pop art", "style halftone"},
        {"pop-art halftone style", "style halftone"},
        {"duotone poster", "style duotone"},
        {"no style", "style none"},
        {"remove the style", "style none"},
        {"sketch style at 50%", "style pencil; style strength 0.5"},
        {"subtle watercolour", "style watercolour; style strength 0.5"},
        {"style strength 30 %", "style strength 0.3"},
        {"everyone", "faces all"},
        {"all faces", "faces all"},
        {"the person on the right", "faces right"},
        {"just the woman in the middle", "faces middle only"},
        {"the second person", "faces second"},
        {"only the biggest face", "faces largest only"},
        {"keep my hand in front", "hands 1"},
        {"hands off", "hands 0"},
        {"keep hair in front of the mask", "hands 1"},
        {"only the person on the left, red tartan, bigger", "faces left only; mask cloth-red-tartan; size ×1.1"},
        {"oil painting then undo", "style oil; undo"},
        {"tartan and sketch style", "mask cloth-red-tartan; style pencil"},
        {"bob", "hairstyle bob"},
        {"bob haircut", "hairstyle bob"},
        {"a bob", "hairstyle bob"},
        {"sleek bob", "hairstyle bob"},
        {"pixie cut", "hairstyle pixie"},
        {"pixie", "hairstyle pixie"},
        {"I want short hair", "hairstyle pixie"},
        {"long hair", "hairstyle long-waves"},
        {"long waves", "hairstyle long-waves"},
        {"wavy hair", "hairstyle long-waves"},
        {"long-waves hairstyle", "hairstyle long-waves"},
        {"curly hair", "hairstyle curly"},
        {"big curls", "hairstyle curly"},
        {"afro", "hairstyle curly"},
        {"curls please", "hairstyle curly"},
        {"top bun", "hairstyle bun"},
        {"bun", "hairstyle bun"},
        {"hair in a bun", "hairstyle bun"},
        {"updo", "hairstyle bun"},
        {"put my hair up", "hairstyle bun"},
        {"ponytail", "hairstyle ponytail"},
        {"pony tail", "hairstyle ponytail"},
        {"give me a high ponytail", "hairstyle ponytail"},
        {"no hairstyle", "hairstyle none"},
        {"remove the hairstyle", "hairstyle none"},
        {"my own hair", "hairstyle none"},
        {"own hair", "hairstyle none"},
        {"hairstyle off", "hairstyle none"},
        {"no hair style", "hairstyle none"},
        {"take the ponytail off", "hairstyle none"},
        {"remove the high ponytail", "hairstyle none"},
        {"no curls", "hairstyle none"},
        {"let my hair down", "hairstyle none"},
        {"blonde bob", "hair blonde; hairstyle bob"},
        {"jet black pixie cut", "hair black; hairstyle pixie"},
        {"long blonde hair", "hair blonde; hairstyle long-waves"},
        {"show me with long straight hair", "hairstyle long-waves"},
        {"red ponytail, tartan mask", "hair copper; hairstyle ponytail; mask cloth-red-tartan"},
        {"pink surgical mask with a bob", "hairstyle bob; mask surgical-pink"},
        {"the viking template with a top bun", "hairstyle bun; template viking"},
        {"bob and undo", "hairstyle bob; undo"},
        {"natural hair, no hairstyle", "hair natural; hairstyle none"},
    };

    @Test
    void everyPhrasingGivesItsOperations() {
        assertTrue(PHRASINGS.length >= 100, "at least 100 phrasings: " + PHRASINGS.length);
        List<Executable> checks = new ArrayList<>();
        for (String[] row : PHRASINGS) {
            CommandResult result = parser.parse(row[0]);
            checks.add(() -> assertEquals(row[1], result.operationsText(), "\"" + row[0] + "\""));
            checks.add(() -> assertEquals("", result.notUnderstood(), "\"" + row[0] + "\" all understood"));
        }
        assertAll(checks);
    }

    @Test
    void beforeTheHairstylesAreReadTheyAreNamedAsNotYetThereAndHairAloneListsTheColours() {
        for (CommandParser p : List.of(noHairstyles, new CommandParser(GALLERY), new CommandParser(GALLERY, TEMPLATES,
                Map.of()))) {
            CommandResult style = p.parse("curly hairstyle");
            assertEquals("", style.operationsText());
            assertEquals("Hairstyles are not in MaskAI yet.", style.notUnderstood());
            CommandResult none = p.parse("no hairstyle, bob haircut");
            assertEquals("", none.operationsText());
            assertTrue(none.notUnderstood().startsWith("Hairstyles are not in MaskAI yet."), none.notUnderstood());
            assertEquals("", p.parse("blonde bob").operationsText());
            assertEquals(List.of(), p.parse("ponytial").suggestions.stream().toList());
            assertTrue(!p.suggest("bo", 20).contains("bob hairstyle") && !p.suggest("no", 20).contains("no hairstyle"));
        }
        for (CommandParser p : List.of(parser, noHairstyles)) {
            CommandResult hair = p.parse("hair");
            assertEquals("", hair.operationsText());
            assertTrue(hair.notUnderstood().startsWith("Hair colours: black, dark-brown, chestnut"), hair.notUnderstood());
            assertEquals("hair natural", p.parse("natural hair").operationsText());
            assertEquals("hair natural", p.parse("original hair").operationsText());
        }
    }

    @Test
    void hairstyleAloneOrWithNoKnownStyleListsTheHairstyles() {
        String list = "Hairstyles: bob, pixie, long-waves, curly, bun, ponytail.";
        for (String typed : new String[] {"hairstyle", "haircut", "a hair style please"}) {
            CommandResult result = parser.parse(typed);
            assertEquals("", result.operationsText(), typed);
            assertEquals(list, result.notUnderstood(), typed);
        }
        CommandResult mohawk = parser.parse("mohawk haircut, bigger");
        assertEquals("size ×1.1", mohawk.operationsText());
        assertEquals(list + " Not understood: “mohawk”.", mohawk.notUnderstood());
    }

    @Test
    void aColourBeforeAHairstyleColoursTheHairAndLongHairIsNotAColourRequest() {
        CommandResult blondeBob = parser.parse("blonde bob");
        assertEquals(List.of(Operation.text(Operation.Kind.HAIR, "blonde"),
                Operation.text(Operation.Kind.HAIRSTYLE, "bob")), blondeBob.operations);
        assertEquals("", blondeBob.notUnderstood());
        CommandResult longHair = parser.parse("long hair");
        assertEquals(List.of(Operation.text(Operation.Kind.HAIRSTYLE, "long-waves")), longHair.operations);
        assertEquals("", longHair.notUnderstood(), "no list of hair colours");
        // The colour must stand just before the hairstyle: here "pink" is the mask's.
        assertEquals("hairstyle bob; mask surgical-pink", parser.parse("pink surgical mask with a bob").operationsText());
        // Own hair is the hairstyle's; natural hair the colour's.
        assertEquals("hairstyle none", parser.parse("my own hair").operationsText());
        assertEquals("hair natural", parser.parse("my own hair colour").operationsText());
    }

    @Test
    void aHairstyleWordIsTakenOnlyWhereThatHairstyleIsThereAndAMasksWordOnlyBesideHair() {
        Map<String, String> some = new LinkedHashMap<>(HAIRSTYLES);
        some.remove("curly");
        CommandParser withoutCurls = new CommandParser(GALLERY, TEMPLATES, some);
        CommandResult curly = withoutCurls.parse("curly hair");
        assertEquals("", curly.operationsText());
        assertEquals("Hairstyles: bob, pixie, long-waves, bun, ponytail. Not understood: “curly”.",
                curly.notUnderstood());
        assertEquals("hairstyle bob", withoutCurls.parse("bob").operationsText());

        Map<String, String> gallery = new LinkedHashMap<>(GALLERY);
        gallery.put("curly-moustache", "Curly moustache");
        CommandParser moustache = new CommandParser(gallery, TEMPLATES, HAIRSTYLES);
        assertEquals("mask curly-moustache", moustache.parse("curly").operationsText());
        assertEquals("hairstyle curly", moustache.parse("curly hair").operationsText());
        assertEquals("hairstyle curly", moustache.parse("afro").operationsText());
        assertEquals("hairstyle curly; mask curly-moustache", moustache.parse("big curls and curly moustache")
                .operationsText());
    }

    @Test
    void hairstyleWordsDoNotClashWithTheRestOfTheGrammar() {
        assertEquals("rotate 0", parser.parse("straighten it").operationsText());
        assertEquals("rotate 0", parser.parse("straight").operationsText());
        assertEquals("mask off", parser.parse("take the mask off").operationsText());
        assertEquals("template none", parser.parse("take the template off").operationsText());
        assertEquals("hairstyle bob; mask off", parser.parse("bob without the mask").operationsText());
        assertEquals("hairstyle bob; mask off", parser.parse("no mask bob").operationsText());
        assertEquals("hairstyle bob; template none", parser.parse("bob with no template").operationsText());
        assertEquals("hairstyle bob; style none", parser.parse("no style bob").operationsText());
        assertEquals("hairstyle bob; size 1", parser.parse("bob haircut original size").operationsText());
        assertEquals("hairstyle bob; hands 0", parser.parse("bob hands off").operationsText());
        assertEquals("hands 1", parser.parse("keep hair in front of the mask").operationsText());
        assertEquals("hairstyle none", parser.parse("keep my own hair").operationsText());
        assertEquals("move ×-0.05", parser.parse("move up").operationsText());
        CommandResult shortAlone = parser.parse("short");
        assertEquals("", shortAlone.operationsText());
        assertEquals(List.of("short"), shortAlone.unknown);
    }

    @Test
    void hairstyleTyposAreAnsweredAndHairstylesSuggested() {
        CommandResult typo = parser.parse("ponytial");
        assertEquals("", typo.operationsText());
        assertEquals(List.of("ponytial"), typo.unknown);
        assertTrue(typo.suggestions.contains("ponytail"), typo.suggestions.toString());
        assertTrue(parser.suggest("bo", 20).contains("bob hairstyle"), parser.suggest("bo", 20).toString());
        assertTrue(parser.suggest("pony", 5).contains("ponytail hairstyle"));
        assertTrue(parser.suggest("no hair", 5).contains("no hairstyle"));
        for (String phrase : parser.suggest("hairstyle", 20)) {
            assertEquals("", parser.parse(phrase).notUnderstood(), phrase);
        }
        assertEquals("Sleek bob", parser.hairstyleName("bob"));
        assertEquals("mohawk", parser.hairstyleName("mohawk"));
    }

    @Test
    void aTemplateThatIsNotThereIsAnsweredWithTheTemplatesThereAre() {
        CommandResult result = parser.parse("pirate template, sketch style");
        assertEquals("style pencil", result.operationsText());
        assertEquals("Templates: astronaut, renaissance, superhero, knight, diver, royal, wanted, viking. "
                + "Not understood: “pirate”.", result.notUnderstood());
        CommandResult loading = new CommandParser(GALLERY).parse("astronaut template");
        assertEquals("", loading.operationsText());
        assertTrue(loading.notUnderstood().startsWith("The templates are read once a photo is on show"), loading.notUnderstood());
    }

    @Test
    void vagueWordsNameATemplateOnlyBesideTemplateAndPosterAloneIsStillTheDuotoneStyle() {
        assertEquals("style duotone", parser.parse("poster").operationsText());
        assertEquals("template royal", parser.parse("crown template").operationsText());
        assertTrue(parser.suggest("astro", 6).contains("astronaut template"));
    }

    @Test
    void whatIsNotUnderstoodIsSaidWithTheNearestWords() {
        CommandResult result = parser.parse("pencl style, bigger, frobnicate");
        assertEquals("size ×1.1", result.operationsText());
        assertEquals(List.of("pencl", "frobnicate"), result.unknown);
        assertTrue(result.suggestions.contains("pencil"), result.suggestions.toString());
        assertEquals("Not understood: “pencl”, “frobnicate”. Did you mean pencil?", result.notUnderstood());
        CommandResult typo = parser.parse("tartn");
        assertEquals(List.of("tartan"), List.copyOf(typo.suggestions));
    }

    @Test
    void emptyAndOverlongInputsGiveNothingOrTheirFirst200Characters() {
        assertEquals("", parser.parse("").operationsText());
        assertEquals("", parser.parse("   ,, and ").notUnderstood());
        assertEquals("", parser.parse(null).operationsText());
        String longText = "bigger, ".repeat(40);
        assertEquals(CommandParser.MAX_LENGTH / "bigger, ".length(), parser.parse(longText).operations.size());
    }

    @Test
    void suggestionsContinueWhatIsTyped() {
        assertEquals(List.of("pencil sketch style"), parser.suggest("penc", 5));
        assertEquals(List.of("bigger", "a bit bigger", "much bigger"), parser.suggest("red tartan, bi", 3));
        assertTrue(parser.suggest("only the", 5).contains("only the person on the left"));
        assertTrue(parser.suggest("tartan", 5).contains("cloth red tartan mask"));
        assertEquals(List.of(), parser.suggest("", 5));
        assertEquals(List.of(), parser.suggest("xyzzy", 5));
    }

    @Test
    void numbersAreWrittenShort() {
        assertEquals("1.1", Operation.number(1.1));
        assertEquals("-0.05", Operation.number(-0.05));
        assertEquals("10", Operation.number(10));
        assertEquals("0.909", Operation.number(1 / 1.1));
    }
}

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

    private final CommandParser parser = new CommandParser(GALLERY, TEMPLATES);

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
    };

    @Test
    void everyPhrasingGivesItsOperations() {
        assertTrue(PHRASINGS.length >= 60, "at least 60 phrasings: " + PHRASINGS.length);
        List<Executable> checks = new ArrayList<>();
        for (String[] row : PHRASINGS) {
            CommandResult result = parser.parse(row[0]);
            checks.add(() -> assertEquals(row[1], result.operationsText(), "\"" + row[0] + "\""));
            checks.add(() -> assertEquals("", result.notUnderstood(), "\"" + row[0] + "\" all understood"));
        }
        assertAll(checks);
    }

    @Test
    void hairstylesAreNamedAsNotYetThereAndHairAloneListsTheColours() {
        CommandResult style = parser.parse("curly hairstyle");
        assertEquals("", style.operationsText());
        assertEquals("Hairstyles are not in MaskAI yet.", style.notUnderstood());
        CommandResult hair = parser.parse("hair");
        assertEquals("", hair.operationsText());
        assertTrue(hair.notUnderstood().startsWith("Hair colours: black, dark-brown, chestnut"), hair.notUnderstood());
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

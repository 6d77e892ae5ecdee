package app.maskai.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.command.CommandParser;
import app.maskai.core.command.CommandParserTest;
import app.maskai.core.command.CommandResult;
import app.maskai.core.command.Operation;
import app.maskai.core.fit.FitAdjustment;
import app.maskai.core.style.PortraitStyle;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The command grammar ({@link CommandParser}) on any text: it never throws, gives only operations
 * the page has with values in their controls' ranges and ids it knows, reports something for any
 * text with a word in it (an operation, a word not understood, or a feature not there yet), gives
 * the same answer twice, and suggests at most what is asked; before the hairstyles' list is read it
 * gives no hairstyle.
 */
class CommandFuzzTest {
    /** The built-in gallery, as the parser's unit test has it. */
    private static final Map<String, String> GALLERY = CommandParserTest.GALLERY;

    private static final Map<String, String> TEMPLATES = CommandParserTest.TEMPLATES;

    private static final Map<String, String> HAIRSTYLES = CommandParserTest.HAIRSTYLES;

    private static final CommandParser PARSER = new CommandParser(GALLERY, TEMPLATES, HAIRSTYLES);

    /** The page before the hairstyles' list is read: it never gives a hairstyle. */
    private static final CommandParser NO_HAIRSTYLES = new CommandParser(GALLERY, TEMPLATES);

    @FuzzTest(maxDuration = "3s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DictionaryEntries({"undo", "bigger", "a bit", "smaller", "size", "%", "°", "tilt", "left", "right", "only",
        "the person on the", "style", "sketch", "pop art", "oil", "no mask", "hands", "in front", "hair",
        "blonde", "#12ab9f", "natural hair", "template", "astronaut", "no template", "viking", "tartan", "n95", "opacity", "hairstyle", "haircut", "bob", "pixie cut",
        "long hair", "curly", "top bun", "pony tail", "own hair", "no hairstyle", "mohawk", ",", " and ", " then ",
        "."})
    void givesOnlyThePagesOperations(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        CommandResult result = PARSER.parse(text);
        for (Operation op : result.operations) {
            assertNotNull(op.kind);
            switch (op.kind) {
                case MASK:
                    assertTrue(GALLERY.containsKey(op.text), op.toString());
                    break;
                case STYLE:
                    assertTrue(op.text == null || PortraitStyle.byId(op.text) != null, op.toString());
                    break;
                case HAIR:
                    assertTrue(op.text == null || app.maskai.core.hair.HairColour.byId(op.text) != null, op.toString());
                    break;
                case TEMPLATE:
                    assertTrue(op.text == null || TEMPLATES.containsKey(op.text), op.toString());
                    break;
                case HAIRSTYLE:
                    assertTrue(op.text == null || HAIRSTYLES.containsKey(op.text), op.toString());
                    break;
                case SIZE:
                    assertTrue(op.relative ? op.amount > 0.7 && op.amount < 1.3
                            : op.amount >= FitAdjustment.MIN_SCALE && op.amount <= FitAdjustment.MAX_SCALE, op.toString());
                    break;
                case ROTATE:
                    assertTrue(Math.abs(op.amount) <= FitAdjustment.MAX_ROTATION_DEGREES, op.toString());
                    break;
                case OPACITY:
                case STYLE_STRENGTH:
                case HANDS:
                    assertTrue(op.amount >= 0 && op.amount <= 1, op.toString());
                    break;
                case MOVE:
                    assertTrue(Math.abs(op.amount) <= FitAdjustment.MAX_OFFSET_Y, op.toString());
                    break;
                case FACES:
                    assertNotNull(op.face, op.toString());
                    break;
                default:
                    break;
            }
        }
        String cut = text.length() > CommandParser.MAX_LENGTH ? text.substring(0, CommandParser.MAX_LENGTH) : text;
        if (cut.toLowerCase(java.util.Locale.ROOT).matches("(?s).*[a-z]{2,}.*")) {
            assertTrue(!result.operations.isEmpty() || !result.unknown.isEmpty() || !result.unavailable.isEmpty()
                    || allSkipped(cut), "nothing said about: " + cut);
        }
        for (Operation op : NO_HAIRSTYLES.parse(text).operations) {
            assertTrue(op.kind != Operation.Kind.HAIRSTYLE, "a hairstyle before their list is read: " + op);
        }
        CommandResult again = PARSER.parse(text);
        assertEquals(result.operationsText(), again.operationsText());
        assertEquals(result.notUnderstood(), again.notUnderstood());
        assertTrue(PARSER.suggest(text, 3).size() <= 3);
    }

    /** Text made only of words that mean nothing on their own ("the", "please", "mask" …) says nothing. */
    private static boolean allSkipped(String text) {
        return PARSER.parse(text + ", xq").unknown.size() == 1;
    }
}

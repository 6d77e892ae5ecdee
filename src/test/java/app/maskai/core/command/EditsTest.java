package app.maskai.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.maskai.core.fit.FitAdjustment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {
    private final CommandParser parser = new CommandParser(CommandParserTest.GALLERY, CommandParserTest.TEMPLATES,
            CommandParserTest.HAIRSTYLES);
    /** Three faces: the middle one (index 0) largest, one on the left (1), one on the right (2). */
    private static final double[] X = {300, 100, 500};
    private static final double[] AREA = {9000, 4000, 2500};

    private Edits start() {
        return new Edits("surgical-blue", List.of(FitAdjustment.NONE, FitAdjustment.NONE, FitAdjustment.NONE), 0, null,
                1f, false);
    }

    private Edits run(Edits from, String command, List<String> done, List<String> notDone) {
        return from.apply(parser.parse(command).operations, X, AREA, parser, done, notDone);
    }

    @Test
    void aCommandChangesWhatItSaysAndSaysIt() {
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        Edits after = run(start(), "only the person on the left, red tartan mask, a bit bigger, sketch style at 60 %",
                done, notDone);
        assertEquals("cloth-red-tartan", after.maskId);
        assertEquals(1, after.selected);
        assertFalse(after.adjustments.get(0).enabled);
        assertTrue(after.adjustments.get(1).enabled);
        assertFalse(after.adjustments.get(2).enabled);
        assertEquals(1.05f, after.adjustments.get(1).scale, 1e-6);
        assertEquals(1f, after.adjustments.get(0).scale);
        assertEquals("pencil", after.styleId);
        assertEquals(0.6f, after.styleStrength, 1e-6);
        assertEquals(List.of("a mask on face 2 only", "mask Cloth, red tartan", "size 105 %", "pencil sketch style",
                "style strength 60 %"), done);
        assertEquals(List.of(), notDone);
    }

    @Test
    void aHairstyleIsPutOnAndTakenOffAndTheStateBeforeIsKeptForUndo() {
        Edits before = start();
        assertNull(before.hairstyleId);
        List<String> done = new ArrayList<>();
        Edits after = run(before, "blonde bob, sketch style", done, new ArrayList<>());
        assertEquals("bob", after.hairstyleId);
        assertEquals("blonde", after.hairId);
        assertEquals("pencil", after.styleId);
        assertEquals(List.of("hair honey blonde", "hairstyle Sleek bob", "pencil sketch style"), done);
        // The page keeps the state before each command for "undo": applying changes nothing in it.
        assertNull(before.hairstyleId);
        assertNull(before.hairId);
        List<String> undone = new ArrayList<>();
        Edits own = run(after, "my own hair", undone, new ArrayList<>());
        assertNull(own.hairstyleId);
        assertEquals("blonde", own.hairId, "the colour stays");
        assertEquals(List.of("own hair"), undone);
        Edits kept = run(after, "astronaut template, bigger", new ArrayList<>(), new ArrayList<>());
        assertEquals("bob", kept.hairstyleId, "carried through other changes");
        assertEquals("bob", new Edits("surgical-blue", List.of(), 0, null, 1f, false, null, null, "bob").hairstyleId);
        assertNull(new Edits("surgical-blue", List.of(), 0, null, 1f, false, "astronaut", "pink").hairstyleId);
    }

    @Test
    void aHairstyleNeedsNoPhoto() {
        Edits empty = new Edits("surgical-blue", List.of(), 0, null, 1f, false);
        List<String> notDone = new ArrayList<>();
        Edits after = empty.apply(parser.parse("high ponytail").operations, new double[0], new double[0], parser,
                new ArrayList<>(), notDone);
        assertEquals("ponytail", after.hairstyleId);
        assertEquals(List.of(), notDone);
    }

    @Test
    void valuesStayInTheirControlsRanges() {
        Edits e = start();
        for (int i = 0; i < 20; i++) {
            e = run(e, "much bigger, tilt right 30 degrees, move down a lot, more transparent", new ArrayList<>(),
                    new ArrayList<>());
        }
        FitAdjustment a = e.adjustments.get(0);
        assertEquals(FitAdjustment.MAX_SCALE, a.scale);
        assertEquals(FitAdjustment.MAX_ROTATION_DEGREES, a.rotationDegrees);
        assertEquals(FitAdjustment.MAX_OFFSET_Y, a.offsetY, 1e-6);
        assertTrue(a.opacity < 0.01);
        assertEquals(FitAdjustment.NONE.scale, run(e, "reset", new ArrayList<>(), new ArrayList<>()).adjustments.get(0)
                .scale);
    }

    @Test
    void facesArePickedByPositionAndSize() {
        assertEquals(1, Edits.pick(Operation.Face.LEFT, X, AREA));
        assertEquals(2, Edits.pick(Operation.Face.RIGHT, X, AREA));
        assertEquals(0, Edits.pick(Operation.Face.MIDDLE, X, AREA));
        assertEquals(0, Edits.pick(Operation.Face.LARGEST, X, AREA));
        assertEquals(2, Edits.pick(Operation.Face.SMALLEST, X, AREA));
        assertEquals(0, Edits.pick(Operation.Face.SECOND, X, AREA));
        assertEquals(-1, Edits.pick(Operation.Face.FOURTH, X, AREA));
        List<String> notDone = new ArrayList<>();
        run(start(), "the fourth person", new ArrayList<>(), notDone);
        assertEquals(List.of("the fourth face (the photo has 3 faces)"), notDone);
    }

    @Test
    void withoutAPhotoOnlyTheMaskStyleAndHandsChange() {
        Edits empty = new Edits("surgical-blue", List.of(), 0, null, 1f, false);
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        Edits after = empty.apply(parser.parse("n95, bigger, oil painting, keep hands in front").operations,
                new double[0], new double[0], parser, done, notDone);
        assertEquals("n95-white", after.maskId);
        assertEquals("oil", after.styleId);
        assertTrue(after.hands);
        assertEquals(List.of("changing the fit (no photo with faces on show)"), notDone);
    }
}

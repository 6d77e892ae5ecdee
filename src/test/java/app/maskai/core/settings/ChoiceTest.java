package app.maskai.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.maskai.core.fit.FitSensitivity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceTest {
    @Test
    void listenersHearEachNewValueOnceInOrder() {
        Choice<FitSensitivity> choice = new Choice<>(FitSensitivity.BALANCED);
        List<String> heard = new ArrayList<>();
        choice.listen(value -> heard.add("a " + value + " " + choice.value()));
        choice.listen(value -> heard.add("b " + value));
        choice.set(FitSensitivity.PRECISE);
        choice.set(FitSensitivity.PRECISE);
        choice.set(FitSensitivity.RELAXED);
        assertEquals(List.of("a PRECISE PRECISE", "b PRECISE", "a RELAXED RELAXED", "b RELAXED"), heard);
        assertEquals(FitSensitivity.RELAXED, choice.value());
    }

    @Test
    void refusesNoValue() {
        assertThrows(NullPointerException.class, () -> new Choice<String>(null));
        assertThrows(NullPointerException.class, () -> new Choice<>("a").set(null));
    }
}

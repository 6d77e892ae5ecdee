package app.maskai.core.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One of the person's choices (the fitting sensitivity, say), observable: whoever applies it
 * listens, whoever offers it sets it. Listeners hear each new value once, in the order they
 * listened, after the value changed; setting the value it has already is no change.
 *
 * @param <T> what is chosen
 */
public final class Choice<T> {
    private final List<Consumer<T>> listeners = new ArrayList<>();
    private T value;

    public Choice(T initial) {
        this.value = Objects.requireNonNull(initial);
    }

    public T value() {
        return value;
    }

    /** Chooses {@code chosen}; the listeners hear of it when it differs from the value before. */
    public void set(T chosen) {
        if (Objects.requireNonNull(chosen).equals(value)) {
            return;
        }
        value = chosen;
        for (Consumer<T> listener : new ArrayList<>(listeners)) {
            listener.accept(chosen);
        }
    }

    public void listen(Consumer<T> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }
}

package app.maskai.masks.paint;

/** A named piece of a mask; rigid pieces keep the canonical shape (docs/CONTRACTS.md). */
public record Part(String name, boolean rigid) {
}

/**
 * Edits in words (issue 15 §4): a small grammar, parsed on the device, that turns what a person
 * types ("red tartan mask, a bit bigger", "sketch style", "only the person on the left",
 * "undo") into the page's own operations ({@link app.maskai.core.command.Operation}), says what it
 * did and what it did not understand with the nearest words it knows, and suggests phrases as
 * the person types. Pure Java: no model, nothing leaves the tab. The grammar is documented in
 * {@link app.maskai.core.command.CommandParser}.
 */
package app.maskai.core.command;

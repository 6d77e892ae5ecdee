/**
 * Jazzer fuzz tests of the core's parsers of untrusted text (JSON, mask metadata, manifest,
 * stored settings, the privacy Markdown, the face layout). Each class is one fuzz target; its
 * seed corpus and crash reproducers live in src/test/resources under {@code <Class>Inputs}.
 */
package app.maskai.core.fuzz;

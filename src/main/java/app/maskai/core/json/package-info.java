/**
 * A small strict JSON (RFC 8259) parser and writer for mask metadata and settings.
 * Depends on nothing but java.lang and java.util (no reflection), so it compiles under TeaVM.
 */
package app.maskai.core.json;

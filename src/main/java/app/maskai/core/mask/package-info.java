/**
 * Mask metadata (schema maskai.mask versions 1 and 2 and the maskai.manifest list,
 * docs/CONTRACTS.md): the data types, their validating parsers and the version 2 writer.
 * Depends on app.maskai.core.json only.
 */
package app.maskai.core.mask;

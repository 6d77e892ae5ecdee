/**
 * Mask metadata (schema maskai.mask version 1 and the maskai.manifest list, docs/CONTRACTS.md): the data type and its validating parsers.
 * Depends on app.maskai.core.json only.
 */
package app.maskai.core.mask;

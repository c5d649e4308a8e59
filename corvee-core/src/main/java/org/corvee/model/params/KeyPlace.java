package org.corvee.model.params;


/**
 * Where a key's value was written in a scenario file (1-based line and column), so that
 * problems found later — cross-key rules, timeline checks — can point back at the file.
 */
public record KeyPlace(int line, int column) {
}

package org.corvee.model.params;

/** A key whose catalogue default is a whole number (a count, a year, a yyyymm date). */
public record IntegerKey(String name) implements ParameterKey {
}

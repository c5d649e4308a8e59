package org.corvee.model.params;

/** A key whose catalogue default is a real number. */
public record NumberKey(String name) implements ParameterKey {
}

package org.corvee.model.params;

/** A key whose catalogue default is true or false (a mechanism switch or an option). */
public record SwitchKey(String name) implements ParameterKey {
}

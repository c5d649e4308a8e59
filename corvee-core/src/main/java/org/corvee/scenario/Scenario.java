package org.corvee.scenario;

/**
 * A resolved scenario: its name and description and the full parameter set
 * (defaults + file + overrides). {@code origin} says where it came from (a path or
 * "builtin:baseline").
 */
public record Scenario(String name, String description, String origin, Parameters parameters) {

    /** A copy with different parameters. */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, origin, p);
    }
}

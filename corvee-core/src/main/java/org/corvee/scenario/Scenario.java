package org.corvee.scenario;

import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;

/**
 * A resolved scenario: its name and description, the full parameter set at the start
 * (defaults + file + overrides) and its timeline of dated changes (X5). {@code origin} says
 * where it came from (a path or "builtin:baseline").
 */
public record Scenario(String name, String description, String origin, Parameters parameters, Timeline timeline) {

    /** A scenario without timeline. */
    public Scenario(String name, String description, String origin, Parameters parameters) {
        this(name, description, origin, parameters, Timeline.EMPTY);
    }

    /** A copy with different parameters (same timeline). */
    public Scenario withParameters(Parameters p) {
        return new Scenario(name, description, origin, p, timeline);
    }
}

package org.corvee.scenario;

import java.util.List;

/** A scenario that cannot be used, with every problem found in it. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}

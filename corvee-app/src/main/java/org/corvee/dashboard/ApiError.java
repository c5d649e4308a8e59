package org.corvee.dashboard;

import java.util.List;

/**
 * A request the dashboard refuses: an HTTP status (4xx, or 503 when the database is busy), a
 * one-line message and, for a run request, every problem with the form field it belongs to.
 * The server answers it as JSON; no stack trace ever reaches the client.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<FieldProblem> problems;

    ApiError(int status, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** 400: the request itself is malformed (bad JSON, missing or non-numeric parameter). */
    static ApiError badRequest(String message) {
        return new ApiError(400, message, List.of());
    }

    /** 404: no such run, job or scenario. */
    static ApiError notFound(String message) {
        return new ApiError(404, message, List.of());
    }

    /** 422: a well-formed run request that the scenario validator or the memory guard refuses. */
    static ApiError invalid(List<FieldProblem> problems) {
        return new ApiError(422, problems.size() == 1 ? problems.get(0).message()
                : problems.size() + " problems; the first: " + problems.get(0).message(), problems);
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /** The problems by field (empty unless the request was a run request). */
    List<FieldProblem> problems() {
        return problems;
    }
}

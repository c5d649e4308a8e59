package org.corvee.dashboard;

/**
 * One problem of a run request, for the form to show beside its field: {@code field} is the
 * dotted parameter key ("dispatch.bribe"), "timeline[2].date", "scenario", "name" or
 * "replicates"; {@code message} is the line the command line prints for the same problem.
 */
record FieldProblem(String field, String message) {
}

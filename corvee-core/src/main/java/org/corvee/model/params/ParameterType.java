package org.corvee.model.params;


/** The value type of a scenario parameter. */
public enum ParameterType {
    /** A real number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** true/false, used for mechanism switches. */
    BOOLEAN
}

package org.corvee.store;

/** Receives cohort-table cells: table name, row key (the cohort), column key, value. */
@FunctionalInterface
public interface CohortSink {
    /** One cell. */
    void cell(String table, String rowKey, String columnKey, double value) throws Exception;
}

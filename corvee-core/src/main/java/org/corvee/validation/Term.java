package org.corvee.validation;

import java.util.Map;

/** One metric with a filter on its dimensions, e.g. workers_abroad where destination=russia. */
public record Term(String metric, Map<String, String> where) {
    public Term {
        where = Map.copyOf(where);
    }

    @Override
    public String toString() {
        return where.isEmpty() ? metric : metric + where;
    }
}

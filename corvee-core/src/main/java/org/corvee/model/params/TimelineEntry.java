package org.corvee.model.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dated change of a scenario timeline (X5): from the first day of {@code year}-{@code month}
 * the parameters in {@code set} take these values (until a later entry changes them again).
 *
 * @param index       1-based position in the file's timeline list (used in messages)
 * @param year        calendar year
 * @param month       calendar month, 1..12
 * @param event       optional short name of the event ("sanctions"), or ""
 * @param description optional text, or ""
 * @param source      optional public source of a dated event (OD11 host events name theirs), or ""
 * @param set         dotted key → new value, in file order; never empty in a loaded scenario
 * @param place       where the entry starts in its file (0, 0 if not from a file)
 * @param places      where each key of {@code set} was written
 */
public record TimelineEntry(int index, int year, int month, String event, String description, String source,
                            Map<String, Double> set, KeyPlace place, Map<String, KeyPlace> places) {

    public TimelineEntry {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        set = Collections.unmodifiableMap(new LinkedHashMap<>(set));
        places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
    }

    /** An entry built in code (no file position). */
    public static TimelineEntry of(int index, int year, int month, String event, Map<String, Double> set) {
        return new TimelineEntry(index, year, month, event, "", "", set, new KeyPlace(0, 0), Map.of());
    }

    /** "YYYY-MM". */
    public String date() {
        return year + (month < 10 ? "-0" : "-") + month;
    }

    /** Months since year 0 — a sortable date. */
    public int absoluteMonth() {
        return year * 12 + month - 1;
    }

    /** "timeline[2] (2017-12 sanctions)" for messages. */
    public String label() {
        return "timeline[" + index + "] (" + date() + (event.isEmpty() ? "" : " " + event) + ")";
    }

    /** {@code p} with this entry's changes applied. */
    public Parameters applyTo(Parameters p) {
        Parameters out = p;
        for (Map.Entry<String, Double> e : set.entrySet()) {
            out = out.with(e.getKey(), e.getValue());
        }
        return out;
    }
}

package org.corvee.model.policy;

import org.corvee.model.params.IntegerKey;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;

/**
 * Date-valued policy parameters (OD11): a value {@code yyyymm} (e.g. 201712) names a calendar
 * month; 0 means "never". Month indices count from January of {@code run.start_year}.
 */
public final class PolicyDates {
    /** Index meaning "never". */
    public static final int NEVER = Integer.MAX_VALUE;

    private PolicyDates() {
    }


    /** Month index of the date held by {@code key}, or {@link #NEVER} if it is 0. */
    public static int index(Parameters p, IntegerKey key) {
        int v = p.getInt(key);
        if (v <= 0) {
            return NEVER;
        }
        int year = v / 100;
        int month = Math.max(1, Math.min(12, v % 100));
        return (year - p.getInt(RunKeys.START_YEAR)) * 12 + month - 1;
    }
}

package org.corvee.model.world;

import java.util.List;
import org.corvee.engine.Dimension;

/** Size classes of group events in persons (OD6): the dimension of the size distributions. */
public final class GroupSize {
    private static final int[] UPPER = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};

    /** The size dimension: 1, 2, 3-5, ..., 1001-2000, 2001+. */
    public static final Dimension DIMENSION = new Dimension("size", List.of("1", "2", "3-5", "6-10", "11-20",
            "21-50", "51-100", "101-200", "201-500", "501-1000", "1001-2000", "2001+"));

    private GroupSize() {
    }

    /** The size class of an event of {@code persons} persons (at least 1). */
    public static int bin(int persons) {
        for (int b = 0; b < UPPER.length; b++) {
            if (persons <= UPPER[b]) {
                return b;
            }
        }
        return UPPER.length;
    }
}

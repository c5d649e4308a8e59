package org.corvee.model.world;

import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.Dimension;

/** The output dimensions of the model, built from its enums. */
public final class Dimensions {
    /** Origin province. */
    public static final Dimension PROVINCE = of("province", Province.values());
    /** Songbun class. */
    public static final Dimension SONGBUN = of("songbun", Songbun.values());
    /** Host country. */
    public static final Dimension DESTINATION = of("destination", Destination.values());
    /** Dispatch status. */
    public static final Dimension STATUS = new Dimension("status", Status.names());
    /** Kind of worker abroad (OD4): civilian or soldier-labourer. */
    public static final Dimension KIND = new Dimension("kind", List.of("civilian", "soldier"));

    private Dimensions() {
    }

    private static Dimension of(String name, Enum<?>[] values) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> e : values) {
            ids.add(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        return new Dimension(name, ids);
    }
}

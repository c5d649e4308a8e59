package org.corvee.model.world;


/**
 * The ten provinces (and the capital) of the 2008 census, with their census population.
 *
 * <p>Source: DPRK 2008 Population Census (Central Bureau of Statistics / UNFPA), figures as
 * given in MODEL.md; the ten figures sum to 23,349,859 (702,372 more lived in military
 * quarters and are not placed in a province). Keys are lower-case ids used in scenario files.
 */
public enum Province {
    PYONGYANG("pyongyang", "Pyongyang", 3_255_288),
    SOUTH_PYONGAN("south_pyongan", "South Pyongan", 4_051_696),
    NORTH_PYONGAN("north_pyongan", "North Pyongan", 2_728_662),
    CHAGANG("chagang", "Chagang", 1_299_830),
    SOUTH_HWANGHAE("south_hwanghae", "South Hwanghae", 2_310_485),
    NORTH_HWANGHAE("north_hwanghae", "North Hwanghae", 2_113_672),
    KANGWON("kangwon", "Kangwon", 1_477_582),
    SOUTH_HAMGYONG("south_hamgyong", "South Hamgyong", 3_066_013),
    NORTH_HAMGYONG("north_hamgyong", "North Hamgyong", 2_327_362),
    RYANGGANG("ryanggang", "Ryanggang", 719_269);

    /** Census total of the ten provinces. */
    public static final long CENSUS_TOTAL = 23_349_859L;

    private final String id;
    private final String label;
    private final long census2008;

    Province(String id, String label, long census2008) {
        this.id = id;
        this.label = label;
        this.census2008 = census2008;
    }

    /** Scenario key, e.g. "south_pyongan". */
    public String id() {
        return id;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** Census 2008 population. */
    public long census2008() {
        return census2008;
    }

    /** True for the capital. */
    public boolean isCapital() {
        return this == PYONGYANG;
    }
}

package org.corvee.model.world;


/**
 * The hardship sites of the domestic postings channel (DP2): at least one mining district in
 * South Pyongan (Kaechon, T2, T3) and one in Ryanggang (a Hyesan copper mine, T4), plus a farm
 * and a fishery. Labour demand and conditions are scenario keys {@code site.<id>.*}; the
 * location (approximate, rounded to 0.1 degree; assumed) gives the distance from each worker's
 * home province seat.
 */
public enum Site {
    KAECHON("kaechon", "Kaechon mining district", SiteKind.MINE, Province.SOUTH_PYONGAN, 39.7, 125.9),
    HYESAN("hyesan", "Hyesan copper mine", SiteKind.MINE, Province.RYANGGANG, 41.4, 128.2),
    SEPHO("sepho", "Sepho tableland farms", SiteKind.FARM, Province.KANGWON, 38.6, 127.4),
    SINPO("sinpo", "Sinpo fisheries", SiteKind.FISHERY, Province.SOUTH_HAMGYONG, 40.0, 128.2);

    private final String id;
    private final String label;
    private final SiteKind kind;
    private final Province province;
    private final double latitude;
    private final double longitude;

    Site(String id, String label, SiteKind kind, Province province, double latitude, double longitude) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.province = province;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Scenario key, e.g. "kaechon". */
    public String id() {
        return id;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** Mine, farm or fishery. */
    public SiteKind kind() {
        return kind;
    }

    /** The province the site lies in. */
    public Province province() {
        return province;
    }

    /** Great-circle distance in km from the seat of {@code home} to the site. */
    public double kilometresFrom(Province home) {
        return ProvinceSeat.kilometres(ProvinceSeat.latitude(home), ProvinceSeat.longitude(home), latitude, longitude);
    }
}

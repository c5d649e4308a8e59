package org.corvee.model.world;


/**
 * Approximate coordinates of each province's seat (its home city for the distance to a site,
 * DP2), rounded to 0.1 degree. Assumed from public maps; only distances of the order of 100 km
 * matter to the model.
 */
public final class ProvinceSeat {
    // Pyongyang, Pyongsong, Sinuiju, Kanggye, Haeju, Sariwon, Wonsan, Hamhung, Chongjin, Hyesan.
    private static final double[] LAT = {39.0, 39.3, 40.1, 41.0, 38.0, 38.5, 39.2, 39.9, 41.8, 41.4};
    private static final double[] LON = {125.8, 125.9, 124.4, 126.6, 125.7, 125.8, 127.4, 127.5, 129.8, 128.2};
    private static final double EARTH_KM = 6371.0;

    private ProvinceSeat() {
    }

    public static double latitude(Province p) {
        return LAT[p.ordinal()];
    }

    public static double longitude(Province p) {
        return LON[p.ordinal()];
    }

    /** Haversine distance in km. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.sqrt(a));
    }
}

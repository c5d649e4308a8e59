package org.corvee.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A run's series rows gathered by metric and key before they go to the table series: per
 * (metric, key), the rows' places in the order fed, their months (days since 1970) and values.
 * {@link #insert} appends one row of lists per metric and key to a temporary table and unnests
 * them into series in the order the rows were fed, so the table holds the same rows in the same
 * order as appending them one by one, at a fraction of the cost (a run's series are a few
 * thousand metric-and-key pairs over a few hundred months).
 *
 * <p>The temporary table lives in the connection's memory and is dropped in the same
 * transaction: nothing of it reaches the file, and a rollback leaves nothing behind.
 */
final class SeriesStaging {
    private static final String TABLE = "series_staging";

    /** Index of each (metric, key) pair: metric → key → pair. */
    private final Map<String, Map<String, Integer>> pairs = new HashMap<>();
    private final List<Pair> list = new ArrayList<>();
    private final Map<String, Integer> days = new HashMap<>();
    private int fed;

    /** One row (as {@link org.corvee.output.SeriesRowSink#row}). */
    void row(int month, String label, String metric, String key, double value) {
        Integer at = pairs.computeIfAbsent(metric, m -> new HashMap<>()).get(key);
        if (at == null) {
            at = list.size();
            list.add(new Pair(metric, key));
            pairs.get(metric).put(key, at);
        }
        int day = days.computeIfAbsent(label, l -> (int) LocalDate.parse(l + "-01").toEpochDay());
        list.get(at).add(fed++, day, value);
    }

    /** Inserts the rows into {@code conn}'s table series as run {@code id}, in the order fed. */
    void insert(DuckDBConnection conn, long id) throws SQLException {
        if (fed == 0) {
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + TABLE
                    + " (metric VARCHAR, key VARCHAR, places INTEGER[], days INTEGER[], vals DOUBLE[])");
            try (DuckDBAppender a = conn.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
                for (Pair p : list) {
                    a.beginRow().append(p.metric).append(p.key).append(Arrays.copyOf(p.places, p.size))
                            .append(Arrays.copyOf(p.days, p.size)).append(Arrays.copyOf(p.values, p.size)).endRow();
                }
                a.flush();
            }
            s.execute("INSERT INTO series SELECT " + id + ", CAST(DATE '1970-01-01' + day AS DATE), metric, key, value "
                    + "FROM (SELECT metric, key, unnest(places) AS place, unnest(days) AS day, unnest(vals) AS value "
                    + "FROM temp." + DuckDBConnection.DEFAULT_SCHEMA + "." + TABLE + ") ORDER BY place");
            s.execute("DROP TABLE temp." + DuckDBConnection.DEFAULT_SCHEMA + "." + TABLE);
        }
    }

    /** The rows of one metric and key. */
    private static final class Pair {
        final String metric;
        final String key;
        int[] places = new int[16];
        int[] days = new int[16];
        double[] values = new double[16];
        int size;

        Pair(String metric, String key) {
            this.metric = metric;
            this.key = key;
        }

        void add(int place, int day, double value) {
            if (size == places.length) {
                places = Arrays.copyOf(places, 2 * size);
                days = Arrays.copyOf(days, 2 * size);
                values = Arrays.copyOf(values, 2 * size);
            }
            places[size] = place;
            days[size] = day;
            values[size] = value;
            size++;
        }
    }
}

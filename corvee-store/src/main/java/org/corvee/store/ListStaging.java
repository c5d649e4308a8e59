package org.corvee.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Long-form rows (two texts, a code, a value) gathered by their pair of texts before they go to
 * a table: per pair, the rows' places in the order fed, their codes and values. {@link #insert}
 * appends one row of lists per pair to a temporary table and runs an INSERT that unnests them,
 * ordered by place, so the table receives the same rows in the same order as appending them one
 * by one, at a fraction of the cost: DuckDB's appender hands its rows over 2,048 at a time, each
 * hand-over a full append to the table, whereas a run's 305k series rows are a few thousand
 * pairs (metric, key) over a few hundred months. A code is what the caller makes of it (a day
 * number), or a text's number in this staging's dictionary ({@link #code(String)}), joined back.
 *
 * <p>The temporary tables live in the connection's memory and are dropped in the caller's
 * transaction: nothing of them reaches the file, and a rollback leaves nothing behind.
 */
final class ListStaging {
    /** What the caller's INSERT reads: the unnested rows (first, second, place, code, value). */
    static final String ROWS = "{rows}";
    /** What the caller's INSERT joins for the texts of {@link #code(String)}: (code, text). */
    static final String TEXTS = "{texts}";

    private final String name;
    /** Index of each pair: first → second → pair. */
    private final Map<String, Map<String, Integer>> index = new HashMap<>();
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private int fed;

    /** Staging in temporary tables named after {@code name} (letters and underscores). */
    ListStaging(String name) {
        this.name = name;
    }

    /** One row. */
    void row(String first, String second, int code, double value) {
        Map<String, Integer> seconds = index.computeIfAbsent(first, f -> new HashMap<>());
        Integer at = seconds.get(second);
        if (at == null) {
            at = pairs.size();
            pairs.add(new Pair(first, second));
            seconds.put(second, at);
        }
        pairs.get(at).add(fed++, code, value);
    }

    /** The number of {@code text} in this staging's dictionary (joined back through {@link #TEXTS}). */
    int code(String text) {
        Integer c = codes.get(text);
        if (c == null) {
            c = texts.size();
            texts.add(text);
            codes.put(text, c);
        }
        return c;
    }

    /**
     * Runs {@code insert}, an INSERT reading the staged rows from {@link #ROWS} (ordering them by
     * place) and the dictionary from {@link #TEXTS}; nothing if no row was fed.
     */
    void insert(DuckDBConnection conn, String insert) throws SQLException {
        if (fed == 0) {
            return;
        }
        String lists = "temp.main." + name;
        String dictionary = "temp.main." + name + "_texts";
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE " + name
                    + " (first VARCHAR, second VARCHAR, places INTEGER[], codes INTEGER[], vals DOUBLE[])");
            s.execute("CREATE OR REPLACE TEMP TABLE " + name + "_texts (code INTEGER, text VARCHAR)");
            try (DuckDBAppender a = conn.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, name)) {
                for (Pair p : pairs) {
                    a.beginRow().append(p.first).append(p.second).append(Arrays.copyOf(p.places, p.size))
                            .append(Arrays.copyOf(p.codes, p.size)).append(Arrays.copyOf(p.values, p.size)).endRow();
                }
                a.flush();
            }
            try (DuckDBAppender a = conn.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, name + "_texts")) {
                for (int c = 0; c < texts.size(); c++) {
                    a.beginRow().append(c).append(texts.get(c)).endRow();
                }
                a.flush();
            }
            s.execute(insert.replace(ROWS, "(SELECT first, second, unnest(places) AS place, unnest(codes) AS code, "
                    + "unnest(vals) AS value FROM " + lists + ")").replace(TEXTS, dictionary));
            s.execute("DROP TABLE " + lists);
            s.execute("DROP TABLE " + dictionary);
        }
    }

    /** The rows of one pair of texts. */
    private static final class Pair {
        final String first;
        final String second;
        int[] places = new int[16];
        int[] codes = new int[16];
        double[] values = new double[16];
        int size;

        Pair(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void add(int place, int code, double value) {
            if (size == places.length) {
                places = Arrays.copyOf(places, 2 * size);
                codes = Arrays.copyOf(codes, 2 * size);
                values = Arrays.copyOf(values, 2 * size);
            }
            places[size] = place;
            codes[size] = code;
            values[size] = value;
            size++;
        }
    }
}

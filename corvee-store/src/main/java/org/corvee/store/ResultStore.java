package org.corvee.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.corvee.analysis.validation.SeriesTable;
import org.duckdb.DuckDBConnection;

/**
 * Results of many runs in one embedded DuckDB file.
 *
 * <p>Contract (crash safety): {@link #begin} commits the run row as 'running' before the
 * simulation starts; {@link #complete} appends all series and cohort rows and flips the row to
 * 'completed' in ONE transaction, so a reader sees either the whole run or none of its rows;
 * {@link #fail} marks it 'failed'. A process killed at any point leaves every earlier run
 * intact and its own row 'running' (shown as "incomplete") with no series rows. DuckDB lets one
 * process at a time open a file for writing, or several for reading ({@link #openReadOnly});
 * opening waits for the other process as a {@link LockWait} says, then gives up with a
 * {@link StoreException} in plain words.
 *
 * <p>Thread safety: methods are synchronized; replicates running on several threads share one
 * store and commit one after another.
 */
public final class ResultStore implements AutoCloseable {
    /** Below this much free space a failed commit is reported as a full disk. */
    private static final long DISK_FULL_BYTES = 64L << 20;

    private final Path file;
    private final DuckDBConnection conn;

    private ResultStore(Path file, DuckDBConnection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * Loads DuckDB, its driver and native library, without opening a file (the first
     * {@link #open} does it otherwise): ~0.3 s of CPU, mostly the library's relocation and the
     * driver's registration of a JFR event. A run does it on a core that would otherwise wait.
     */
    public static void load() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StoreException("cannot load DuckDB, the results database's engine (" + e + ")", e);
        }
    }

    /** Opens (creating if needed) the database file for reading and writing; fails at once if it is in use. */
    public static ResultStore open(Path file) {
        return open(file, LockWait.NONE);
    }

    /**
     * Opens (creating if needed) the database file for reading and writing, waiting as
     * {@code wait} says while another process holds it. Writers should keep it open only while
     * they write, so that readers ({@link #openReadOnly}) can read in between.
     */
    public static ResultStore open(Path file, LockWait wait) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder of database " + file + ": " + e.getMessage(), e);
        }
        return connect(file, false, wait);
    }

    /** Opens an existing database file (never creates one: a mistyped path is an error). */
    public static ResultStore openExisting(Path file) {
        requireFile(file);
        return connect(file, false, LockWait.NONE);
    }

    /**
     * Opens an existing database file read-only: several readers can read at once, and while a
     * run simulates (it holds the file only to record its start and its results).
     */
    public static ResultStore openReadOnly(Path file, LockWait wait) {
        requireFile(file);
        return connect(file, true, wait);
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no results database at " + file + " (run `corvee run` first, or pass --db PATH)");
        }
    }

    private static ResultStore connect(Path file, boolean readOnly, LockWait wait) {
        long deadline = System.nanoTime() + wait.patience().toNanos();
        boolean told = false;
        while (true) {
            try {
                return connect(file, readOnly);
            } catch (StoreException e) {
                String holder = lockHolder(e.getCause());
                if (holder == null) {
                    throw e;
                }
                String whose = "results database " + file + " is in use by another process (" + holder + ")";
                if (System.nanoTime() >= deadline) {
                    throw new StoreException(whose + (told ? ", still after " + wait.patience().toSeconds() + " s" : "")
                            + "; run this again when that process has finished writing", e.getCause());
                }
                if (!told) {
                    wait.notice().accept(whose + "; waiting up to " + wait.patience().toSeconds()
                            + " s for it to finish writing");
                    told = true;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(whose + "; interrupted while waiting", ie);
                }
            }
        }
    }

    /** "PID n" of the process holding the file if {@code e} is DuckDB's lock conflict, else null. */
    static String lockHolder(Throwable e) {
        String m = e == null ? null : e.getMessage();
        if (m == null || !(m.contains("Could not set lock") || m.contains("Conflicting lock"))) {
            return null;
        }
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
        return pid.find() ? "PID " + pid.group(1) : "another program";
    }

    private static ResultStore connect(Path file, boolean readOnly) {
        try {
            Properties props = new Properties();
            if (readOnly) {
                props.setProperty("duckdb.read_only", "true");
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
            DuckDBConnection dc = c.unwrap(DuckDBConnection.class);
            if (!readOnly) {
                Schema.create(dc);
            }
            return new ResultStore(file, dc);
        } catch (SQLException e) {
            throw new StoreException("cannot open results database " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The JDBC connection (export, tests); do not close it. */
    public Connection connection() {
        return conn;
    }

    /** A fresh batch id for a set of replicates (or one run). */
    public synchronized long newBatch() {
        return scalarLong("SELECT nextval('batch_ids')");
    }

    /** Inserts and commits the run row as 'running'; returns the run id. */
    public synchronized long begin(RunRecord r, Instant started) {
        long id = scalarLong("SELECT nextval('run_ids')");
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO runs (id, batch, replicate, scenario, scenario_hash, scenario_yaml, seed, threads, scale, "
                        + "program_version, git_commit, started, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'running')")) {
            ps.setLong(1, id);
            ps.setLong(2, r.batch());
            ps.setInt(3, r.replicate());
            ps.setString(4, r.scenario());
            ps.setString(5, r.scenarioHash());
            ps.setString(6, r.scenarioYaml());
            ps.setLong(7, r.seed());
            ps.setInt(8, r.threads());
            ps.setDouble(9, r.scale());
            ps.setString(10, r.programVersion());
            ps.setString(11, r.gitCommit());
            ps.setTimestamp(12, utc(started));
            ps.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw failure("record the start of a run", e);
        }
    }

    /** Writes every output row of run {@code id} and marks it 'completed', all in one transaction. */
    public synchronized void complete(long id, RunOutputs outputs, Instant ended, double wallSeconds) {
        try {
            conn.setAutoCommit(false);
            try {
                // A statement must run before the appenders: DuckDB's JDBC driver opens the
                // transaction lazily, and an appender used before that commits on its own.
                try (PreparedStatement ps = conn.prepareStatement("DELETE FROM series WHERE run_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                appendSeries(conn, id, outputs);
                appendCohorts(conn, id, outputs);
                outputs.beforeCommit();
                finish(id, RunStatus.COMPLETED, null, ended, wallSeconds);
                conn.commit();
            } catch (Exception e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw diskFull(id).orElseGet(() -> failure("store run " + id, e));
        } catch (RuntimeException e) {
            throw diskFull(id).orElse(e instanceof StoreException se ? se : new StoreException(e.getMessage(), e));
        } catch (Exception e) {
            throw diskFull(id).orElseGet(() -> new StoreException("cannot store run " + id + ": " + e.getMessage(), e));
        }
    }

    /**
     * A plain "disk full" failure if the disk holding the file is (nearly) full. DuckDB's own
     * message for a commit that ran out of space is "no transaction is active", which names
     * the consequence, not the cause.
     */
    private Optional<StoreException> diskFull(long id) {
        try {
            long free = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
            if (free < DISK_FULL_BYTES) {
                return Optional.of(new StoreException("results database " + file + ": cannot store run " + id
                        + ": the disk is full (" + (free >> 20) + " MiB free); free some space and run again"));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no hint then
        }
        return Optional.empty();
    }

    /**
     * Copies the rows of the runs {@code wallSeconds.keySet()} from the Parquet files written
     * for them by {@link ParquetRunFiles#write} (on any machine) into the store and marks them
     * 'completed' with their wall times, all in ONE transaction: a reader sees all of these runs
     * or none (one scan of each table for a whole batch, rather than one per run). The files stay
     * where they are.
     */
    public synchronized void completeFromParquet(Map<Long, Double> wallSeconds, ParquetRunFiles files, Instant ended) {
        if (wallSeconds.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        StringBuilder series = new StringBuilder();
        StringBuilder cohorts = new StringBuilder();
        for (long id : wallSeconds.keySet()) {
            String sep = ids.length() == 0 ? "" : ", ";
            ids.append(sep).append(id);
            series.append(sep).append(ParquetRunFiles.literal(files.series(id)));
            cohorts.append(sep).append(ParquetRunFiles.literal(files.cohorts(id)));
        }
        try {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("DELETE FROM series WHERE run_id IN (" + ids + ")");
                s.executeUpdate("DELETE FROM cohorts WHERE run_id IN (" + ids + ")");
                s.executeUpdate("INSERT INTO series SELECT run_id, month, metric, key, value FROM read_parquet(["
                        + series + "]) WHERE run_id IN (" + ids + ")");
                s.executeUpdate("INSERT INTO cohorts SELECT run_id, cohort_table, row_key, column_key, value FROM "
                        + "read_parquet([" + cohorts + "]) WHERE run_id IN (" + ids + ")");
                for (Map.Entry<Long, Double> e : wallSeconds.entrySet()) {
                    finish(e.getKey(), RunStatus.COMPLETED, null, ended, e.getValue());
                }
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("store " + wallSeconds.size() + " runs from " + files.folder(), e);
        }
    }

    /** Marks run {@code id} 'failed' with a one-line reason (its rows, if any, are not written). */
    public synchronized void fail(long id, String message, Instant ended, double wallSeconds) {
        try {
            finish(id, RunStatus.FAILED, message, ended, wallSeconds);
        } catch (SQLException e) {
            throw failure("mark run " + id + " failed", e);
        }
    }

    /**
     * Appends run {@code id}'s series rows to {@code conn}'s table series (here and in
     * {@link ParquetRunFiles}), in the order they are fed, through lists per metric and key
     * ({@link ListStaging}): row by row through DuckDB's appender this was most of a run's store
     * time (~0.5 s of ~1.1 s at scale 0.1).
     */
    static void appendSeries(DuckDBConnection conn, long id, RunOutputs outputs) throws Exception {
        ListStaging staging = new ListStaging("series_staging");
        Map<String, Integer> days = new HashMap<>();
        outputs.series((m, label, metric, key, value) -> staging.row(metric, key,
                days.computeIfAbsent(label, l -> (int) java.time.LocalDate.parse(l + "-01").toEpochDay()), value));
        staging.insert(conn, "INSERT INTO series SELECT " + id + ", CAST(DATE '1970-01-01' + code AS DATE), first, "
                + "second, value FROM " + ListStaging.ROWS + " ORDER BY place");
    }

    /** Appends run {@code id}'s cohort cells to {@code conn}'s table cohorts, in the order fed (as the series). */
    static void appendCohorts(DuckDBConnection conn, long id, RunOutputs outputs) throws Exception {
        ListStaging staging = new ListStaging("cohorts_staging");
        outputs.cohorts((table, row, column, value) -> staging.row(table, row, staging.code(column), value));
        staging.insert(conn, "INSERT INTO cohorts SELECT " + id + ", r.first, r.second, t.text, r.value FROM "
                + ListStaging.ROWS + " r JOIN " + ListStaging.TEXTS + " t ON t.code = r.code ORDER BY r.place");
    }

    private void finish(long id, RunStatus status, String message, Instant ended, double wall) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE runs SET status = ?, message = ?, ended = ?, wall_seconds = ? WHERE id = ?")) {
            ps.setString(1, status.text());
            ps.setString(2, message);
            ps.setTimestamp(3, utc(ended));
            ps.setDouble(4, wall);
            ps.setLong(5, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no run with id " + id);
            }
        }
    }

    /** Records the {@code --set} overrides run {@code id} was started with (nothing if empty). */
    public synchronized void setOverrides(long id, String overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO run_overrides VALUES (?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, overrides);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the overrides of run " + id, e);
        }
    }

    /** The overrides of every run that has some, by run id (none in a file written before they were kept). */
    public synchronized Map<Long, String> overrides() {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, overrides FROM run_overrides")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            // an older file opened read-only has no such table: no overrides recorded
        }
        return out;
    }

    /** Every run, oldest first. */
    public synchronized List<StoredRun> runs() {
        return query("SELECT * FROM runs ORDER BY id", List.of());
    }

    /** The run with this id, if stored. */
    public synchronized Optional<StoredRun> run(long id) {
        return query("SELECT * FROM runs WHERE id = ?", List.of(id)).stream().findFirst();
    }

    /** The completed runs of a batch, by replicate. */
    public synchronized List<StoredRun> completedInBatch(long batch) {
        return query("SELECT * FROM runs WHERE batch = ? AND status = 'completed' ORDER BY replicate", List.of(batch));
    }

    /** The batch of the latest completed run of a scenario, if any. */
    public synchronized Optional<Long> latestBatch(String scenario) {
        return query("SELECT * FROM runs WHERE status = 'completed' AND (? IS NULL OR scenario = ?) ORDER BY id DESC "
                + "LIMIT 1", java.util.Arrays.asList(scenario, scenario)).stream().findFirst().map(StoredRun::batch);
    }

    /** The resolved scenario YAML of a run. */
    public synchronized String scenarioYaml(long id) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT scenario_yaml FROM runs WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw failure("read run " + id, e);
        }
    }

    /** The monthly series of a run. */
    public synchronized SeriesTable series(long runId) {
        SeriesTable.Builder b = SeriesTable.builder();
        // One row per metric and key with its months and values as lists: fetching ~100k rows one
        // by one through JDBC costs about a second; a few hundred list rows cost milliseconds.
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT metric, key, list(month ORDER BY month), list(value ORDER BY month) "
                        + "FROM series WHERE run_id = ? GROUP BY metric, key ORDER BY metric, key")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                // a DATE element prints as yyyy-mm-dd (LocalDate or java.sql.Date); a run has a few
                // hundred distinct months, so each label is made once and the month lists of equal
                // content share one array (the builder then maps them once)
                Map<Object, String> labels = new HashMap<>();
                Object[] lastMonths = null;
                String[] lastLabels = null;
                while (rs.next()) {
                    String metric = rs.getString(1);
                    String key = rs.getString(2);
                    Object[] months = (Object[]) rs.getArray(3).getArray();
                    Object[] values = (Object[]) rs.getArray(4).getArray();
                    if (!Arrays.equals(months, lastMonths)) {
                        lastMonths = months;
                        lastLabels = new String[months.length];
                        for (int i = 0; i < months.length; i++) {
                            lastLabels[i] = labels.computeIfAbsent(months[i], m -> m.toString().substring(0, 7));
                        }
                    }
                    double[] vs = new double[values.length];
                    for (int i = 0; i < values.length; i++) {
                        vs[i] = ((Number) values[i]).doubleValue();
                    }
                    b.addSeries(metric, key, lastLabels, vs);
                }
            }
        } catch (SQLException e) {
            throw failure("read the series of run " + runId, e);
        }
        return b.build();
    }

    /** The cohort tables of a run: table → row key → column key → value, in stored order. */
    public synchronized Map<String, Map<String, Map<String, Double>>> cohorts(long runId) {
        Map<String, Map<String, Map<String, Double>>> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT cohort_table, row_key, column_key, value FROM cohorts WHERE run_id = ? "
                        + "ORDER BY cohort_table, row_key, TRY_CAST(column_key AS DOUBLE), column_key")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new java.util.LinkedHashMap<>())
                            .put(rs.getString(3), rs.getDouble(4));
                }
            }
        } catch (SQLException e) {
            throw failure("read the cohorts of run " + runId, e);
        }
        return out;
    }

    private List<StoredRun> query(String sql, List<Object> args) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<StoredRun> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp ended = rs.getTimestamp("ended");
                    double wall = rs.getDouble("wall_seconds");
                    Double wallOrNull = rs.wasNull() ? null : wall;
                    out.add(new StoredRun(rs.getLong("id"), rs.getLong("batch"), rs.getInt("replicate"),
                            rs.getString("scenario"), rs.getString("scenario_hash"), rs.getLong("seed"),
                            rs.getInt("threads"), rs.getDouble("scale"), rs.getString("program_version"),
                            rs.getString("git_commit"), rs.getTimestamp("started").toLocalDateTime(),
                            ended == null ? null : ended.toLocalDateTime(), wallOrNull,
                            RunStatus.of(rs.getString("status")), rs.getString("message")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read runs", e);
        }
    }

    private long scalarLong(String sql) {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    private static Timestamp utc(Instant t) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("results database " + file + ": cannot " + what + ": " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "database error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}

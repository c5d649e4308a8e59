package org.corvee.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database layout (schema version 2). Created if missing when a store is opened; every
 * statement is idempotent. {@code store_meta.schema_version} records the layout of a file: an
 * older file is migrated in place when opened (1 → 2: {@code particles} gains
 * {@code statistics}, {@code calibrations} is created), a newer one is refused.
 *
 * <ul>
 *   <li>{@code runs} — one row per run: scenario name, SHA-256 of the resolved scenario YAML and
 *       the YAML itself (reproduces the run), seed, threads, scale, program version, git commit,
 *       start/end (UTC), wall seconds, status ('running', 'completed', 'failed'), a failure
 *       message, and {@code batch}/{@code replicate}: runs started together by
 *       {@code --replicates N} share a batch (a single run is a batch of one).</li>
 *   <li>{@code series} — monthly outputs in long form: run_id, month (DATE, first day of the
 *       month), metric, key ("dimension=value;…", '' for a total), value (persons/USD of the real
 *       population, as series.csv).</li>
 *   <li>{@code cohorts} — generic cohort tables in long form: run_id, cohort_table (today only
 *       'posting_retention'), row_key (one cohort: "ceremony month site source #id", e.g.
 *       "2021-03 kaechon volunteer #4"), column_key (months on site, e.g. "36"), value (share of
 *       the cohort's arrivals still on site, as cohorts.csv).</li>
 *   <li>{@code calibrations} — one row per ABC-SMC calibration ({@code corvee calibrate}): id,
 *       output_folder (absolute), fingerprint (what a checkpoint is resumed by), scenario, scale,
 *       seed, priors ("key=prior" lines), program version, started/ended (UTC), status
 *       ('running', 'completed', 'failed') and a message (stop reason or failure).</li>
 *   <li>{@code particles} — every proposal of every stored generation of a calibration, written
 *       by {@link DatabaseParticleSink}: calibration_id, generation, particle (the proposal's
 *       number within its generation), parameters (JSON object of dotted key → value), distance,
 *       weight (normalised within the generation; NULL if not accepted), accepted (in the
 *       generation's accepted ensemble), run_id (the run that simulated it, if stored; NULL for
 *       calibrations, whose runs are not stored), statistics (JSON object of summary statistic
 *       → value, null where not computable).</li>
 *   <li>{@code run_overrides} — run_id, overrides: the {@code --set KEY=VALUE} overrides a run was
 *       started with, comma-separated (no row if none).</li>
 *   <li>{@code series_summary} (view) — per batch, month, metric and key over completed runs:
 *       replicates, mean, p05, p95 (linear-interpolated 5th/95th percentiles: the 90% band). The
 *       mean sums the runs in run-id order (a list, then its average): a parallel {@code avg}
 *       adds partial sums in whatever order threads finish, and two exports of the same data
 *       differed in the last bit.</li>
 * </ul>
 *
 * <p>No foreign keys: DuckDB checks them row by row and they would slow the bulk appends;
 * runs and their rows are only ever written by {@link ResultStore}, which keeps them consistent.
 */
final class Schema {
    static final int VERSION = 2;

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            s.execute("INSERT OR IGNORE INTO store_meta VALUES ('schema_version', '" + VERSION + "')");
            int found = version(s);
            if (found > VERSION) {
                throw new SQLException("schema version " + found + " is newer than this program's (" + VERSION
                        + "); use a newer corvee");
            }
            s.execute("CREATE SEQUENCE IF NOT EXISTS run_ids START 1");
            s.execute("CREATE SEQUENCE IF NOT EXISTS batch_ids START 1");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS runs (
                      id BIGINT PRIMARY KEY,
                      batch BIGINT NOT NULL,
                      replicate INTEGER NOT NULL,
                      scenario VARCHAR NOT NULL,
                      scenario_hash VARCHAR NOT NULL,
                      scenario_yaml VARCHAR NOT NULL,
                      seed BIGINT NOT NULL,
                      threads INTEGER NOT NULL,
                      scale DOUBLE NOT NULL,
                      program_version VARCHAR NOT NULL,
                      git_commit VARCHAR NOT NULL,
                      started TIMESTAMP NOT NULL,
                      ended TIMESTAMP,
                      wall_seconds DOUBLE,
                      status VARCHAR NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
                      message VARCHAR
                    )""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS series (
                      run_id BIGINT NOT NULL,
                      month DATE NOT NULL,
                      metric VARCHAR NOT NULL,
                      key VARCHAR NOT NULL,
                      value DOUBLE NOT NULL
                    )""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS cohorts (
                      run_id BIGINT NOT NULL,
                      cohort_table VARCHAR NOT NULL,
                      row_key VARCHAR NOT NULL,
                      column_key VARCHAR NOT NULL,
                      value DOUBLE NOT NULL
                    )""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS particles (
                      calibration_id BIGINT NOT NULL,
                      generation INTEGER NOT NULL,
                      particle INTEGER NOT NULL,
                      parameters VARCHAR NOT NULL,
                      distance DOUBLE,
                      weight DOUBLE,
                      accepted BOOLEAN NOT NULL,
                      run_id BIGINT,
                      statistics VARCHAR
                    )""");
            s.execute("CREATE SEQUENCE IF NOT EXISTS calibration_ids START 1");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS calibrations (
                      id BIGINT PRIMARY KEY,
                      output_folder VARCHAR NOT NULL,
                      fingerprint VARCHAR NOT NULL,
                      scenario VARCHAR NOT NULL,
                      scale DOUBLE NOT NULL,
                      seed BIGINT NOT NULL,
                      priors VARCHAR NOT NULL,
                      program_version VARCHAR NOT NULL,
                      started TIMESTAMP NOT NULL,
                      ended TIMESTAMP,
                      status VARCHAR NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
                      message VARCHAR
                    )""");
            // the --set overrides of a run, for the run list and comparisons ('' if none); its own
            // table so that readers of older files simply find none
            s.execute("CREATE TABLE IF NOT EXISTS run_overrides (run_id BIGINT PRIMARY KEY, overrides VARCHAR NOT NULL)");
            if (found < 2) {
                // version 1 had particles without statistics (and nothing wrote it)
                s.execute("ALTER TABLE particles ADD COLUMN IF NOT EXISTS statistics VARCHAR");
            }
            s.execute("""
                    CREATE OR REPLACE VIEW series_summary AS
                    SELECT r.batch, any_value(r.scenario) AS scenario, s.month, s.metric, s.key,
                           count(*) AS replicates, list_avg(list(s.value ORDER BY r.id)) AS mean,
                           quantile_cont(s.value, 0.05) AS p05, quantile_cont(s.value, 0.95) AS p95
                    FROM series s JOIN runs r ON r.id = s.run_id
                    WHERE r.status = 'completed'
                    GROUP BY r.batch, s.month, s.metric, s.key""");
            s.execute("UPDATE store_meta SET value = '" + VERSION + "' WHERE key = 'schema_version'");
        }
    }

    private static int version(Statement s) throws SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
            if (!rs.next()) {
                throw new SQLException("store_meta has no schema_version");
            }
            try {
                return Integer.parseInt(rs.getString(1).trim());
            } catch (NumberFormatException e) {
                throw new SQLException("unreadable schema version \"" + rs.getString(1) + "\"");
            }
        }
    }
}

package org.corvee.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.corvee.analysis.abc.Generation;
import org.corvee.analysis.abc.ParticleSink;
import org.corvee.analysis.abc.Proposal;
import org.corvee.analysis.experiment.ParameterPrior;

/**
 * Stores a calibration in the results database: one {@code calibrations} row, and in
 * {@code particles} every proposal of every generation (see {@link Schema} for the columns).
 *
 * <p>Contract ({@link ParticleSink}): {@link #generation} writes all proposals of a generation
 * in ONE transaction (replacing any rows of that generation), so a reader, and a calibration
 * killed at any point, sees whole generations only; {@link #resumeAfter} deletes this
 * calibration's rows of later generations, which a kill between storing a generation and
 * writing its checkpoint leaves behind. A row is accepted iff its proposal is in the
 * generation's accepted ensemble; its weight is then the normalised weight (the accepted
 * rows of a generation sum to 1), otherwise NULL.
 *
 * <p>Identity across {@code --resume}: a fresh start ({@code resumeAfter(-1)}) always
 * registers a new calibration. A resume finds its row again by output folder (absolute,
 * normalised) and fingerprint, the newest if several match. The output folder is what
 * {@code --resume} names, and it holds one calibration at a time ({@code corvee calibrate}
 * refuses to start a second one over a checkpoint), so the pair is unique for a live
 * calibration; an older row of the same folder (a folder emptied and reused) is left alone.
 * The id is not kept in the checkpoint, which stays independent of any database: the same
 * calibration can be resumed into the database it started with by naming it again. A resume
 * that finds no row (the database is another file than at the start, or was made by a program
 * without this sink) registers a new calibration holding the generations from then on, and
 * {@link #missingEarlierGenerations} says so; the CSV files still hold every generation.
 *
 * <p>The sink owns the store: {@link #close} closes it. The status column starts 'running';
 * {@link #complete} and {@link #fail} end it; a killed calibration stays 'running'.
 * Thread safety: every method holds the store's lock, like {@link ResultExport}.
 */
public final class DatabaseParticleSink implements ParticleSink {
    private final ResultStore store;
    private final CalibrationRecord record;
    private final ObjectMapper json = new ObjectMapper();
    private long id = -1;
    private boolean missingEarlier;

    /** A sink writing the calibration {@code record} to {@code store}, which it closes on {@link #close}. */
    public DatabaseParticleSink(ResultStore store, CalibrationRecord record) {
        this.store = store;
        this.record = record;
    }

    /** The calibration's id in the database (known after {@link #resumeAfter}). */
    public long calibrationId() {
        if (id < 0) {
            throw new IllegalStateException("resumeAfter has not been called");
        }
        return id;
    }

    /** True if a resume found no earlier row: generations before the resume are not in this database. */
    public boolean missingEarlierGenerations() {
        return missingEarlier;
    }

    @Override
    public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
        synchronized (store) {
            inTransaction("prepare calibration of " + record.folderText(), c -> {
                long found = generation < 0 ? -1 : find(c);
                missingEarlier = generation >= 0 && found < 0;
                id = found >= 0 ? found : register(c);
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM particles WHERE calibration_id = ? AND generation > ?")) {
                    ps.setLong(1, id);
                    ps.setInt(2, generation);
                    ps.executeUpdate();
                }
                setStatus(c, RunStatus.RUNNING, null, null);
            });
        }
    }

    @Override
    public void generation(Generation g, List<Proposal> proposals, List<ParameterPrior> priors) {
        long cal = calibrationId();
        synchronized (store) {
            inTransaction("store generation " + g.index() + " of calibration " + cal, c -> {
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM particles WHERE calibration_id = ? AND generation = ?")) {
                    del.setLong(1, cal);
                    del.setInt(2, g.index());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO particles (calibration_id, generation, "
                        + "particle, parameters, distance, weight, accepted, run_id, statistics) "
                        + "VALUES (?,?,?,?,?,?,?,NULL,?)")) {
                    for (Proposal p : proposals) {
                        ps.setLong(1, cal);
                        ps.setInt(2, p.generation());
                        ps.setInt(3, p.number());
                        ps.setString(4, parameters(priors, p.values()));
                        setDouble(ps, 5, p.distance());
                        setDouble(ps, 6, p.accepted() ? p.weight() : Double.NaN);
                        ps.setBoolean(7, p.accepted());
                        ps.setString(8, object(g.statNames(), p.stats()));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
    }

    /** Marks the calibration 'completed' with the reason it stopped. */
    public void complete(String stopReason) {
        end(RunStatus.COMPLETED, stopReason);
    }

    /** Marks the calibration 'failed' with a one-line reason (nothing if it was never registered). */
    public void fail(String reason) {
        end(RunStatus.FAILED, reason);
    }

    private void end(RunStatus status, String message) {
        if (id < 0) {
            return; // nothing registered yet (the calibration failed before its first store)
        }
        synchronized (store) {
            inTransaction("mark calibration " + id + " " + status.text(), c ->
                    setStatus(c, status, message, Instant.now()));
        }
    }

    @Override
    public void close() {
        store.close();
    }

    private long find(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM calibrations WHERE output_folder = ? "
                + "AND fingerprint = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, record.folderText());
            ps.setString(2, record.fingerprint());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private long register(Connection c) throws SQLException {
        long next;
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('calibration_ids')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO calibrations (id, output_folder, fingerprint, "
                + "scenario, scale, seed, priors, program_version, started, status) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, next);
            ps.setString(2, record.folderText());
            ps.setString(3, record.fingerprint());
            ps.setString(4, record.scenario());
            ps.setDouble(5, record.scale());
            ps.setLong(6, record.seed());
            ps.setString(7, record.priors());
            ps.setString(8, record.programVersion());
            ps.setTimestamp(9, utc(Instant.now()));
            ps.setString(10, RunStatus.RUNNING.text());
            ps.executeUpdate();
        }
        return next;
    }

    private void setStatus(Connection c, RunStatus status, String message, Instant ended) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE calibrations SET status = ?, message = ?, ended = ? WHERE id = ?")) {
            ps.setString(1, status.text());
            ps.setString(2, message);
            ps.setTimestamp(3, ended == null ? null : utc(ended));
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** A JSON object of dotted parameter key → value, in the priors' order. */
    private String parameters(List<ParameterPrior> priors, double[] values) throws SQLException {
        return object(priors.stream().map(ParameterPrior::key).toList(), values);
    }

    /** A JSON object of name → value, null where the value is not finite. */
    private String object(List<String> names, double[] values) throws SQLException {
        ObjectNode o = json.createObjectNode();
        for (int k = 0; k < names.size(); k++) {
            if (Double.isFinite(values[k])) {
                o.put(names.get(k), values[k]);
            } else {
                o.putNull(names.get(k));
            }
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write a particle as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.DOUBLE);
        }
    }

    private static Timestamp utc(Instant t) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        Connection c = store.connection();
        try {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("results database " + store.file() + ": cannot " + what + ": "
                    + ResultStore.firstLine(e.getMessage()), e);
        }
    }
}

package org.corvee.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;

/**
 * Articles and their claims in the results database ({@link EvidenceSchema}), beside the runs.
 *
 * <p>Contract: {@link #add} writes an article and all its claims in one transaction (a crash
 * leaves neither); an article whose text hash or non-empty URL is already held is not added
 * again. Review changes one claim row at a time. Not thread-safe (one command uses it).
 */
public final class EvidenceStore {
    private final Connection conn;

    /** Opens the evidence tables in {@code store}'s database, creating them if needed. */
    public EvidenceStore(ResultStore store) {
        this.conn = store.connection();
        try {
            EvidenceSchema.create(conn);
        } catch (SQLException e) {
            throw new StoreException("cannot open the evidence tables of " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** The id of a held article with the same text hash or the same (non-empty) URL, if any. */
    public Optional<StoredArticle> held(Article a) {
        List<StoredArticle> found = articles("WHERE a.sha256 = ? OR (a.url <> '' AND a.url = ?)", a.sha256(), a.url());
        return found.stream().findFirst();
    }

    /** Stores {@code a} and its claims in one transaction; returns the article id. */
    public long add(Article a, List<Claim> claims, Instant added) {
        try {
            conn.setAutoCommit(false);
            try {
                long id = next("article_ids");
                try (PreparedStatement ps = conn.prepareStatement(
                        "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, a.sha256());
                    ps.setString(3, a.url());
                    ps.setString(4, a.title());
                    ps.setString(5, a.publisher());
                    ps.setObject(6, a.published());
                    ps.setString(7, a.format());
                    ps.setString(8, a.origin());
                    ps.setString(9, a.basis());
                    ps.setTimestamp(10, Timestamp.valueOf(added.atOffset(ZoneOffset.UTC).toLocalDateTime()));
                    ps.setString(11, a.text());
                    ps.executeUpdate();
                }
                for (Claim c : claims) {
                    insert(next("claim_ids"), id, c);
                }
                conn.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.origin() + ": " + e.getMessage(), e);
        }
    }

    private void insert(long id, long articleId, Claim c) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO claims VALUES "
                + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)")) {
            int i = 1;
            ps.setLong(i++, id);
            ps.setLong(i++, articleId);
            ps.setString(i++, c.kind().id());
            ps.setString(i++, c.text());
            ps.setInt(i++, c.start());
            ps.setInt(i++, c.end());
            ps.setString(i++, c.sentence());
            ps.setInt(i++, c.sentenceStart());
            ps.setObject(i++, Double.isNaN(c.value()) ? null : c.value());
            ps.setDouble(i++, c.low());
            ps.setObject(i++, Double.isInfinite(c.high()) ? null : c.high());
            ps.setString(i++, c.unit());
            ps.setString(i++, c.hedge().id());
            ps.setString(i++, c.counted());
            ps.setString(i++, c.period().from());
            ps.setString(i++, c.period().to());
            ps.setString(i++, c.period().basis());
            ps.setString(i++, c.place());
            ps.setString(i++, c.host());
            ps.setString(i++, c.province());
            ps.setString(i++, c.attribution().who());
            ps.setString(i++, c.attribution().kind());
            ps.setString(i++, c.attribution().basis());
            ps.setString(i++, c.quantity());
            ps.setString(i++, c.status());
            ps.setString(i++, c.grade());
            ps.setString(i++, c.note());
            ps.setBoolean(i, false);
            ps.executeUpdate();
        }
    }

    /** Every article, oldest first. */
    public List<StoredArticle> articles() {
        return articles("");
    }

    /** The article with this id. */
    public Optional<StoredArticle> article(long id) {
        return articles("WHERE a.id = ?", id).stream().findFirst();
    }

    private List<StoredArticle> articles(String where, Object... args) {
        String sql = "SELECT a.*, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS n FROM articles a "
                + where + " ORDER BY a.id";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<StoredArticle> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Article a = new Article(rs.getString("title"), rs.getString("publisher"),
                            rs.getObject("published", java.time.LocalDate.class), rs.getString("url"),
                            rs.getString("text"), rs.getString("sha256"), rs.getString("origin"),
                            rs.getString("format"), rs.getString("basis"));
                    out.add(new StoredArticle(rs.getLong("id"), a,
                            rs.getTimestamp("added").toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getInt("n")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read articles: " + e.getMessage(), e);
        }
    }

    /** Claims, oldest first, filtered by a SQL condition on the claims table (or "" for all). */
    public List<Claim> claims(String condition, Object... args) {
        String sql = "SELECT * FROM claims" + (condition.isEmpty() ? "" : " WHERE " + condition) + " ORDER BY id";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Claim> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(claim(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read claims: " + e.getMessage(), e);
        }
    }

    /** The claim with this id. */
    public Optional<Claim> claim(long id) {
        return claims("id = ?", id).stream().findFirst();
    }

    /** Writes a reviewed (and possibly edited) claim back. */
    public void update(Claim c, boolean edited, Instant when) {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE claims SET status = ?, grade = ?, note = ?, value = ?, "
                + "low = ?, high = ?, quantity = ?, period_from = ?, period_to = ?, period_basis = ?, host = ?, "
                + "edited = edited OR ?, reviewed = ? WHERE id = ?")) {
            ps.setString(1, c.status());
            ps.setString(2, c.grade());
            ps.setString(3, c.note());
            ps.setObject(4, Double.isNaN(c.value()) ? null : c.value());
            ps.setDouble(5, c.low());
            ps.setObject(6, Double.isInfinite(c.high()) ? null : c.high());
            ps.setString(7, c.quantity());
            ps.setString(8, c.period().from());
            ps.setString(9, c.period().to());
            ps.setString(10, c.period().basis());
            ps.setString(11, c.host());
            ps.setBoolean(12, edited);
            ps.setTimestamp(13, Timestamp.valueOf(when.atOffset(ZoneOffset.UTC).toLocalDateTime()));
            ps.setLong(14, c.id());
            if (ps.executeUpdate() != 1) {
                throw new StoreException("no claim with id " + c.id());
            }
        } catch (SQLException e) {
            throw new StoreException("cannot update claim " + c.id() + ": " + e.getMessage(), e);
        }
    }

    private Claim claim(ResultSet rs) throws SQLException {
        Object v = rs.getObject("value");
        Object hi = rs.getObject("high");
        return new Claim(rs.getLong("id"), rs.getLong("article_id"), ClaimKind.of(rs.getString("kind")),
                rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("sentence"),
                rs.getInt("sentence_start"), v == null ? Double.NaN : ((Number) v).doubleValue(), rs.getDouble("low"),
                hi == null ? Double.POSITIVE_INFINITY : ((Number) hi).doubleValue(), rs.getString("unit"),
                Hedge.of(rs.getString("hedge")), rs.getString("counted"),
                new Period(rs.getString("period_from"), rs.getString("period_to"), rs.getString("period_basis")),
                rs.getString("place"), rs.getString("host"), rs.getString("province"),
                new Attribution(rs.getString("attribution"), rs.getString("attribution_kind"),
                        rs.getString("attribution_basis")), rs.getString("quantity"), rs.getString("status"),
                rs.getString("grade"), rs.getString("note"));
    }

    private long next(String sequence) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT nextval('" + sequence + "')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

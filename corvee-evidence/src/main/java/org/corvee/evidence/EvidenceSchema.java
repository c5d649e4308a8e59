package org.corvee.evidence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The evidence tables in the results database (evidence schema version 1), kept apart from the
 * run tables' version ({@code store_meta.schema_version}) so that the store and the evidence
 * evolve independently: {@code store_meta.evidence_schema_version} records this layout; tables
 * are created if missing (every statement idempotent); a newer version is refused; an older one
 * would be migrated here in place, as the store does for its own tables.
 *
 * <ul>
 *   <li>{@code articles} — id, sha256 (of the text, unique), url (canonical; an article with the
 *       same URL is not added twice), title, publisher, published (DATE), format (html, text, rss,
 *       atom), origin (file, "#item N" for a feed item), basis (where the metadata came from),
 *       added (UTC), text (the article's text: claim offsets point into it).</li>
 *   <li>{@code claims} — id, article_id, kind (count, share, money, duration), text, start_offset
 *       and end_offset (in the article's text), sentence, sentence_start, value, low, high (NULL
 *       = open), unit, hedge, counted, period_from, period_to (YYYY-MM), period_basis, place,
 *       host, province, attribution, attribution_kind, attribution_basis, quantity (lexicon id or
 *       ''), status (pending, accepted, rejected), grade, note, edited (the reviewer changed the
 *       value, quantity or period), reviewed (UTC).</li>
 * </ul>
 */
final class EvidenceSchema {
    static final int VERSION = 1;
    private static final String KEY = "evidence_schema_version";

    private EvidenceSchema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            s.execute("INSERT OR IGNORE INTO store_meta VALUES ('" + KEY + "', '" + VERSION + "')");
            int found = version(s);
            if (found > VERSION) {
                throw new SQLException("evidence schema version " + found + " is newer than this program's ("
                        + VERSION + "); use a newer corvee");
            }
            s.execute("CREATE SEQUENCE IF NOT EXISTS article_ids START 1");
            s.execute("CREATE SEQUENCE IF NOT EXISTS claim_ids START 1");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS articles (
                      id BIGINT PRIMARY KEY,
                      sha256 VARCHAR NOT NULL UNIQUE,
                      url VARCHAR NOT NULL,
                      title VARCHAR NOT NULL,
                      publisher VARCHAR NOT NULL,
                      published DATE NOT NULL,
                      format VARCHAR NOT NULL,
                      origin VARCHAR NOT NULL,
                      basis VARCHAR NOT NULL,
                      added TIMESTAMP NOT NULL,
                      text VARCHAR NOT NULL
                    )""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS claims (
                      id BIGINT PRIMARY KEY,
                      article_id BIGINT NOT NULL,
                      kind VARCHAR NOT NULL,
                      text VARCHAR NOT NULL,
                      start_offset INTEGER NOT NULL,
                      end_offset INTEGER NOT NULL,
                      sentence VARCHAR NOT NULL,
                      sentence_start INTEGER NOT NULL,
                      value DOUBLE,
                      low DOUBLE NOT NULL,
                      high DOUBLE,
                      unit VARCHAR NOT NULL,
                      hedge VARCHAR NOT NULL,
                      counted VARCHAR NOT NULL,
                      period_from VARCHAR NOT NULL,
                      period_to VARCHAR NOT NULL,
                      period_basis VARCHAR NOT NULL,
                      place VARCHAR NOT NULL,
                      host VARCHAR NOT NULL,
                      province VARCHAR NOT NULL,
                      attribution VARCHAR NOT NULL,
                      attribution_kind VARCHAR NOT NULL,
                      attribution_basis VARCHAR NOT NULL,
                      quantity VARCHAR NOT NULL,
                      status VARCHAR NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
                      grade VARCHAR NOT NULL,
                      note VARCHAR NOT NULL,
                      edited BOOLEAN NOT NULL,
                      reviewed TIMESTAMP
                    )""");
            s.execute("UPDATE store_meta SET value = '" + VERSION + "' WHERE key = '" + KEY + "'");
        }
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = '" + KEY + "'")) {
            if (!rs.next()) {
                throw new SQLException("store_meta has no " + KEY);
            }
            try {
                return Integer.parseInt(rs.getString(1).trim());
            } catch (NumberFormatException e) {
                throw new SQLException("unreadable evidence schema version \"" + rs.getString(1) + "\"");
            }
        }
    }
}

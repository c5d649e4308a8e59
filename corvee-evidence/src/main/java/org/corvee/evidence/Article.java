package org.corvee.evidence;

import java.time.LocalDate;

/**
 * One article as read from a file: its metadata, its plain text (the text claims are found in
 * and their offsets refer to) and where it came from.
 *
 * <p>Invariant: {@code text} is not blank; {@code published} is not null (an article without a
 * date cannot anchor "recently" or "over the past three years", so it is refused when read);
 * {@code sha256} is the lower-case hex SHA-256 of {@code text} in UTF-8. {@code url},
 * {@code title} and {@code publisher} may be empty, never null.
 *
 * @param origin   the file, with "#item N" for the N-th item (from 1) of a feed
 * @param format   "html", "text", "rss" or "atom"
 * @param basis    where the metadata came from, e.g. "title: og:title; published: article:published_time"
 */
public record Article(String title, String publisher, LocalDate published, String url, String text, String sha256,
                      String origin, String format, String basis) {
    public Article {
        title = title == null ? "" : title.strip();
        publisher = publisher == null ? "" : publisher.strip();
        url = url == null ? "" : url.strip();
        basis = basis == null ? "" : basis;
    }

    /** An article whose hash is computed from its text. */
    public static Article of(ArticleMetadata m, String text, String origin, String format, String basis) {
        return new Article(m.title(), m.publisher(), m.published(), m.url(), text, Sha256.hex(text), origin, format,
                basis);
    }
}

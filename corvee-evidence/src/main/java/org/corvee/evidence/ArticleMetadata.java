package org.corvee.evidence;

import java.time.LocalDate;

/**
 * Title, publisher, publication date and canonical URL of an article. Any field may be null
 * (unknown); {@link #orElse} fills the unknown fields from another source, so metadata given on
 * the command line ({@code --published}, …) can complete a page that lacks it without
 * overriding what the page says.
 */
public record ArticleMetadata(String title, String publisher, LocalDate published, String url) {
    /** Nothing known. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** These fields, with the unknown (null or blank) ones taken from {@code other}. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(pick(title, other.title), pick(publisher, other.publisher),
                published != null ? published : other.published, pick(url, other.url));
    }

    private static String pick(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}

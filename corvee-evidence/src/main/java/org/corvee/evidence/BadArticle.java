package org.corvee.evidence;

/**
 * An input file (or one item of a feed) that cannot be read as an article: a binary file, an
 * empty page, a page without a date, broken feed XML. The message is one line that names the
 * file (and line or item where known) and says what was expected.
 */
public final class BadArticle extends Exception {
    private static final long serialVersionUID = 1L;

    public BadArticle(String message) {
        super(message);
    }
}

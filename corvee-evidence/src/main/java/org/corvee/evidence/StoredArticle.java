package org.corvee.evidence;

import java.time.Instant;

/** An article as held in the database: its id, when it was added, and how many claims it has. */
public record StoredArticle(long id, Article article, Instant added, int claims) {
}

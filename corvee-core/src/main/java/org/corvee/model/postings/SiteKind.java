package org.corvee.model.postings;

/** What a hardship site produces (DP2). */
public enum SiteKind {
    MINE, FARM, FISHERY
}

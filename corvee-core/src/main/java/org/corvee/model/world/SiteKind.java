package org.corvee.model.world;


/** What a hardship site produces (DP2). */
public enum SiteKind {
    MINE, FARM, FISHERY
}

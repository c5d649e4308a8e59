package org.corvee.analysis.targets;

import java.util.Locale;

/**
 * What kind of evidence a target is (MODEL.md, "Inputs, checks, patterns"): a consistency check
 * follows from the model's inputs by arithmetic and shows only that the bookkeeping is right; a
 * pattern must emerge from rules whose numbers come from elsewhere. Only patterns enter the
 * calibration distance and the validation claim.
 */
public enum TargetKind {
    /** Follows from inputs by arithmetic (e.g. a pay split from the shares it was given). */
    CONSISTENCY,
    /** Must emerge from the rules (e.g. the capital's falling share). */
    PATTERN;

    /** The file's word: consistency or pattern. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses consistency or pattern; null if neither. */
    public static TargetKind parse(String s) {
        for (TargetKind k : values()) {
            if (k.id().equals(s.trim())) {
                return k;
            }
        }
        return null;
    }
}

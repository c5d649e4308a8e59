package org.corvee.report;

/** Colours distinguishable with common colour-vision deficiencies (Okabe & Ito 2008). */
final class Palette {
    private static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
        "#000000", "#F0E442"};

    private Palette() {
    }

    /** The i-th colour (cycling). */
    static String colour(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }
}

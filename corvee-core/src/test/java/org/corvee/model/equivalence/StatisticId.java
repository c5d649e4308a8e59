package org.corvee.model.equivalence;

/** One compared statistic: a metric or ratio, one of its keys (or the total), and a period. */
record StatisticId(String series, String key, String period) {
    String text() {
        return series + "[" + key + "]@" + period;
    }
}

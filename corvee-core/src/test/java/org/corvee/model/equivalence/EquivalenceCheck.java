package org.corvee.model.equivalence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;

/**
 * Compares an ensemble of replicates against a reference ensemble, statistic by statistic.
 *
 * <p><b>Per statistic:</b> it fails when |mean_now − mean_ref| &gt; 3·sqrt(SE_now² + SE_ref²) +
 * floor, with floor = 10⁻⁹·max(1, |mean_ref|). A statistic exactly constant across the seeds of
 * both sides (a policy schedule, a structural zero) is an exact check: it must stay equal up to
 * that floor, and any failure of it counts against the test with no allowance (chance cannot
 * move a constant). Statistics undefined (NaN) in all but one replicate of either side are
 * skipped and counted.
 *
 * <p><b>Multiple comparisons:</b> with thousands of statistics at 3 SE some fail by chance even
 * when nothing changed. Under the null the standardised difference is close to a Student t with
 * ~58 degrees of freedom (30 + 30 replicates), whose two-sided tail beyond 3 is 0.0039; we take
 * a per-statistic false-alarm rate {@value #FALSE_ALARM_RATE} (rounded up for the heavier tails
 * of rare-event counts at small scale) and allow the number of failures K that a
 * Binomial(checked, {@value #FALSE_ALARM_RATE}) exceeds with probability at most
 * {@value #FAMILY_RISK}. Statistics of one run are positively correlated, which makes the count
 * of false alarms more variable than a binomial; the margin is checked empirically by comparing
 * two disjoint seed sets of the same code (see DistributionEquivalenceTest).
 *
 * <p><b>Gross deviations:</b> a change that moves a few statistics far (a 20% higher talk
 * probability moves the first-hand accounts by 20 SE but only ~20 statistics in all) hides in
 * that allowance, so any statistic beyond {@value #GROSS_Z} SE fails outright. Under the null a
 * t with 58 degrees of freedom exceeds 6 with probability ~10⁻⁷, so over ~4,000 statistics the
 * family risk stays below 10⁻³.
 *
 * <p><b>Headline statistics</b> (T1-like capital share, workers abroad, informed, defections,
 * postings retention, mean belief) also get a two-sample Kolmogorov–Smirnov test over the
 * replicates' values, Bonferroni-corrected: each fails at p &lt; {@value #KS_FAMILY_ALPHA} /
 * (number of headlines).
 */
final class EquivalenceCheck {
    static final double FALSE_ALARM_RATE = 0.005;
    static final double FAMILY_RISK = 0.001;
    static final double KS_FAMILY_ALPHA = 0.01;
    static final double Z = 3.0;
    static final double GROSS_Z = 6.0;

    /** The whole-run statistics that also get a distribution (KS) test. */
    static final List<StatisticId> HEADLINES = List.of(
            new StatisticId("capital_share", SeriesStatistics.TOTAL, SeriesStatistics.RUN),
            new StatisticId("workers_abroad", SeriesStatistics.TOTAL, SeriesStatistics.RUN),
            new StatisticId("informed", SeriesStatistics.TOTAL, SeriesStatistics.RUN),
            new StatisticId("defections", SeriesStatistics.TOTAL, SeriesStatistics.RUN),
            new StatisticId("posting_retention", SeriesStatistics.TOTAL, SeriesStatistics.RUN),
            new StatisticId("belief_mean", SeriesStatistics.TOTAL, SeriesStatistics.RUN));

    private EquivalenceCheck() {
    }

    /** One statistic outside its band, or one headline whose distribution differs. */
    record Failure(StatisticId id, String why) {
    }

    /** The outcome: failures of the mean test, the allowance, KS failures, skipped and new statistics. */
    record Result(int checked, int exact, int skipped, List<Failure> meanFailures, int allowed, double maxZ,
                  List<Failure> exactFailures, List<Failure> ksFailures, List<StatisticId> missing,
                  List<StatisticId> added) {
        boolean passed() {
            return meanFailures.size() <= allowed && maxZ <= GROSS_Z && exactFailures.isEmpty()
                    && ksFailures.isEmpty() && missing.isEmpty();
        }

        String summary() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d varying statistics checked, %d outside mean ± %.0f SE (allowed %d), largest |z| %.2f"
                            + " (limit %.0f); %d constant statistics, %d changed; %d skipped (undefined in most seeds);"
                            + " %d headline KS failures; %d missing; %d new (unchecked)%n",
                    checked, meanFailures.size(), Z, allowed, maxZ, GROSS_Z, exact, exactFailures.size(), skipped,
                    ksFailures.size(), missing.size(), added.size()));
            exactFailures.stream().limit(20).forEach(f -> b.append("  constant ").append(f.id().text()).append(": ")
                    .append(f.why()).append('\n'));
            meanFailures.stream().limit(40).forEach(f -> b.append("  ").append(f.id().text()).append(": ")
                    .append(f.why()).append('\n'));
            ksFailures.forEach(f -> b.append("  KS ").append(f.id().text()).append(": ").append(f.why()).append('\n'));
            missing.stream().limit(20).forEach(id -> b.append("  missing ").append(id.text()).append('\n'));
            added.stream().limit(20).forEach(id -> b.append("  new ").append(id.text()).append('\n'));
            return b.toString();
        }
    }

    static Result compare(Map<StatisticId, Moments> reference, Map<StatisticId, double[]> referenceHeadlines,
                          SeedEnsemble now) {
        Map<StatisticId, Moments> current = now.moments();
        List<Failure> failures = new ArrayList<>();
        List<Failure> exactFailures = new ArrayList<>();
        List<StatisticId> missing = new ArrayList<>();
        int checked = 0;
        int exact = 0;
        double maxZ = 0;
        int skipped = 0;
        for (Map.Entry<StatisticId, Moments> e : reference.entrySet()) {
            Moments ref = e.getValue();
            Moments cur = current.get(e.getKey());
            if (cur == null) {
                missing.add(e.getKey());
                continue;
            }
            if (ref.n() < 2 || cur.n() < 2) {
                skipped++;
                continue;
            }
            boolean constant = cur.se() == 0 && ref.se() == 0;
            double diff = Math.abs(cur.mean() - ref.mean());
            if (constant) {
                exact++;
            } else {
                checked++;
                maxZ = Math.max(maxZ, diff / Math.hypot(cur.se(), ref.se()));
            }
            double tolerance = Z * Math.hypot(cur.se(), ref.se()) + 1e-9 * Math.max(1, Math.abs(ref.mean()));
            if (diff > tolerance) {
                (constant ? exactFailures : failures).add(new Failure(e.getKey(), String.format(Locale.ROOT,
                        "now %.6g ± %.3g (n=%d), reference %.6g ± %.3g (n=%d), |diff| %.3g > %.3g",
                        cur.mean(), cur.se(), cur.n(), ref.mean(), ref.se(), ref.n(), diff, tolerance)));
            }
        }
        List<StatisticId> added = current.keySet().stream().filter(id -> !reference.containsKey(id)).toList();
        List<Failure> ks = new ArrayList<>();
        double alpha = KS_FAMILY_ALPHA / HEADLINES.size();
        for (StatisticId id : HEADLINES) {
            double[] ref = defined(referenceHeadlines.get(id));
            double[] cur = defined(now.values().get(id));
            if (ref.length < 2 || cur.length < 2) {
                ks.add(new Failure(id, "headline undefined (reference " + ref.length + ", now " + cur.length
                        + " defined replicates)"));
                continue;
            }
            double p = KolmogorovSmirnovTest.withDefaults().test(cur, ref).getPValue();
            if (p < alpha) {
                ks.add(new Failure(id, String.format(Locale.ROOT, "p = %.3g < %.3g", p, alpha)));
            }
        }
        return new Result(checked, exact, skipped, failures, allowedFailures(checked, FALSE_ALARM_RATE, FAMILY_RISK),
                maxZ, exactFailures, ks, missing, added);
    }

    private static double[] defined(double[] v) {
        if (v == null) {
            return new double[0];
        }
        return java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    /** Smallest k with P(Binomial(n, q) &gt; k) ≤ risk. */
    static int allowedFailures(int n, double q, double risk) {
        double logPmf = n * Math.log1p(-q); // P(X = 0)
        double cdf = Math.exp(logPmf);
        int k = 0;
        while (1 - cdf > risk && k < n) {
            logPmf += Math.log((double) (n - k) / (k + 1)) + Math.log(q) - Math.log1p(-q);
            k++;
            cdf += Math.exp(logPmf);
        }
        return k;
    }
}

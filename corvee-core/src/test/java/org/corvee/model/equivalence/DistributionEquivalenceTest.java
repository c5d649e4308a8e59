package org.corvee.model.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Distribution equivalence (issue 15: "same model, same distributions; results may change in
 * their random draws only"): 30 replicates of the baseline at scale 0.01 (2010–2030, seeds
 * {@code ReplicateSeeds.of(1, k)} as {@code corvee run --replicates 30 --seed 1} uses) are
 * summarised into every metric's and ratio's whole-run mean and reference-year means, per key
 * and in total ({@link SeriesStatistics}), and compared with the committed reference
 * {@code src/test/resources/org/corvee/golden/distribution-*.csv} by mean ± 3 SE with a binomial
 * allowance for false alarms and KS tests on headline statistics ({@link EquivalenceCheck}).
 *
 * <p>Unlike {@code GoldenSeriesTest}, which pins the exact draws, this test passes when a
 * change only reshuffles the random draws (a new order of draws, thinning) and fails when it
 * moves a distribution. A change of results on purpose needs a new reference, made from the
 * changed code and committed with it:
 * {@code mvn -B -pl corvee-core -am test -Dtest=DistributionEquivalenceTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddistribution.update=true}.
 * {@code -Ddistribution.base=N} reruns the check with replicates of base seed N instead of 1
 * (fresh draws of the same code: the measured null behaviour of the check), and
 * {@code -Ddistribution.set=key=value} with one parameter changed (the check's power for a
 * change of the model; the test then reports and expects a failure).
 */
class DistributionEquivalenceTest {
    static final int REPLICATES = 30;
    private static final String MOMENTS = "/org/corvee/golden/distribution-moments.csv";
    private static final String HEADLINES = "/org/corvee/golden/distribution-headlines.csv";
    private static final Path SOURCE = Path.of("src/test/resources/org/corvee/golden");

    static Parameters baseline(double scale) {
        return ParameterCatalog.load().defaults().with("run.scale", scale);
    }

    @Test
    void baselineDistributionsMatchTheReference() throws IOException {
        long base = Long.getLong("distribution.base", 1L);
        String set = System.getProperty("distribution.set", "");
        Parameters scenario = baseline(0.01);
        if (!set.isEmpty()) {
            int eq = set.indexOf('=');
            scenario = scenario.with(set.substring(0, eq), Double.parseDouble(set.substring(eq + 1)));
        }
        SeedEnsemble now = SeedEnsemble.run(scenario, base, REPLICATES);
        if (Boolean.getBoolean("distribution.update")) {
            ReferenceFile.write(now, SOURCE.resolve("distribution-moments.csv"),
                    SOURCE.resolve("distribution-headlines.csv"));
            return;
        }
        Map<StatisticId, Moments> reference = ReferenceFile.readMoments(MOMENTS);
        EquivalenceCheck.Result r = EquivalenceCheck.compare(reference, ReferenceFile.readHeadlines(HEADLINES), now);
        System.out.print(r.summary());
        assertThat(r.checked() + r.exact()).as("statistics compared").isGreaterThan(reference.size() * 9 / 10);
        if (!set.isEmpty()) {
            assertThat(r.passed()).as("with %s the check should fail%n%s", set, r.summary()).isFalse();
            return;
        }
        assertThat(r.passed()).as("the baseline's distributions moved; if on purpose, see the class comment%n%s",
                r.summary()).isTrue();
    }
}

package org.corvee.model.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution-equivalence check can fail, and does not fail by chance: on a cheaper setting
 * than the real test (scale 0.002, 2010–2018, still 30 replicates a side), fresh draws of the
 * same model (another base seed) pass against a reference ensemble, and the same fresh draws of
 * a model whose highest application probability ({@code dispatch.apply_max}, OD3) is 20% higher
 * fail it.
 *
 * <p>Not every 20% change is visible at this small setting: a 20% higher talk probability (OD8)
 * gave 9 failures against 26 allowed here, because households are always told and the informed
 * share moves little; the real test's power for it is measured with {@code -Ddistribution.set}
 * (see DistributionEquivalenceTest).
 */
class EquivalenceCheckPowerTest {
    private static SeedEnsemble reference;

    static Parameters cheap() {
        return ParameterCatalog.load().defaults().with("run.scale", 0.002).with("run.end_year", 2018);
    }

    @BeforeAll
    static void referenceEnsemble() {
        reference = SeedEnsemble.run(cheap(), 1, DistributionEquivalenceTest.REPLICATES);
    }

    @Test
    void freshDrawsOfTheSameModelPass() {
        EquivalenceCheck.Result r = EquivalenceCheck.compare(reference.moments(), reference.values(),
                SeedEnsemble.run(cheap(), 2, DistributionEquivalenceTest.REPLICATES));
        System.out.print("same model, other seeds: " + r.summary());
        assertThat(r.passed()).as(r.summary()).isTrue();
    }

    @Test
    void aTwentyPercentHigherApplicationProbabilityFails() {
        double applyMax = cheap().get("dispatch.apply_max");
        Parameters changed = cheap().with("dispatch.apply_max", applyMax * 1.2);
        EquivalenceCheck.Result r = EquivalenceCheck.compare(reference.moments(), reference.values(),
                SeedEnsemble.run(changed, 2, DistributionEquivalenceTest.REPLICATES));
        System.out.print("apply_max x1.2: " + r.summary());
        assertThat(r.passed()).as(r.summary()).isFalse();
        assertThat(r.meanFailures().size()).as("failures well beyond the allowance").isGreaterThan(2 * r.allowed());
    }
}

package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.terms.PostingRules;
import org.corvee.model.terms.SiteTerms;
import org.corvee.model.world.Site;
import org.junit.jupiter.api.Test;

/** The exit hazard, resentment and term-end rules against hand computation (DP4-DP7). */
class PostingRulesTest {
    private final Parameters defaults = ParameterCatalog.load().defaults();

    @Test
    void exitHazardByHand() {
        PostingRules r = new PostingRules(defaults);
        // x = 0.5·0.8 + 0.5·0.49 + 0.05·150/100 + 0.6 + 1.5·0.3 − 0.5·1.0 − 0.5 − 0 − 0.03·4
        double x = 0.4 + 0.245 + 0.075 + 0.6 + 0.45 - 0.5 - 0.5 - 0.12;
        double expected = 1 - Math.exp(-0.019 * Math.exp(x));
        assertThat(r.exitHazard(0.8, 0.49, 150, true, 0.3, true, false, 4)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aidRelievesLivingHardshipAndDp2OffRemovesSiteTerms() {
        SiteTerms t = new SiteTerms(Site.KAECHON, 100, 0.8, 0.7, 0, 0, 12, 60, 1.0);
        assertThat(new PostingRules(defaults).living(t)).isCloseTo(0.49, within(1e-12));
        assertThat(new PostingRules(defaults.with("mechanism.dp3_aid", 0)).living(t)).isCloseTo(0.7, within(1e-12));
        PostingRules noSites = new PostingRules(defaults.with("mechanism.dp2_sites", 0));
        assertThat(noSites.work(t)).isZero();
        assertThat(noSites.kilometres(300)).isZero();
    }

    @Test
    void sessionsRiseWithTheShortfallUpToTheCap() {
        PostingRules r = new PostingRules(defaults);
        assertThat(r.sessionsAt(100, 100)).isEqualTo(2.0);
        assertThat(r.sessionsAt(80, 100)).isCloseTo(4.0, within(1e-12));
        assertThat(r.sessionsAt(0, 100)).isEqualTo(8.0);
        assertThat(new PostingRules(defaults.with("mechanism.dp7_sessions", 0)).sessionsAt(0, 100)).isZero();
    }

    @Test
    void termEndAndFear() {
        PostingRules r = new PostingRules(defaults);
        assertThat(r.stayAtTermEnd(0.5, false)).isCloseTo(0.3 * 0.5, within(1e-12));
        assertThat(r.stayAtTermEnd(0.5, true)).isCloseTo(0.3 * 0.5 * 2, within(1e-12));
        assertThat(r.fear(0.0)).isCloseTo(0.0, within(1e-12));
        assertThat(r.fear(1.0)).isCloseTo(1.0, within(1e-12));
        assertThat(new PostingRules(defaults.with("mechanism.dp4_term", 0)).fear(0.9)).isZero();
    }

    @Test
    void resentmentStaysInUnitInterval() {
        PostingRules r = new PostingRules(defaults.with("postings.session_resentment", 1.0));
        assertThat(r.resentment(0.9, 1, 1, true, 8)).isEqualTo(1.0);
        assertThat(r.resentment(0.0, 0, 0, false, 0)).isZero();
    }
}

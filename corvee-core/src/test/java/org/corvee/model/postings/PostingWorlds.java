package org.corvee.model.postings;

import org.corvee.engine.SocialNetwork;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.people.Population;
import org.corvee.model.world.Province;
import org.corvee.model.world.Site;
import org.corvee.model.world.Songbun;

/** Hand-built test worlds and parameter sets for the postings channel. */
final class PostingWorlds {
    private PostingWorlds() {
    }

    /**
     * Defaults at scale 1 over {@code fromYear..toYear} with the overseas channel idle (nobody is
     * of applying age), only the Kaechon site demanding labour, no volunteers and no
     * replacement cohorts: the yearly discharge wave is the only cohort source.
     */
    static Parameters oneSite(int fromYear, int toYear) {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 1.0).with("run.start_year", fromYear)
                .with("run.end_year", toYear).with("dispatch.min_age", 79).with("dispatch.max_age", 80)
                .with("dispatch.initial_fill", 0).with("postings.start_year", fromYear)
                .with("postings.volunteer_quota", 0).with("mechanism.dp8_replacement", 0)
                .with("postings.group_assigned_share", 1.0).with("postings.soldier_show_up", 1.0)
                // Hand-built worlds have no soldiers: men of discharge age stand in for
                // ex-soldiers (X1 military service off).
                .with("mechanism.x1_military_service", 0)
                // Hand-built worlds have no spare rows for births; married at home is by position.
                .with("mechanism.x1_fertility", 0).with("mechanism.x1_marriage", 0);
        for (Site s : Site.values()) {
            if (s != Site.KAECHON) {
                p = p.with("site." + s.id() + ".target", 0).with("site." + s.id() + ".housing_units", 0);
            }
        }
        return p;
    }

    /**
     * Every effect on the exit hazard set to zero, so h = 1 − exp(−exit_rate) for everyone. The
     * effects are the catalogue's postings keys whose unit is a log-hazard (CONTRIBUTING.md: a new
     * hazard effect gets that unit and is zeroed here without a change).
     */
    static Parameters constantHazard(Parameters p, double exitRate) {
        for (ParameterSpec s : hazardEffects()) {
            p = p.with(s.key(), 0);
        }
        return p.with(PostingsKeys.EXIT_RATE, exitRate);
    }

    /** The catalogue's effects on the exit hazard (postings keys with a log-hazard unit). */
    static List<ParameterSpec> hazardEffects() {
        return ParameterCatalog.load().all().stream()
                .filter(s -> s.key().startsWith("postings.") && s.unit().startsWith("log-hazard")).toList();
    }

    /**
     * {@code men} men of age {@code years} and 6 months at January of {@code year}, each living
     * alone (so unmarried), all in South Pyongan, plus persons listed by the caller if any.
     */
    static Population menAlone(int men, int years, int year) {
        Population pop = new Population(men, men);
        int now = year * 12;
        for (int i = 0; i < men; i++) {
            pop.household[i] = i;
            pop.province[i] = (byte) Province.SOUTH_PYONGAN.ordinal();
            pop.sex[i] = 1;
            pop.songbun[i] = (byte) Songbun.WAVERING.ordinal();
            pop.urban[i] = 1;
            pop.birth[i] = (short) (now - years * 12 - 6 - Population.BIRTH_BASE);
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
            pop.belief[i] = 500f;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, men).toArray());
        return pop;
    }

    /** A network without ties. */
    static SocialNetwork noTies(int n) {
        return new SocialNetwork(new int[n + 1], new int[0]);
    }
}

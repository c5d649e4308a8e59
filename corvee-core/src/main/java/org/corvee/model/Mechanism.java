package org.corvee.model;

import java.util.List;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.SwitchKey;

/**
 * The mechanism index: every mechanism of the model brief (overseas dispatch OD1–OD13, domestic
 * hardship postings DP1–DP8, cross-cutting X1–X6) with its switches ({@code mechanism.*} keys;
 * most cross-cutting ones have none; X2 worksite ties and X3 belief memory do), the heading of {@code docs/ODD.md} that describes it, the classes
 * that carry it (named relative to {@code org.corvee.model}, so package-private classes stay so)
 * and the tests that check it. {@code corvee mechanisms} prints it;
 * {@code MechanismIndexTest} checks it against the catalogue and the ODD, so neither can drift.
 */
public enum Mechanism {
    OD1("Destinations and host demand", List.of(MechanismKeys.OD1_HOST_DEMAND), List.of("OD1 Destinations"),
            List.of("world.Destination", "terms.DestinationTerms", "terms.SectorTerms"), List.of("TinyWorldTest")),
    OD2("Promise vs reality", List.of(MechanismKeys.OD2_PROMISE), List.of("OD2 Promise vs reality"),
            List.of("dispatch.ExpectedPay", "dispatch.ApplicationPhase"), List.of("MechanismAblationTest")),
    OD3("Selection gate", List.of(MechanismKeys.OD3_SELECTION_GATE), List.of("OD3 Selection gate"),
            List.of("dispatch.ApplicationPhase", "dispatch.ApplicationDecision", "dispatch.SelectionPhase",
                    "dispatch.Bribe", "dispatch.SelectionWeight", "dispatch.KeySelection", "dispatch.DeparturePhase"),
            List.of("ApplicationDecisionTest", "KeySelectionTest", "MechanismAblationTest")),
    OD4("Money flow", List.of(MechanismKeys.OD4_SOLDIER_LABOUR), List.of("OD4 Money flow"),
            List.of("dispatch.AbroadPhase", "terms.DestinationTerms"), List.of("InvariantsTest", "MechanismAblationTest")),
    OD5("Conditions and resentment", List.of(MechanismKeys.OD5_HAZARDS), List.of("OD5 Conditions and resentment"),
            List.of("dispatch.WorkConditionsPhase", "state.Worksites"), List.of("MechanismAblationTest")),
    OD6("Defection and revolt", List.of(MechanismKeys.OD6_DEFECTION, MechanismKeys.OD6_GROUP_DEFECTION,
            MechanismKeys.OD6_RIOTS), List.of("OD6 Defection and revolt"),
            List.of("dispatch.DefectionPhase", "dispatch.ThresholdCascade", "dispatch.SiteHeadcount",
                    "dispatch.GroupLeavers", "state.Worksites", "state.WorksiteSizes"),
            List.of("GroupSizeScaleTest", "MechanismAblationTest", "WorksitesTest")),
    OD7("Guilt by association", List.of(MechanismKeys.OD7_GUILT_BY_ASSOCIATION), List.of("OD7 Guilt by association"),
            List.of("dispatch.Guilt", "dispatch.FamilyWatchPhase"), List.of("MechanismAblationTest")),
    OD8("Return, word of mouth and the outside source", List.of(MechanismKeys.OD8_WORD_OF_MOUTH,
            MechanismKeys.OD8_OUTSIDE_SOURCE), List.of("OD8 Return and word of mouth", "OD8 outside source"),
            List.of("dispatch.Homecoming", "beliefs.WordOfMouthPhase", "beliefs.OutsideSourcePhase"),
            List.of("WordOfMouthMeanFieldTest", "OutsideSourcePhaseTest")),
    OD9("Home alternatives", List.of(MechanismKeys.OD9_MARKET_INCOME),
            List.of("OD9 / OD10 Home alternatives and regional gap"), List.of("people.HomeIncome"),
            List.of("MechanismAblationTest")),
    OD10("Regional gap", List.of(MechanismKeys.OD10_REGIONAL_GAP),
            List.of("OD9 / OD10 Home alternatives and regional gap"), List.of("people.HomeIncome", "dispatch.SelectionWeight"),
            List.of("MechanismAblationTest")),
    OD11("Host-policy timeline", List.of(MechanismKeys.OD11_HOST_POLICY), List.of("OD11 Host-policy timeline"),
            List.of("policy.HostPolicy", "dispatch.HostPolicyPhase", "dispatch.HostReportPhase", "dispatch.Vacancies"),
            List.of("HostPolicyTimelineTest", "HostEventsTest", "HostReportsTest", "StaggeredFlowsTest")),
    OD12("State response", List.of(MechanismKeys.OD12_STATE_RESPONSE), List.of("OD12 State response"),
            List.of("policy.StateResponse", "dispatch.HostPolicyPhase"), List.of("MechanismAblationTest")),
    OD13("Pool composition", List.of(MechanismKeys.OD13_POOL_COMPOSITION), List.of("OD13 Pool composition"),
            List.of("dispatch.SelectionPhase", "dispatch.InitialDeployment"), List.of("MechanismAblationTest")),
    DP1("Assignment in cohorts", List.of(MechanismKeys.DP1_ASSIGNMENT), List.of("DP1 Assignment in cohorts"),
            List.of("postings.CohortAssignmentPhase", "postings.AssigneePool"), List.of("AssigneePoolTest", "OneCohortWorldTest")),
    DP2("Sites", List.of(MechanismKeys.DP2_SITES), List.of("DP2 Sites"),
            List.of("world.Site", "terms.SiteTerms", "postings.SiteLifePhase"), List.of("PostingRulesTest")),
    DP3("Incentives", List.of(MechanismKeys.DP3_HOUSING, MechanismKeys.DP3_MATCHMAKING, MechanismKeys.DP3_AID),
            List.of("DP3 Incentives"), List.of("postings.HousingPhase", "postings.HousingStock", "terms.PostingRules"),
            List.of("HousingAccountingTest", "IncentiveRetentionTest")),
    DP4("Term and fear of inheritance", List.of(MechanismKeys.DP4_TERM), List.of("DP4 Term and fear of inheritance"),
            List.of("postings.SiteLifePhase", "terms.PostingRules"), List.of("PostingRulesTest")),
    DP5("Family separation", List.of(MechanismKeys.DP5_SEPARATION), List.of("DP5 Family separation"),
            List.of("postings.SiteLifePhase", "terms.PostingRules"), List.of("PostingRulesTest")),
    DP6("Exit", List.of(MechanismKeys.DP6_EXIT), List.of("DP6 Exit"),
            List.of("postings.SiteLifePhase", "terms.PostingRules", "world.LeaveReason"),
            List.of("ConstantHazardRetentionTest", "PostingRulesTest")),
    DP7("Ideological study sessions", List.of(MechanismKeys.DP7_SESSIONS), List.of("DP7 Ideological study sessions"),
            List.of("postings.SiteLifePhase", "terms.PostingRules"), List.of("PostingRulesTest")),
    DP8("Replacement", List.of(MechanismKeys.DP8_REPLACEMENT), List.of("DP8 Replacement"),
            List.of("postings.CohortAssignmentPhase"), List.of("OneCohortWorldTest")),
    X1("Population", List.of(MechanismKeys.X1_DEMOGRAPHY, MechanismKeys.X1_FERTILITY, MechanismKeys.X1_MARRIAGE,
            MechanismKeys.X1_MILITARY_SERVICE),
            List.of("5. Initialisation", "X1 Demography", "X1 Fertility", "X1 Marriage", "X1 Military service"),
            List.of("people.Population", "people.PopulationBuilder", "people.LifeTable", "people.Households",
                    "people.FertilitySchedule", "people.SpareRows", "people.VacantRows", "DemographyPhase", "Newborn",
                    "Births", "Marriages", "dispatch.InitialHistory", "beliefs.BeliefHistory",
                    "postings.MilitaryServicePhase", "postings.ServiceRoster"),
            List.of("ParallelBuildTest", "InvariantsTest", "DemographyTest", "MarriageTest", "MilitaryServiceTest",
                    "SpinUpEquilibriumTest")),
    X2("Social network", List.of(MechanismKeys.X2_WORKSITE_TIES), List.of("5. Initialisation", "X2 Worksite ties"),
            List.of("people.NetworkBuilder", "state.WorksiteTies"), List.of("ParallelBuildTest", "WorksiteTiesTest")),
    X3("Beliefs", List.of(MechanismKeys.X3_BELIEF_MEMORY),
            List.of("OD8 Return and word of mouth", "X3 Belief memory and turnover"),
            List.of("beliefs.WordOfMouthPhase", "beliefs.OutsideSourcePhase", "beliefs.BeliefMemoryPhase"),
            List.of("WordOfMouthMeanFieldTest", "BeliefEquilibriumTest")),
    X4("Surveillance, loyalty, resentment", List.of(), List.of("OD5 Conditions and resentment"),
            List.of("people.LoyaltyAssignment", "dispatch.WorkConditionsPhase", "postings.SiteLifePhase"),
            List.of("MechanismAblationTest")),
    X5("Policy and scenario timeline", List.of(), List.of("X5 Policy and scenario timeline"),
            List.of("params.Timeline", "TimelinePhase"), List.of("TimelineTest", "TimelinePhaseTest")),
    X6("Observation", List.of(), List.of("8. Outputs (X6)"),
            List.of("state.DispatchMetrics", "postings.PostingMetrics", "CensusPhase", "dispatch.AbroadCensusPhase",
                    "postings.PostingCensusPhase"),
            List.of("GoldenSeriesTest", "DeterminismTest"));

    private final String title;
    private final List<SwitchKey> switches;
    private final List<String> oddHeadings;
    private final List<String> classes;
    private final List<String> tests;

    Mechanism(String title, List<SwitchKey> switches, List<String> oddHeadings, List<String> classes,
              List<String> tests) {
        this.title = title;
        this.switches = switches;
        this.oddHeadings = oddHeadings;
        this.classes = classes;
        this.tests = tests;
    }

    /** Short name of the mechanism. */
    public String title() {
        return title;
    }

    /** Its {@code mechanism.*} switches (none for most cross-cutting X mechanisms). */
    public List<SwitchKey> switches() {
        return switches;
    }

    /** The headings of docs/ODD.md that describe it (without the leading #'s). */
    public List<String> oddHeadings() {
        return oddHeadings;
    }

    /** The classes that carry it. */
    public List<String> classes() {
        return classes;
    }

    /** Simple names of the test classes that check it. */
    public List<String> tests() {
        return tests;
    }
}

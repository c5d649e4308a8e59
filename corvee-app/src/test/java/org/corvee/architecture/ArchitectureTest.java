package org.corvee.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The floor plan of the code (docs/ODD.md, "Package layout"): every package of the engine,
 * core, store and app modules, and every arrow allowed between them. A dependency that is not
 * in {@link #ARROWS}, a package that is not listed, or a cycle fails the build.
 *
 * <p>Adding an arrow is a design decision: add it here, in the same commit, and keep the
 * graph acyclic (the model never depends on scenario reading, analysis, store or the app).
 */
class ArchitectureTest {
    private static final String ROOT = "org.corvee.";

    /**
     * Each row: a package (below {@code org.corvee}), then every package it may depend on.
     * Ordered from the bottom (depends on nothing of ours) to the top.
     */
    static final String[][] ARROWS = {
        {"engine"},
        {"output", "engine"},
        {"model.params"},
        {"model.world", "engine"},
        {"model.policy", "model.params", "model.world"},
        {"model.terms", "engine", "model.params", "model.policy", "model.world"},
        {"model.people", "engine", "model.params", "model.world"},
        {"model.state", "engine", "model.params", "model.people", "model.policy", "model.terms", "model.world"},
        {"model.dispatch", "engine", "model.params", "model.people", "model.policy", "model.state", "model.terms",
            "model.world"},
        {"model.beliefs", "engine", "model.params", "model.people", "model.state", "model.terms", "model.world"},
        {"model.postings", "engine", "output", "model.params", "model.people", "model.state", "model.terms",
            "model.world"},
        {"model", "engine", "model.beliefs", "model.dispatch", "model.params", "model.people", "model.postings",
            "model.state", "model.world"},
        {"scenario", "model.params"},
        {"analysis.targets", "engine", "scenario"},
        {"analysis.validation", "analysis.targets"},
        {"analysis.experiment", "engine", "model", "model.params", "scenario", "analysis.targets"},
        {"analysis.abc", "engine", "analysis.experiment", "analysis.targets"},
        {"analysis.sensitivity", "engine", "analysis.experiment"},
        {"analysis.ablation", "analysis.experiment", "analysis.targets"},
        {"store", "output", "analysis.abc", "analysis.experiment", "analysis.validation"},
        {"evidence", "output", "store"},
        {"report", "output", "model.world", "store", "analysis.targets", "analysis.validation"},
        {"run", "engine", "output", "model", "model.params", "model.people", "model.postings", "model.world",
            "scenario", "analysis.abc", "analysis.experiment", "analysis.targets", "analysis.validation", "store"},
        {"bench", "engine", "output", "model", "model.params", "model.people", "model.postings", "model.state",
            "run"},
        {"dashboard", "engine", "output", "model", "model.params", "model.postings", "model.world", "scenario",
            "analysis.experiment", "analysis.targets", "analysis.validation", "store", "report", "run"},
        {"cli", "engine", "output", "model", "model.params", "model.people", "model.postings", "model.state",
            "scenario", "analysis.abc", "analysis.ablation", "analysis.experiment", "analysis.sensitivity",
            "analysis.targets", "analysis.validation", "store", "evidence", "report", "run", "bench", "dashboard"},
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.corvee");

    /** The other modules come as folders in some builds and as jars in others: both are read. */
    @Test
    void everyModuleIsSeen() {
        for (String name : List.of("org.corvee.engine.Engine", "org.corvee.model.Simulation",
                "org.corvee.scenario.ScenarioLoader", "org.corvee.store.ResultStore", "org.corvee.evidence.ClaimExtractor",
                "org.corvee.cli.Main")) {
            assertThat(CLASSES.contain(name)).as(name).isTrue();
        }
    }

    @Test
    void everyDependencyIsAnAllowedArrow() {
        LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String[] row : ARROWS) {
            layers = layers.layer(row[0]).definedBy(ROOT + row[0]);
        }
        for (String[] row : ARROWS) {
            String[] allowed = Arrays.copyOfRange(row, 1, row.length);
            layers = allowed.length == 0
                    ? layers.whereLayer(row[0]).mayNotAccessAnyLayer()
                    : layers.whereLayer(row[0]).mayOnlyAccessLayers(allowed);
        }
        layers.check(CLASSES);
    }

    @Test
    void everyPackageIsInTheTable() {
        List<String> packages = new ArrayList<>();
        for (String[] row : ARROWS) {
            packages.add(ROOT + row[0]);
        }
        classes().that().resideInAPackage("org.corvee..")
                .and().resideOutsideOfPackages("org.corvee.bench.jmh..", "org.corvee.bench.peer..")
                .should().resideInAnyPackage(packages.toArray(String[]::new))
                .because("every package has a row in ArchitectureTest.ARROWS")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.corvee.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theEngineUsesTheJavaPlatformOnly() {
        noClasses().that().resideInAPackage("org.corvee.engine..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.corvee.engine..")
                .check(CLASSES);
    }

    /** Model code names parameters by the keys generated from the catalogue, so a misspelt key does not compile. */
    @Test
    void theModelReadsParametersByTypedKeys() {
        noClasses().that().resideInAPackage("org.corvee.model..").and().resideOutsideOfPackage("org.corvee.model.params")
                .should().callMethod(Parameters.class, "get", String.class)
                .orShould().callMethod(Parameters.class, "getInt", String.class)
                .orShould().callMethod(Parameters.class, "on", String.class)
                .orShould().callMethod(Parameters.class, "has", String.class)
                .orShould().callMethod(Parameters.class, "with", String.class, double.class)
                .because("keys are named by the generated *Keys classes (org.corvee.model.params)")
                .check(CLASSES);
    }

    @Test
    void theModelKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("org.corvee.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.corvee.scenario..", "org.corvee.analysis..",
                        "org.corvee.store..", "org.corvee.report..", "org.corvee.run..", "org.corvee.cli..",
                        "org.corvee.dashboard..",
                        "org.corvee.bench..")
                .check(CLASSES);
    }
}

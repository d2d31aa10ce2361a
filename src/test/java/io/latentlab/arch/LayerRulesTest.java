package io.latentlab.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.latentlab.core.ae.NpzWriter;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.data.Blobs;
import io.latentlab.core.data.Scaler;
import io.latentlab.core.data.TrainTestSplit;
import io.latentlab.core.pipeline.DataPreparation;
import io.latentlab.core.pipeline.LatentCsv;
import io.latentlab.core.pipeline.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headless core must run without a display, and only the command line talks to the terminal. */
class LayerRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.latentlab");
    }

    @Test
    void coreNeverUsesJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("io.latentlab.core..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("core is used headless by the CLI, tests and benchmarks")
                .check(production);
    }

    @Test
    void coreNeverUsesTheUiOrTheCli() {
        noClasses()
                .that()
                .resideInAPackage("io.latentlab.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.latentlab.ui..", "io.latentlab.cli..")
                .check(production);
    }

    @Test
    void onlyTheCliWritesToStdout() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.latentlab.cli..")
                .should()
                .accessField(System.class, "out")
                .because("stdout carries the command line's results; everything else reports through listeners or logs")
                .check(production);
    }

    @Test
    void onlyTheNumericsSetUpCallsNativeCodeThroughJna() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.latentlab.core.math..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.sun.jna..")
                .because("process-level native calls (the environment OpenBLAS reads) belong to one set-up place")
                .check(production);
    }

    @Test
    void uiDoesNotDependOnTheCli() {
        noClasses()
                .that()
                .resideInAPackage("io.latentlab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.latentlab.cli..")
                .check(production);
    }

    @Test
    void theWindowDrivesThePipelineNotTheEngineInternals() {
        noClasses()
                .that()
                .resideInAPackage("io.latentlab.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.latentlab.core.metrics..",
                        "io.latentlab.core.pca..",
                        "io.latentlab.core.data.io..",
                        "io.latentlab.core.math..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(
                        WeightsJson.class,
                        NpzWriter.class,
                        LatentCsv.class,
                        ReportJson.class,
                        DataPreparation.class,
                        Scaler.class,
                        Blobs.class,
                        TrainTestSplit.class)
                .orShould()
                .callConstructorWhere(target(owner(assignableTo(TrainingSession.class))))
                .because("the window and the command line must give the same numbers: both go through"
                        + " core.pipeline (Pipeline's stages, RunArtifacts) instead of re-assembling the engine")
                .check(production);
    }
}

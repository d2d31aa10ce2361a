package io.latentlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headless core must run without a display, and only the command line talks to the terminal. */
class LayerRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.latentlab");
    }

    @Test
    void coreNeverUsesJavaFx() {
        noClasses().that().resideInAPackage("io.latentlab.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("core is used headless by the CLI, tests and benchmarks")
                .check(production);
    }

    @Test
    void coreNeverUsesTheUiOrTheCli() {
        noClasses().that().resideInAPackage("io.latentlab.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.latentlab.ui..", "io.latentlab.cli..")
                .check(production);
    }

    @Test
    void onlyTheCliWritesToStdout() {
        noClasses().that().resideOutsideOfPackage("io.latentlab.cli..")
                .should().accessField(System.class, "out")
                .because("stdout carries the command line's results; everything else reports through listeners or logs")
                .check(production);
    }

    @Test
    void uiDoesNotDependOnTheCli() {
        noClasses().that().resideInAPackage("io.latentlab.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.latentlab.cli..")
                .check(production);
    }
}

package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.cli.HostileInputTest;
import io.latentlab.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's catalogue of hostile files, opened through the window's File menu actions instead: every data
 * file given alone ({@code --data FILE}) through Open data, every config through Open experiment. Each must end in
 * a problem for the dialog that says what {@code run} says, with nothing thrown and no model lost.
 */
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason = "the hostile inputs are devices, FIFOs and symlinks as POSIX has them")
class OpenHostileFilesTest {

    @TempDir
    Path dir;

    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(3));
        vm.initialize();
    }

    /** The catalogue's cases that are one file for one of the window's Open actions. */
    static Stream<HostileInputTest.Case> openable() {
        return HostileInputTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openable")
    void aHostileFileOpenedInTheWindowGetsTheSameMessageInADialog(HostileInputTest.Case c) throws Exception {
        List<String> args = c.setup().args(dir);
        boolean data = args.size() == 2 && args.get(0).equals("--data");
        boolean config = args.size() == 2 && args.get(0).equals("--config");
        if (!data && !config) {
            return; // several files or options together: the window opens one file at a time
        }
        Path file = Path.of(args.get(1));
        c.limits().forEach((k, v) -> System.setProperty("latentlab.limit." + k, v));
        try {
            if (data) {
                vm.files().openData(file);
            } else {
                vm.files().loadExperiment(file);
            }
        } finally {
            c.limits().keySet().forEach(k -> System.clearProperty("latentlab.limit." + k));
        }
        if (config
                && vm.state().problemProperty().get() == null
                && vm.data().baselineProperty().get() != null) {
            // It opened: what it asks for fails when it trains (a network too big for memory, say).
            vm.training().trainOrPause();
        }
        LabState.Problem problem = vm.state().problemProperty().get();
        assertNotNull(
                problem,
                c.name() + ": no problem reported; status "
                        + vm.state().statusProperty().get());
        assertTrue(
                problem.message().contains(c.expected()) || problem.title().contains(c.expected()),
                c.name() + ": expected \"" + c.expected() + "\" in " + problem);
        assertTrue(!problem.message().contains("Exception"), problem.message());
        if (data) {
            assertEquals(Phase.FAILED, vm.state().phaseProperty().get());
        }
    }

    @Test
    void theCatalogueHasCasesForBothOpenActions() throws Exception {
        long data = 0;
        long config = 0;
        for (HostileInputTest.Case c : HostileInputTest.cases().toList()) {
            List<String> args = c.setup()
                    .args(
                            dir.resolve(c.name().replaceAll("[^a-z0-9]", "_"))
                                            .toFile()
                                            .mkdirs()
                                    ? dir.resolve(c.name().replaceAll("[^a-z0-9]", "_"))
                                    : dir);
            if (args.size() == 2 && args.get(0).equals("--data")) {
                data++;
            } else if (args.size() == 2 && args.get(0).equals("--config")) {
                config++;
            }
        }
        assertTrue(data >= 10, "data cases: " + data);
        assertTrue(config >= 10, "config cases: " + config);
    }
}

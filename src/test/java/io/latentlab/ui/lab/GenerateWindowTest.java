package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Generate data…: train, generate into a CSV, open it as the lab's data, and Undo brings the model back. */
class GenerateWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage s) {
        open(s);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(4);
    }

    @TempDir
    Path dir;

    @Test
    void generatesSavesAndReopensTheRowsAsData(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        MenuItem generate = WindowBehaviourTest.menuItem(robot, "generate-data");
        assertTrue(generate.isDisable(), "no model yet");
        robot.clickOn("#train");
        await(
                "trained and scored",
                () -> phase() == Phase.FINISHED
                        && vm.results().outcomeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // listeners of the outcome run on the FX thread
        assertFalse(generate.isDisable());
        Path csv = dir.resolve("generated.csv");
        vm.files().setDialogs(new FileDialogs() {
            @Override
            public Optional<Path> openFile(String title, List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(String title, String initialName, Filter filter) {
                return Optional.of(csv);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }
        });
        WaitForAsyncUtils.asyncFx(generate::fire).get();
        WaitForAsyncUtils.waitForFxEvents();

        TextField count = robot.lookup("#generate-count").queryAs(TextField.class);
        Button open = robot.lookup("#generate-open").queryButton();
        robot.clickOn(count).eraseText(count.getText().length()).write("90x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(open.isDisabled());
        assertEquals(
                "Rows: \"90x\" is not a whole number",
                vm.generate().problemProperty().get());
        robot.eraseText(1);
        robot.clickOn("#generate-uniform");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(open.isDisabled(), "a uniform set (one label) is saved, not opened");
        robot.clickOn("#generate-per-class");
        TextField seed = robot.lookup("#generate-seed").queryAs(TextField.class);
        robot.clickOn(seed).eraseText(seed.getText().length()).write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(open.isDisabled());

        Baseline trainedOn = vm.data().baselineProperty().get();
        robot.clickOn(open);
        await("the generated rows are the lab's data", () -> {
            Baseline b = vm.data().baselineProperty().get();
            return b != null && b != trainedOn && phase() == Phase.READY;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(91, lines.size());
        assertEquals("x1,x2,x3,x4,x5,x6,label", lines.get(0));
        Baseline reopened = vm.data().baselineProperty().get();
        assertEquals(DataSource.FILE, reopened.config().data().source());
        assertEquals(csv.toString(), reopened.config().data().file().path());
        assertEquals(90, reopened.data().train().rows() + reopened.data().test().rows());
        assertEquals(6, reopened.data().features());
        assertEquals(3, reopened.data().train().classCount());
        assertTrue(
                robot.lookup("#generate-message")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("Generated 90 rows of 6 features: 30 per class for 3 classes to generated.csv"),
                robot.lookup("#generate-message").queryAs(Label.class).getText());

        // The trained model was not lost: Undo brings it back with its data.
        assertTrue(vm.undo().canUndo());
        WaitForAsyncUtils.asyncFx(() -> vm.undo().undo()).get();
        await("the model is back", () -> vm.training().resultProperty().get() != null);
        assertEquals(trainedOn, vm.data().baselineProperty().get());
    }
}

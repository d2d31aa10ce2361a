package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the window: Train after a finished run goes on, and Reset can be undone with the Undo button. */
class KeepWorkWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(5);
    }

    private int epochs() {
        return vm.training().progress().epochProperty().get();
    }

    private boolean scored() {
        return phase() == Phase.FINISHED && vm.results().outcomeProperty().get() != null;
    }

    @Test
    void trainGoesOnAndResetCanBeUndone(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#train");
        await("the first run scored", this::scored);
        WaitForAsyncUtils.waitForFxEvents(); // the table is filled just after the outcome is set
        assertEquals(5, epochs());
        String silhouette = vm.results().metrics().get(1).latent();

        robot.clickOn("#train");
        await("the run went on", () -> scored() && epochs() == 10);
        WaitForAsyncUtils.waitForFxEvents(); // the table is filled just after the outcome is set
        assertEquals(10, vm.training().progress().lossHistoryProperty().get().count());
        assertTrue(robot.lookup("#epoch").queryAs(Label.class).getText().startsWith("Epoch 10"));
        String afterTen = vm.results().metrics().get(1).latent();

        robot.clickOn("#reset");
        await("reset", () -> phase() == Phase.READY && epochs() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#undo-bar").query().isVisible(), "the window offers Undo");
        robot.clickOn("#undo");
        await("brought back", this::scored);
        WaitForAsyncUtils.waitForFxEvents(); // the table is filled just after the outcome is set
        assertEquals(10, epochs());
        assertEquals(afterTen, vm.results().metrics().get(1).latent());
        assertTrue(!silhouette.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#undo-bar").query().isVisible());
    }

    @Test
    void openExperimentRestoresModelCurveAndScoresWithoutTraining(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#train");
        await("scored", this::scored);
        WaitForAsyncUtils.waitForFxEvents(); // the table is filled just after the outcome is set
        java.util.List<MetricRow> trained = java.util.List.copyOf(vm.results().metrics());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("latent-lab-experiment", ".json");
        try {
            WaitForAsyncUtils.asyncFx(() -> vm.files().saveExperiment(file)).get();
            robot.clickOn("#reset");
            await("reset", () -> phase() == Phase.READY && epochs() == 0);
            WaitForAsyncUtils.asyncFx(() -> vm.files().loadExperiment(file)).get();
            await("restored", this::scored);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(5, epochs());
            assertEquals(5, vm.training().progress().lossHistoryProperty().get().count());
            assertEquals(trained, java.util.List.copyOf(vm.results().metrics()), "the same scores, no retraining");
            assertTrue(
                    vm.state().statusProperty().get().contains("no retraining"),
                    vm.state().statusProperty().get());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}

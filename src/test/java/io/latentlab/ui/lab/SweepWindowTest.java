package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.sweep.SweepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Training → Seed sweep…: a sweep of the current settings, one cancelled midway, and the two side by side. */
class SweepWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage s) {
        open(s);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(20);
    }

    @TempDir
    Path dir;

    @Test
    void sweepsCancelsMidwayAndShowsBothSweepsBesidePca(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        WaitForAsyncUtils.asyncFx(WindowBehaviourTest.menuItem(robot, "seed-sweep")::fire)
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        TextField seeds = robot.lookup("#sweep-seeds").queryAs(TextField.class);
        robot.clickOn(seeds).eraseText(seeds.getText().length()).write("2");
        robot.clickOn("#sweep-start");
        await("a sweep of two seeds finished", () -> vm.sweep().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the result's listeners fill the tables on the FX thread
        SweepResult first = vm.sweep().resultProperty().get();
        assertFalse(first.cancelled());
        assertEquals(2, first.seeds().size());
        @SuppressWarnings("unchecked")
        TableView<SweepViewModel.SummaryRow> summary =
                robot.lookup("#sweep-summary").queryAs(TableView.class);
        assertEquals(5, summary.getItems().size());
        assertEquals("Silhouette (2-D)", summary.getItems().get(0).measure());
        assertTrue(
                summary.getItems().get(0).current().matches("-?\\d\\.\\d{4} ± \\d\\.\\d{4}"),
                summary.getItems().get(0).current());
        assertTrue(
                summary.getItems().get(0).pca().matches("-?\\d\\.\\d{4}"),
                summary.getItems().get(0).pca());

        // 40 seeds of 2000 epochs: cancel once one has finished; nothing hangs, the table shows the seeds finished.
        WaitForAsyncUtils.asyncFx(() -> vm.form().maxEpochs.setText("2000")).get();
        robot.clickOn(seeds).eraseText(seeds.getText().length()).write("40");
        robot.clickOn("#sweep-start");
        await("a seed of the long sweep finished", () -> !vm.sweep().seedRows().isEmpty());
        Button cancel = robot.lookup("#sweep-cancel").queryButton();
        assertFalse(cancel.isDisabled());
        robot.clickOn(cancel);
        await("the sweep stopped", () -> !vm.sweep().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        SweepResult cancelled = vm.sweep().resultProperty().get();
        assertTrue(cancelled.cancelled());
        assertTrue(
                cancelled.seeds().size() >= 1 && cancelled.seeds().size() < 40,
                "" + cancelled.seeds().size());
        @SuppressWarnings("unchecked")
        TableView<Object> seedTable = robot.lookup("#sweep-seed-rows").queryAs(TableView.class);
        assertEquals(cancelled.seeds().size(), seedTable.getItems().size());
        assertTrue(
                vm.sweep()
                        .messageProperty()
                        .get()
                        .startsWith("Cancelled: " + cancelled.seeds().size() + " of 40"),
                vm.sweep().messageProperty().get());
        // The earlier sweep stays beside it.
        assertEquals(first, vm.sweep().previousProperty().get());
        assertEquals(2000, cancelled.seeds().get(0).epochs());
        assertFalse(summary.getItems().get(0).previous().isEmpty());
        assertEquals(
                "current settings, " + cancelled.seeds().size() + " seeds",
                summary.getColumns().get(2).getText());

        Path csv = dir.resolve("sweep.csv");
        WaitForAsyncUtils.asyncFx(() -> vm.sweep().export(csv)).get();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + cancelled.seeds().size() + 1, lines.size());
        assertTrue(lines.get(lines.size() - 1).startsWith("pca,,"));
    }
}

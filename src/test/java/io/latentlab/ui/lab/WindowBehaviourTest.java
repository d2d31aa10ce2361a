package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.plot.ScatterPlot;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's promises about focus, Space and what the plots show, on the real window (headless). */
class WindowBehaviourTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(100_000);
    }

    @Test
    void theFocusStartsOnTrain(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(robot.lookup("#train").query(), stage.getScene().getFocusOwner());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#train", "#step", "#reset", "#regenerate", "#preset", "#source", "#log-scale"})
    void spaceTrainsAndPausesWhateverHasTheFocus(String id, FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        Node focused = robot.lookup(id).query();
        WaitForAsyncUtils.asyncFx(focused::requestFocus).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(focused, stage.getScene().getFocusOwner(), id + " takes the focus");
        robot.push(KeyCode.SPACE);
        await("training after Space on " + id, () -> phase() == Phase.TRAINING);
        await("an epoch", () -> vm.training().progress().epochProperty().get() >= 1);
        robot.push(KeyCode.SPACE);
        await("paused after the second Space on " + id, () -> phase() == Phase.PAUSED);
        assertTrue(
                vm.training().progress().epochProperty().get() >= 1,
                "the model was kept: " + vm.state().statusProperty().get());
        assertFalse(
                vm.state().statusProperty().get().contains("reset"),
                vm.state().statusProperty().get());
    }

    @Test
    void spaceInATextFieldIsTyped(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#encoder-field").push(KeyCode.END).push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Phase.READY, phase());
        assertTrue(vm.form().encoder.textProperty().get().endsWith(" "));
    }

    @Test
    void aClickOnAPlotLeavesTheTextFieldSoSpaceTrains(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        String encoder = vm.form().encoder.textProperty().get();
        robot.doubleClickOn("#encoder-field"); // the value selected, as after editing it
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#pca-plot");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(
                stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl,
                "the plot took the focus from the field");
        robot.push(KeyCode.SPACE);
        await("training after Space", () -> phase() == Phase.TRAINING);
        assertEquals(encoder, vm.form().encoder.textProperty().get(), "Space did not replace the selected value");
        robot.push(KeyCode.SPACE);
        await("paused", () -> phase() == Phase.PAUSED);
    }

    @Test
    void newDataResetsZoomAndHiddenClassesTheSameDataKeepsThem(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        ScatterPlot pca = view.pcaPlot();
        WaitForAsyncUtils.asyncFx(() -> pca.setView(new Rectangle2D(0, 0, 0.01, 0.01)))
                .get();
        robot.clickOn(robot.lookup(".legend-entry").queryAll().iterator().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pca.isViewFixed());
        assertEquals(1, hiddenEntries(robot));

        // Regenerate with unchanged settings: the same rows, so the view stays.
        robot.clickOn("#regenerate");
        await("the same data again", () -> phase() == Phase.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pca.isViewFixed(), "zoom kept for the same data");
        assertEquals(1, hiddenEntries(robot), "hidden class kept for the same data");

        // Other data: zoom and hidden classes reset.
        WaitForAsyncUtils.asyncFx(() -> vm.form().clusterStd.setText("0.3")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stale-data").queryAs(Label.class).isVisible(), "stale plots are marked");
        robot.clickOn("#regenerate");
        await(
                "new data",
                () -> phase() == Phase.READY && !vm.data().staleProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pca.isViewFixed(), "zoom reset for new data");
        assertFalse(robot.lookup("#stale-data").queryAs(Label.class).isVisible());
        assertEquals(0, hiddenEntries(robot), "hidden classes shown again for new data");
    }

    private static long hiddenEntries(FxRobot robot) {
        return robot.lookup(".legend-entry").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("hidden-class")))
                .count();
    }

    @Test
    void aPlotIsExportedAtTheChosenScale(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("latent-lab-png");
        try {
            double width = view.pcaPlot().getWidth();
            for (int scale : new int[] {1, 2, 4}) {
                WaitForAsyncUtils.asyncFx(
                                () -> menuItem(robot, "png-scale-" + scale).fire())
                        .get();
                java.nio.file.Path png = dir.resolve("pca-" + scale + ".png");
                WaitForAsyncUtils.asyncFx(() -> vm.files().exportPlot(view, PlotImages.Chart.PCA, png))
                        .get();
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
                assertEquals(Math.round(width * scale), image.getWidth(), 1, "PNG at " + scale + "x");
            }
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    @Test
    void resetWhileTrainingOffersUndoOfWhatWasLearnt(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#train");
        await("a few epochs", () -> vm.training().progress().epochProperty().get() >= 3);
        robot.clickOn("#reset");
        await("Undo offered", () -> vm.undo().canUndo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#undo-bar").query().isVisible());
        robot.clickOn("#undo");
        await("brought back", () -> vm.training().resultProperty().get() != null);
        assertTrue(vm.training().progress().epochProperty().get() >= 3);
    }

    /** A menu item by id, searching sub-menus (menus live in popups, which a headless robot cannot click reliably). */
    static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        java.util.Deque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>();
        robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class)
                .getMenus()
                .forEach(todo::add);
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem item = todo.pop();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                todo.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }
}

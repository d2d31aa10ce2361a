package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Fashion-MNIST brings its own split: there the split seed only draws the Train rows subset, shown with one. */
class SplitSeedFieldTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":200,\"features\":4,\"clusters\":2}},"
                + "\"autoencoder\":{\"network\":{\"encoder\":[4]},\"training\":{\"maxEpochs\":2}}}");
    }

    /** Visible itself and in every enclosing pane (a field hides with its row's own grid). */
    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theSplitSeedShowsWhereItSeedsSomething(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        Node seed = robot.lookup("#splitSeed-field").query();
        assertTrue(shown(seed), "blobs are split with it");
        WaitForAsyncUtils.asyncFx(() -> {
            vm.form().source.set(DataSource.FASHION_MNIST);
            vm.form().trainRows.textProperty().set("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(seed), "Fashion-MNIST's own split, all its training rows: the seed does nothing");
        WaitForAsyncUtils.asyncFx(() -> vm.form().trainRows.textProperty().set("5000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(seed), "it draws the 5000 training rows");
        Node trainRows = robot.lookup("#trainRows-field").query();
        double trainRowsY = trainRows.localToScene(0, 0).getY();
        assertTrue(
                seed.localToScene(0, 0).getY() > trainRowsY,
                "the seed appears below the field typed into, which stays where it was");
        WaitForAsyncUtils.asyncFx(() -> vm.form().source.set(DataSource.FILE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(seed), "a file is split with it");
        Platform.runLater(() -> vm.form().source.set(DataSource.BLOBS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file that will not open gets a dialog with the reason, and the window goes on working. */
class ProblemDialogWindowTest extends LabWindowTestBase {

    @TempDir
    Path dir;

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(3);
    }

    @Start
    void start(Stage s) {
        open(s);
    }

    @Test
    void aDataFileThatWillNotOpenShowsADialogSayingWhy(FxRobot robot) throws Exception {
        await("the data", () -> phase() == Phase.READY);
        Path folder = Files.createDirectory(dir.resolve("rows.csv"));
        WaitForAsyncUtils.asyncFx(() -> vm.files().openData(folder));
        await("a dialog", () -> robot.lookup("#problem-dialog").tryQuery().isPresent());

        DialogPane pane = robot.lookup("#problem-dialog").queryAs(DialogPane.class);
        assertEquals("Could not open rows.csv", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("is not a regular file (a directory)"), pane.getContentText());
        assertTrue(!pane.getContentText().contains("Exception"), pane.getContentText());
        assertEquals(Phase.FAILED, phase());

        Window dialog = pane.getScene().getWindow();
        WaitForAsyncUtils.asyncFx(dialog::hide);
        WaitForAsyncUtils.waitForFxEvents();
        // The lab goes on: back to generated data, it prepares as usual.
        WaitForAsyncUtils.asyncFx(() -> vm.form().source.set(io.latentlab.core.config.DataSource.BLOBS));
        await("blobs again", () -> phase() == Phase.READY);
    }
}

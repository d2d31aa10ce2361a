package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Matrix;
import io.latentlab.ui.plot.ScatterPlot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The training timeline: train, pause, scrub back and forth, the latent plot shows the stored epochs; GIF export. */
class TimelineWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage s) {
        open(s);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(100_000);
    }

    @TempDir
    Path dir;

    @Test
    void scrubbingWhilePausedRedrawsTheLatentPlotAsItWasAtThatEpoch(FxRobot robot) throws Exception {
        await("data is ready", () -> phase() == Phase.READY);
        robot.clickOn("#train");
        await("a few epochs", () -> vm.training().progress().epochProperty().get() >= 5);
        Slider slider = robot.lookup("#timeline-slider").queryAs(Slider.class);
        assertTrue(slider.isDisabled(), "no scrubbing while training");
        robot.clickOn("#train"); // pause
        await("paused", () -> vm.training().isParkedInPause());
        WaitForAsyncUtils.asyncFx(vm::pulse).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(slider.isDisabled());
        int frames = vm.timeline().framesProperty().get();
        assertTrue(frames >= 5, "one frame per epoch: " + frames);
        assertEquals(frames, (int) slider.getValue(), "starts at the latest");
        Label epoch = robot.lookup("#timeline-epoch").queryAs(Label.class);
        assertEquals("Latest", epoch.getText());

        TimelineViewModel.Frame first = vm.timeline().frameAt(0);
        TimelineViewModel.Frame second = vm.timeline().frameAt(1);
        assertEquals(1, first.epoch());
        assertTrue(second.epoch() > 1, "frames are the epochs with a snapshot, in order");
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        robot.clickOn(slider).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Epoch 1", epoch.getText());
        assertEquals("Autoencoder latent — epoch 1", latent.getTitle());
        assertShows(latent, first.plot().xy());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Epoch " + second.epoch(), epoch.getText());
        assertShows(latent, second.plot().xy());
        assertNotEquals(
                latent.getPoint(0),
                new javafx.geometry.Point2D(
                        first.plot().xy().get(0, 0), first.plot().xy().get(0, 1)),
                "training moved the points between the two epochs");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Latest", epoch.getText());
        assertTrue(latent.getTitle().startsWith("Autoencoder latent — silhouette"), latent.getTitle());

        // Export: every frame (fewer than 120) as one animated GIF.
        Path gif = dir.resolve("timeline.gif");
        vm.files().setDialogs(new FileDialogs() {
            @Override
            public Optional<Path> openFile(String title, List<Filter> filters) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(String title, String initialName, Filter filter) {
                return Optional.of(gif);
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }
        });
        robot.clickOn("#timeline-gif");
        WaitForAsyncUtils.waitForFxEvents();
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(Math.min(frames, TimelineViewModel.MAX_GIF_FRAMES), reader.getNumImages(true));
            assertTrue(reader.read(0).getWidth() > 100);
        } finally {
            reader.dispose();
        }

        // Resuming follows the run again: the slider goes back to the latest and is disabled.
        robot.clickOn("#train");
        await("training again", () -> phase() == Phase.TRAINING);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(slider.isDisabled());
        assertEquals("Latest", epoch.getText());
    }

    private static void assertShows(ScatterPlot plot, Matrix xy) {
        assertEquals(xy.rows(), plot.getPointCount());
        for (int i = 0; i < xy.rows(); i++) {
            assertEquals(xy.get(i, 0), plot.getPoint(i).getX(), 0, "x of point " + i);
            assertEquals(xy.get(i, 1), plot.getPoint(i).getY(), 0, "y of point " + i);
        }
    }
}

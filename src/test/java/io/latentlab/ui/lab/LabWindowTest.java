package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.plot.MosaicChart;
import io.latentlab.ui.plot.ScatterPlot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless (Monocle): typing, training, pausing, resetting, exporting. */
class LabWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(100_000);
    }

    @TempDir
    Path dir;

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void setAParameterTrainSeeEpochLossAndLatentMovePauseResumeReset(FxRobot robot) throws Exception {
        await("data is ready", () -> vm.state().phaseProperty().get() == Phase.READY);
        TextField std = robot.lookup("#clusterStd-field").queryAs(TextField.class);
        robot.clickOn(std).eraseText(std.getText().length()).write("0.4");
        assertEquals(
                java.util.List.of(0.4),
                vm.form().build().orElseThrow().data().blobs().clusterStd());

        Button train = robot.lookup("#train").queryButton();
        robot.clickOn(train);
        await("a few epochs ran", () -> vm.training().progress().epochProperty().get() >= 3);
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        await("the latent plot shows points", () -> latent.getPointCount() == 60);
        assertTrue(text(robot, "#epoch").matches("Epoch \\d+ / 100000"), text(robot, "#epoch"));
        assertTrue(text(robot, "#loss").matches("loss \\d\\.\\d{6}"), text(robot, "#loss"));
        // The live silhouette is scored on a worker of its own, so it may follow the points by a moment.
        await("the live silhouette is shown", () -> latent.getTitle().startsWith("Autoencoder latent — silhouette"));

        robot.clickOn(train); // pause
        await("paused", () -> vm.state().phaseProperty().get() == Phase.PAUSED);
        assertEquals("Resume", train.getText());
        // A half-typed field must not trap a paused model: Resume and Step stay available.
        WaitForAsyncUtils.asyncFx(() -> vm.form().samples.setText("3x")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(train.isDisabled());
        assertFalse(robot.lookup("#step").queryButton().isDisabled());
        WaitForAsyncUtils.asyncFx(() -> vm.form().samples.setText("300")).get();
        int pausedAt = vm.training().progress().epochProperty().get();
        // Once the training thread is parked in the pause, no epoch can follow until Resume or Step.
        await("the training thread is parked", () -> vm.training().isParkedInPause());
        WaitForAsyncUtils.asyncFx(vm::pulse).get();
        int settled = vm.training().progress().epochProperty().get();
        assertTrue(settled - pausedAt <= 1, "training went on while paused: " + pausedAt + " -> " + settled);
        assertTrue(vm.training().isParkedInPause());
        WaitForAsyncUtils.asyncFx(vm::pulse).get();
        assertEquals(settled, vm.training().progress().epochProperty().get(), "epochs advanced while paused");

        // While paused, a click in the latent plot decodes with the latest epoch's weights.
        robot.clickOn(latent);
        await(
                "a decoded point while paused",
                () -> vm.explore().decoder().autoencoderProperty().get() != null);

        robot.clickOn("#step");
        await("one more epoch", () -> vm.training().progress().epochProperty().get() == settled + 1);

        robot.clickOn(train); // resume
        await("training resumed", () -> vm.training().progress().epochProperty().get() > settled + 3);

        // The learning rate may change while training, without a new model.
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.form().learningRate.setText("0.005");
                    vm.training().applyLearningRate(); // what committing the field (Enter / leaving it) does
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Learning rate set to 0.005 from the next epoch",
                vm.state().statusProperty().get());
        assertEquals(Phase.TRAINING, vm.state().phaseProperty().get());
        assertEquals("", vm.state().noticeProperty().get());
        int before = vm.training().progress().epochProperty().get();
        await(
                "training goes on with the new rate",
                () -> vm.training().progress().epochProperty().get() > before + 2);

        robot.clickOn("#reset");
        await(
                "model reset",
                () -> vm.state().phaseProperty().get() == Phase.READY
                        && vm.training().progress().epochProperty().get() == 0);
        assertEquals("Epoch 0", text(robot, "#epoch"));
        assertEquals(0, latent.getPointCount());
    }

    @Test
    void invalidInputDisablesTrainWithAMessageAtTheField(FxRobot robot) throws Exception {
        await("data is ready", () -> vm.state().phaseProperty().get() == Phase.READY);
        Button train = robot.lookup("#train").queryButton();
        assertFalse(train.isDisabled());
        TextField samples = robot.lookup("#samples-field").queryAs(TextField.class);
        robot.clickOn(samples).eraseText(samples.getText().length()).write("12x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(train.isDisabled());
        assertTrue(samples.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("\"12x\" is not a whole number")));
        robot.eraseText(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(train.isDisabled());
    }

    @Test
    void exportWritesReadablePngSvgJsonAndNpz(FxRobot robot) throws Exception {
        await("data is ready", () -> vm.state().phaseProperty().get() == Phase.READY);
        robot.clickOn("#step");
        await(
                "one epoch trained",
                () -> vm.training().progress().epochProperty().get() == 1);
        robot.clickOn("#train"); // resume from the step's pause …
        await("training", () -> vm.training().progress().epochProperty().get() >= 3);
        robot.clickOn("#train"); // … and pause again so there is a model
        await("paused", () -> vm.state().phaseProperty().get() == Phase.PAUSED);
        robot.clickOn("#reset");
        await("reset", () -> vm.state().phaseProperty().get() == Phase.READY);
        vm.form().maxEpochs.setText("4");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#train");
        await(
                "finished",
                () -> vm.state().phaseProperty().get() == Phase.FINISHED
                        && vm.results().metrics().get(1).latent().length() > 0);

        // Clicking in the latent plot decodes that point into the preview.
        ScatterPlot latent = robot.lookup("#latent-plot").queryAs(ScatterPlot.class);
        robot.clickOn(latent);
        await(
                "a decoded point",
                () -> vm.explore().decoder().autoencoderProperty().get() != null);
        assertEquals(
                6,
                robot.lookup("#decoder")
                        .queryAs(MosaicChart.class)
                        .tiles()
                        .get(0)
                        .values()
                        .length);

        Path out = dir.resolve("export");
        WaitForAsyncUtils.asyncFx(() -> vm.files().exportAll(view, out)).get();
        for (String png : new String[] {"pca.png", "latent.png", "loss.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertNotNull(image, png);
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, png);
        }
        for (String svg : new String[] {"pca.svg", "latent.svg", "loss.svg"}) {
            String text = Files.readString(out.resolve(svg));
            javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), svg);
        }
        assertEquals(6, WeightsJson.read(out.resolve("weights.json")).model().inputWidth());
        byte[] npz = Files.readAllBytes(out.resolve("weights.npz"));
        assertEquals('P', npz[0]);
        assertEquals('K', npz[1]);
        assertTrue(Files.readString(out.resolve("latent.csv")).startsWith("z1,z2,label"));
        assertTrue(Files.exists(out.resolve("config.json")));

        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "x");
        WaitForAsyncUtils.asyncFx(() -> vm.files().exportPlot(view, PlotImages.Chart.PCA, blocker.resolve("pca.png")))
                .get();
        assertTrue(
                vm.state().statusProperty().get().startsWith("Export failed"),
                vm.state().statusProperty().get());
    }

    @Test
    void closingWhileTrainingStopsTheSession(FxRobot robot) throws Exception {
        await("data is ready", () -> vm.state().phaseProperty().get() == Phase.READY);
        robot.clickOn("#train");
        await("training", () -> vm.training().progress().epochProperty().get() >= 1);
        WaitForAsyncUtils.asyncFx(() -> vm.shutdown()).get();
        // The newest progress from before closing may still be published once; nothing after it.
        WaitForAsyncUtils.asyncFx(vm::pulse).get();
        int stoppedAt = vm.training().progress().epochProperty().get();
        await(
                "the training thread has ended",
                () -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith("latent-lab-worker") && t.isAlive()));
        WaitForAsyncUtils.asyncFx(vm::pulse).get();
        assertEquals(stoppedAt, vm.training().progress().epochProperty().get(), "training went on after closing");
    }
}

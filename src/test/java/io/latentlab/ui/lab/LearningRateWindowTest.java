package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.LearningRateChange;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.core.pipeline.RunArtifacts;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learning rate changed while training is recorded, and the exported config reproduces the run exactly. */
class LearningRateWindowTest extends LabWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    ExperimentConfig config() {
        return SmallExperiment.config(40);
    }

    @TempDir
    Path dir;

    @Test
    void theExportedConfigCarriesTheScheduleAndReproducesTheRun() throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> vm.state().phaseProperty().get() == Phase.READY);
        // Step: one epoch, then the run waits paused, so the change lands mid-run whatever the machine's speed.
        WaitForAsyncUtils.asyncFx(() -> vm.training().step()).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.training().isParkedInPause());
        WaitForAsyncUtils.asyncFx(() -> {
                    vm.form().learningRate.setText("0.005");
                    vm.training().applyLearningRate(); // what committing the field does
                    vm.training().trainOrPause(); // resume
                })
                .get();
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> vm.results().outcomeProperty().get() != null);

        TrainingResult window = vm.training().resultProperty().get();
        List<LearningRateChange> schedule =
                window.config().training().optimizer().schedule();
        assertEquals(1, schedule.size(), "one change: " + schedule);
        assertEquals(0.005, schedule.get(0).learningRate());
        int from = schedule.get(0).epoch();
        assertTrue(from >= 2, "applied from an epoch after the change: " + from);
        assertEquals(0.005, window.learningRates()[from - 1]);
        assertTrue(window.learningRates()[from - 2] != 0.005);

        Path config = dir.resolve("config.json");
        WaitForAsyncUtils.asyncFx(() -> vm.files().exportArtifact(RunArtifacts.CONFIG, config))
                .get();
        ExperimentConfig exported = ConfigJson.read(config);
        assertEquals(schedule, exported.autoencoder().training().optimizer().schedule());
        TrainingResult cli = Pipeline.run(exported, ProgressListener.SILENT).training();
        assertArrayEquals(window.lossCurve(), cli.lossCurve(), "run --config gives the window's run");
        assertArrayEquals(window.learningRates(), cli.learningRates());
    }
}

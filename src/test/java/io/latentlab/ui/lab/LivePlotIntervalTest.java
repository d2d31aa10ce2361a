package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.TrainingConfig;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The live plot shows at most one snapshot per interval while training, and never loses the newest. */
class LivePlotIntervalTest {

    private long now = 1_000;

    private static EpochEvent epoch(int n, Matrix latent) {
        double[] zero = new double[latent.cols()];
        return new EpochEvent(
                n,
                0.1,
                Double.NaN,
                0.1,
                n * 0.01,
                0.01,
                1e-3,
                new LatentDiagnostics(zero, zero, new boolean[latent.cols()], latent.rows()),
                latent);
    }

    /** A progress on this test's clock, showing the live rows {@code rows} of {@code b}, its session begun. */
    private TrainingProgress started(Baseline b, int[] rows, TrainingConfig running) {
        TrainingProgress progress = new TrainingProgress(() -> now);
        progress.showRows(b, rows);
        progress.begin(running, LossHistory.EMPTY);
        return progress;
    }

    @Test
    void snapshotsComingFasterThanTheIntervalShowTheNewestOncePerInterval() {
        ExperimentConfig c = SmallExperiment.config(50);
        Baseline b = Pipeline.prepare(c, step -> {});
        int[] rows = Pipeline.liveRows(b);
        TrainingConfig running = c.autoencoder().training();
        TrainingProgress progress = started(b, rows, running);

        progress.offer(epoch(1, Matrix.zeros(rows.length, 2)));
        assertEquals(1, progress.publish(running, b, false), "the numbers of epoch 1");
        assertNull(progress.liveLatentProperty().get(), "the latent plot waits for the next pulse");
        progress.publish(running, b, false);
        assertEquals(1, progress.liveLatentProperty().get().epoch(), "a session's first snapshot shows at once");

        // Epochs 2..5 come within the interval: none of them shows yet, the newest is kept.
        for (int n = 2; n <= 5; n++) {
            now += TrainingProgress.LIVE_PLOT_INTERVAL_NANOS / 10;
            progress.offer(epoch(n, Matrix.zeros(rows.length, 2)));
            assertEquals(n, progress.publish(running, b, false));
            progress.publish(running, b, false);
            assertEquals(1, progress.liveLatentProperty().get().epoch());
        }
        // No new epoch (paused after epoch 5, say): the interval passes and epoch 5's snapshot shows.
        now += TrainingProgress.LIVE_PLOT_INTERVAL_NANOS;
        assertEquals(-1, progress.publish(running, b, false));
        assertEquals(5, progress.liveLatentProperty().get().epoch());
        assertEquals(-1, progress.publish(running, b, false));
        assertEquals(5, progress.liveLatentProperty().get().epoch());

        // Still paused: the live silhouette of epoch 5 comes after its snapshot was shown, and the title takes it.
        progress.offerSilhouette(0.5, 5);
        progress.publish(running, b, true);
        progress.publish(running, b, true);
        TrainingProgress.LiveLatent shown = progress.liveLatentProperty().get();
        assertEquals(0.5, shown.silhouette());
        assertEquals(5, shown.silhouetteEpoch());
        assertEquals(5, shown.epoch());
    }

    @Test
    void aLiveSilhouetteAfterTheRunFinishedLeavesTheFinishedLine() {
        ExperimentConfig c = SmallExperiment.config(5);
        Baseline b = Pipeline.prepare(c, step -> {});
        int[] rows = Pipeline.liveRows(b);
        TrainingConfig running = c.autoencoder().training();
        TrainingProgress progress = started(b, rows, running);
        for (int n = 1; n <= 5; n++) {
            progress.offer(epoch(n, Matrix.zeros(rows.length, 2)));
        }
        progress.publish(running, b, false);
        TrainingResult r = Pipeline.newSession(b, c.autoencoder(), rows).run();
        progress.finish(r);
        String finished = progress.progressTextProperty().get();
        assertTrue(finished.endsWith("s/epoch"), finished);

        progress.offerSilhouette(0.5, 5); // the last snapshot's figure, scored after the run ended
        now += TrainingProgress.LIVE_PLOT_INTERVAL_NANOS;
        assertEquals(-1, progress.publish(running, b, false));
        assertEquals(finished, progress.progressTextProperty().get());
        assertEquals(1.0, progress.progressProperty().get());
    }
}

package io.latentlab.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSweepTest {

    private static final ExperimentConfig SMALL = ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,"
            + "\"features\":6,\"clusters\":3,\"seed\":4}},\"autoencoder\":{\"network\":{\"encoder\":[8]},"
            + "\"training\":{\"maxEpochs\":100000,\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}");

    @Test
    void aSweepTrainsEverySeedAndCancelKeepsTheSeedsFinished() {
        ExperimentConfig quick = SMALL.withAutoencoder(
                SMALL.autoencoder().toBuilder().maxEpochs(3).build());
        SweepResult done = new SeedSweep("small", quick, List.of(1L, 2L, 3L)).run((f, m) -> {});
        assertEquals(
                List.of(1L, 2L, 3L), done.seeds().stream().map(SweepRow::seed).toList());
        assertNotNull(done.pca());
        assertTrue(!done.cancelled());

        SeedSweep sweep = new SeedSweep("small", quick, List.of(1L, 2L, 3L));
        SweepResult cancelled = sweep.run(new SweepListener() {
            @Override
            public void progress(double fraction, String message) {}

            @Override
            public void seedFinished(SweepRow row, int finished, int total) {
                sweep.cancel();
            }
        });
        assertTrue(cancelled.cancelled());
        assertEquals(List.of(done.seeds().get(0)), cancelled.seeds(), "the finished seed, with the same scores");
        assertEquals(done.pca(), cancelled.pca());
    }

    @Test
    void cancelStopsASeedMidTrainingAndLeavesItOut() {
        // 100,000 epochs: only cancel ends this seed.
        SeedSweep endless = new SeedSweep("small", SMALL, List.of(1L, 2L));
        SweepResult cancelled = endless.run((fraction, message) -> {
            if (message.equals("seed 1 (1 of 2): epoch 3 of at most 100000")) {
                endless.cancel();
            }
        });
        assertTrue(cancelled.cancelled());
        assertEquals(List.of(), cancelled.seeds());
    }

    @Test
    void spreadIsTheMeanAndSampleStd() {
        SweepRow a = new SweepRow(1L, 0.5, 0.9, 0.8, 0.01, 0, 10, "max_epochs");
        SweepRow b = new SweepRow(2L, 0.7, 0.9, null, 0.03, 1, 10, "max_epochs");
        SweepResult r = new SweepResult("x", List.of(a, b), null, false);
        SweepResult.Spread s = r.spread(SweepRow.Measure.SILHOUETTE);
        assertEquals(0.6, s.mean(), 1e-15);
        assertEquals(Math.sqrt(0.02), s.std(), 1e-15);
        assertEquals(1, r.spread(SweepRow.Measure.KNN_ACCURACY).count());
        assertEquals(0, r.spread(SweepRow.Measure.KNN_ACCURACY).std());
        assertEquals(0.5, r.spread(SweepRow.Measure.DEAD_UNITS).mean());
    }

    @Test
    void refusesNoSeedsTooManyAndRepeats() {
        assertThrows(InvalidValueException.class, () -> new SeedSweep("x", SMALL, List.of()));
        assertThrows(InvalidValueException.class, () -> SeedSweep.consecutive(0, 101));
        assertEquals(List.of(5L, 6L, 7L), SeedSweep.consecutive(5, 3));
        assertThrows(InvalidValueException.class, () -> new SeedSweep("x", SMALL, List.of(1L, 1L)));
    }
}

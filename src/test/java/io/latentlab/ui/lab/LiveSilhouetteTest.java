package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The live silhouette scores the newest snapshot in the end, however fast snapshots come. */
class LiveSilhouetteTest {

    @Test
    void snapshotsWithinTheIntervalEndWithTheNewestScored() throws InterruptedException {
        Baseline b = Pipeline.prepare(SmallExperiment.config(5), step -> {});
        int[] rows = Pipeline.liveRows(b);
        Matrix codes = b.pcaTest().selectRows(rows); // any 2-D codes of the live rows
        List<Integer> scored = new CopyOnWriteArrayList<>();
        LiveSilhouette live = new LiveSilhouette(b, rows, (value, epoch) -> scored.add(epoch));
        for (int epoch = 1; epoch <= 5; epoch++) {
            live.request(codes, epoch); // five epochs in well under the interval: a paused run's last ones
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!scored.contains(5) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(5, scored.get(scored.size() - 1), "the newest epoch is scored: " + scored);
        assertTrue(scored.size() <= 2, "at most the first and the newest within one interval: " + scored);
    }
}

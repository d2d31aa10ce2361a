package io.latentlab.ui.lab;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ObjIntConsumer;

/**
 * The live silhouette of the latent snapshots while training, computed on a worker thread of its own so that the
 * thread delivering the epochs never waits for it: a snapshot that arrives while the previous one is still being scored, or
 * within {@link #MIN_INTERVAL_NANOS} of the last one, is skipped.
 */
final class LiveSilhouette {

    /** At most two live figures a second: enough to follow, and a few percent of one core at worst. */
    static final long MIN_INTERVAL_NANOS = 500_000_000L;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "latent-lab-live-scores");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private final Baseline baseline;
    private final int[] rows;
    private final ObjIntConsumer<Double> done;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long last;

    /**
     * @param rows the test rows the snapshots hold (see {@link Pipeline#liveRows})
     * @param done receives each silhouette (null without labels) and its epoch, on the worker thread
     */
    LiveSilhouette(Baseline baseline, int[] rows, ObjIntConsumer<Double> done) {
        this.baseline = baseline;
        this.rows = rows;
        this.done = done;
    }

    /** From the session's thread: scores {@code snapshot} later unless the worker is busy or it is too soon. */
    void request(Matrix snapshot, int epoch) {
        long now = System.nanoTime();
        if (now - last < MIN_INTERVAL_NANOS || !busy.compareAndSet(false, true)) {
            return;
        }
        last = now;
        WORKER.execute(() -> {
            try {
                done.accept(Pipeline.latentSilhouette(baseline, rows, snapshot), epoch);
            } catch (RuntimeException e) {
                // A live figure is a convenience: a failure here must not touch training; the final scores say it.
            } finally {
                busy.set(false);
            }
        });
    }
}

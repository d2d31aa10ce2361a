package io.latentlab.ui.lab;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;

/**
 * The live silhouette of the latent snapshots while training, computed on a worker thread of its own so that the
 * thread delivering the epochs never waits for it. At most one score starts per {@link #MIN_INTERVAL_NANOS}; a
 * snapshot that comes sooner, or while one is being scored, replaces any other waiting and is scored when the
 * interval has passed. So the newest snapshot is always scored in the end: paused, the figure is the shown epoch's.
 */
final class LiveSilhouette {

    /** At most two live figures a second: enough to follow, and a few percent of one core at worst. */
    static final long MIN_INTERVAL_NANOS = 500_000_000L;

    private static final ScheduledExecutorService WORKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latent-lab-live-scores");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private final Baseline baseline;
    private final int[] rows;
    private final ObjIntConsumer<Double> done;
    private final Object lock = new Object();
    /** The newest snapshot not scored yet and its epoch (guarded by lock). */
    private Matrix waiting;

    private int waitingEpoch;
    /** A score is scheduled or running (guarded by lock); it takes the newest waiting snapshot when it starts. */
    private boolean scheduled;
    /** When the last score started (guarded by lock); at first an interval back, so the first starts at once. */
    private long lastStart = System.nanoTime() - MIN_INTERVAL_NANOS;

    /**
     * @param rows the test rows the snapshots hold (see {@link Pipeline#liveRows})
     * @param done receives each silhouette (null without labels) and its epoch, on the worker thread
     */
    LiveSilhouette(Baseline baseline, int[] rows, ObjIntConsumer<Double> done) {
        this.baseline = baseline;
        this.rows = rows;
        this.done = done;
    }

    /** From the session's thread: scores {@code snapshot} as soon as the interval allows. */
    void request(Matrix snapshot, int epoch) {
        synchronized (lock) {
            waiting = snapshot;
            waitingEpoch = epoch;
            if (!scheduled) {
                scheduled = true;
                scheduleLocked();
            }
        }
    }

    private void scheduleLocked() {
        long delay = Math.max(0, lastStart + MIN_INTERVAL_NANOS - System.nanoTime());
        WORKER.schedule(this::scoreNewest, delay, TimeUnit.NANOSECONDS);
    }

    private void scoreNewest() {
        Matrix snapshot;
        int epoch;
        synchronized (lock) {
            snapshot = waiting;
            epoch = waitingEpoch;
            waiting = null;
            lastStart = System.nanoTime();
        }
        try {
            done.accept(Pipeline.latentSilhouette(baseline, rows, snapshot), epoch);
        } catch (RuntimeException e) {
            // A live figure is a convenience: a failure here must not touch training; the final scores say it.
        } finally {
            synchronized (lock) {
                if (waiting != null) {
                    scheduleLocked(); // a newer snapshot came meanwhile
                } else {
                    scheduled = false;
                }
            }
        }
    }
}

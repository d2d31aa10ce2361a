package io.latentlab.ui.lab;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.ui.task.TaskExecutor;
import java.util.concurrent.CancellationException;

/**
 * Stage 1 of the pipeline in the background, one preparation at a time: starting a newer one, or {@link #cancel},
 * interrupts the one running (it stops within one block of work) and silences it, so only the newest preparation
 * ever reaches the window. Each preparation has a number, its generation.
 */
final class Preparations {

    /** What the window does with the newest preparation's news; all on the UI thread. */
    interface Handler {
        void step(String message);

        void partial(Baseline unfinished);

        void done(Baseline b);

        void failed(Throwable e, int generation);
    }

    private final TaskExecutor executor;
    private volatile int generation;
    /** The thread preparing now, to interrupt; null when none. */
    private volatile Thread worker;

    Preparations(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The number of the newest preparation (started or cancelled). */
    int generation() {
        return generation;
    }

    /** Starts preparing {@code config}, superseding any preparation running; returns its generation. */
    int start(ExperimentConfig config, Handler handler) {
        int mine = ++generation;
        interruptWorker();
        ProgressListener toWindow = new ProgressListener() {
            @Override
            public void step(String message) {
                if (mine != generation) {
                    throw new CancellationException("superseded by a newer preparation");
                }
                executor.runOnUiThread(() -> {
                    if (mine == generation) {
                        handler.step(message);
                    }
                });
            }

            @Override
            public void partial(Baseline unfinished) {
                executor.runOnUiThread(() -> {
                    if (mine == generation) {
                        handler.partial(unfinished);
                    }
                });
            }
        };
        executor.execute(
                () -> {
                    worker = Thread.currentThread();
                    try {
                        if (mine != generation) {
                            throw new CancellationException("superseded by a newer preparation");
                        }
                        return Pipeline.prepare(config, toWindow);
                    } finally {
                        if (worker == Thread.currentThread()) {
                            worker = null;
                        }
                        Thread.interrupted(); // a pool thread goes back clean
                    }
                },
                b -> {
                    if (mine == generation) {
                        handler.done(b);
                    }
                },
                e -> {
                    if (mine == generation) {
                        handler.failed(e, mine);
                    }
                });
        return mine;
    }

    /** Stops and silences the preparation running now, if any. */
    void cancel() {
        generation++;
        interruptWorker();
    }

    private void interruptWorker() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }
}

package io.latentlab.cli;

import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.io.ShutdownGrace;
import java.io.PrintWriter;

/**
 * Ctrl-C or SIGTERM while {@code run} trains: instead of losing the run, training stops at the next mini-batch
 * ({@code stopped_because: cancelled}) and the results so far are scored and written as a complete set before the
 * process exits (with the signal's status, 130 or 143). A signal after training (while scoring or writing) leaves
 * the folder as {@link io.latentlab.core.io.FileSet} promises: the previous complete run or the new one.
 */
final class InterruptedRun implements AutoCloseable {

    private final PrintWriter err;
    private final Thread hook = new Thread(this::onShutdown, "latent-lab-interrupted-run");
    private final java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
    private TrainingSession training;
    private ShutdownGrace.Hold hold;
    private boolean saving;
    /** What a signal that does not stop training interrupts (for its message). */
    private enum Stage {
        BEFORE_WRITING,
        WRITING,
        WRITTEN
    }

    private Stage stage = Stage.BEFORE_WRITING;

    InterruptedRun(PrintWriter err) {
        this.err = err;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Training begins: a signal from now on cancels it and waits for the results. */
    synchronized void trainingStarted(TrainingSession session) {
        training = session;
        hold = ShutdownGrace.hold();
    }

    /** Training returned: unless a signal is saving this run, a later signal abandons it as usual. */
    synchronized void trainingEnded() {
        training = null;
        if (!saving && hold != null) {
            hold.release();
        }
    }

    /** The results are about to be written (staged, then moved in). */
    synchronized void writing() {
        stage = Stage.WRITING;
    }

    /** The results are in place; what follows (the summary) loses nothing. */
    synchronized void written() {
        stage = Stage.WRITTEN;
    }

    /** The results are written (or failed): a waiting shutdown may go on. */
    @Override
    public void close() {
        written.countDown();
        synchronized (this) {
            if (hold != null) {
                hold.release();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook is running and has just been released.
        }
    }

    private void onShutdown() {
        synchronized (this) {
            if (training == null) {
                // Said, not silent: the folder is left as FileSet promises (the earlier run, or a move that was
                // already under way finished).
                String what = switch (stage) {
                    case BEFORE_WRITING ->
                        "interrupted before the results were written: nothing of this run is"
                                + " written, and the output folder keeps what it had";
                    case WRITING ->
                        "interrupted while writing the results: the output folder keeps what it had,"
                                + " unless the new files were already being moved in (then it holds them all)";
                    case WRITTEN -> null;
                };
                if (what != null) {
                    err.println("[latent-lab] " + what);
                    err.flush();
                }
                return;
            }
            saving = true;
            training.cancel();
        }
        err.println("[latent-lab] interrupted: training stops now; writing the results so far (at most "
                + ShutdownGrace.MAX_WAIT_SECONDS + " s)");
        err.flush();
        try {
            written.await(ShutdownGrace.MAX_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

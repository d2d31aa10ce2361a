package io.latentlab.core.ae;

/**
 * The thread-safe controls of a {@link TrainingSession}: pause, resume, step and cancel, asked for on any thread and
 * obeyed by the training thread at its next mini-batch ({@link #awaitPermission()}) or epoch end
 * ({@link #endOfEpoch()}). Also counts the time spent paused, which training times leave out.
 */
final class TrainingControls {

    private final Object lock = new Object();
    private volatile boolean pauseRequested;
    private volatile boolean stepRequested;
    private volatile boolean cancelRequested;
    private volatile boolean waiting;
    private long pausedNanos;

    void pause() {
        synchronized (lock) {
            pauseRequested = true;
        }
    }

    void resume() {
        synchronized (lock) {
            pauseRequested = false;
            stepRequested = false;
            lock.notifyAll();
        }
    }

    void step() {
        synchronized (lock) {
            stepRequested = true;
            pauseRequested = false;
            lock.notifyAll();
        }
    }

    void cancel() {
        synchronized (lock) {
            cancelRequested = true;
            lock.notifyAll();
        }
    }

    /** A pause (or the end of a step) has been asked for and not yet lifted. */
    boolean pauseRequested() {
        return pauseRequested;
    }

    boolean isCancelled() {
        return cancelRequested;
    }

    /** True while the training thread is actually waiting in a pause. */
    boolean isWaiting() {
        return waiting;
    }

    /** Per-batch gate on the training thread: returns false when training must stop. Blocks while paused. */
    boolean awaitPermission() {
        if (!pauseRequested && !cancelRequested) {
            return true;
        }
        synchronized (lock) {
            long t0 = System.nanoTime();
            try {
                while (pauseRequested && !cancelRequested) {
                    waiting = true;
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelRequested = true;
            } finally {
                waiting = false;
                pausedNanos += System.nanoTime() - t0;
            }
            return !cancelRequested;
        }
    }

    /** At the end of an epoch: a requested step has been made, so pause. */
    void endOfEpoch() {
        synchronized (lock) {
            if (stepRequested) {
                stepRequested = false;
                pauseRequested = true;
            }
        }
    }

    /** Time spent paused so far, in nanoseconds. */
    long pausedNanos() {
        synchronized (lock) {
            return pausedNanos;
        }
    }
}

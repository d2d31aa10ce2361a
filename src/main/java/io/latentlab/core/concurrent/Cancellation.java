package io.latentlab.core.concurrent;

import java.util.concurrent.CancellationException;

/**
 * Long loops call {@link #check()} between blocks of work, so that interrupting the thread that runs them (the
 * window's Cancel, or a newer preparation) stops them within one block instead of at the end. Interruption is the
 * signal because it also wakes blocking I/O; the flag stays set for the caller to see.
 */
public final class Cancellation {

    private Cancellation() {}

    /** Throws {@link CancellationException} when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }
}

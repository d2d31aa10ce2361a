package io.latentlab.core.sweep;

/** Hears how a sweep goes; called on the sweep's thread. */
public interface SweepListener {

    /** A step of the sweep, e.g. "seed 18 (2 of 5): epoch 40 of at most 1000". */
    void progress(double fraction, String message);

    /** A seed finished; {@code done} of {@code total} seeds have. */
    default void seedFinished(SweepRow row, int done, int total) {}
}

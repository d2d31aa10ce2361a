package io.latentlab.ui.lab;

/** What the lab is doing. */
public enum Phase {
    /** Generating or loading data and fitting PCA. */
    PREPARING,
    /** Data and PCA shown; no model yet. */
    READY,
    TRAINING,
    PAUSED,
    /** Training stopped (converged, max epochs, cancelled, diverged or failed part-way); results shown. */
    FINISHED,
    /** Data could not be prepared; the status says why. */
    FAILED
}

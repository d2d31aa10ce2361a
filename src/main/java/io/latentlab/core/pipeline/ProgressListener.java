package io.latentlab.core.pipeline;

/** Hears what a long computation is doing, in words a user can read. The CLI prints them to stderr. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener SILENT = message -> {};

    void step(String message);
}

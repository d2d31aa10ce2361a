package io.latentlab.core.pipeline;

/** Hears what a long computation is doing, in words a user can read. The CLI prints them to stderr. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener SILENT = message -> {};

    void step(String message);

    /**
     * The baseline so far, while {@link Pipeline#prepare} is still scoring: first with the PCA projection and no
     * scores, then each time a score is ready, so a window can show the plot at once and fill the scores in.
     * Called on the preparing thread.
     */
    default void partial(Baseline unfinished) {}

    /** {@link Pipeline#run} starts training {@code session} (which a caller may {@code cancel()}). */
    default void trainingStarted(io.latentlab.core.ae.TrainingSession session) {}

    /** {@link Pipeline#run}'s training has returned; scoring and writing follow. */
    default void trainingEnded() {}
}

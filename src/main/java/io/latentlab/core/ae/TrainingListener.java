package io.latentlab.core.ae;

/**
 * Receives training progress. Called on the training thread: a UI must hand the data over to its own thread and
 * return quickly, since the next epoch waits for the listener. An exception thrown by a listener ends
 * {@link TrainingSession#run()} with that exception.
 */
public interface TrainingListener {

    default void onEpoch(EpochEvent event) {}

    default void onFinished(TrainingResult result) {}
}

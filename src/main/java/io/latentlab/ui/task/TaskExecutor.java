package io.latentlab.ui.task;

import java.util.function.Consumer;

/**
 * Runs long work off the UI thread and hands the outcome back on it. View-models depend on this interface only,
 * so tests run them synchronously ({@link DirectTaskExecutor}) without a toolkit, as JabRef does.
 */
public interface TaskExecutor {

    /** Work that may take long; it must not touch UI state. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code work} in the background; then calls exactly one of {@code onSuccess} or {@code onFailure}
     * on the UI thread.
     */
    <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (immediately when already there, or in tests). */
    void runOnUiThread(Runnable action);

    /** Stops accepting work; running work is interrupted. */
    void shutdown();
}

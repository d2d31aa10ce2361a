package io.latentlab.ui.task;

import java.util.function.Consumer;

/** Runs everything at once on the calling thread: for view-model tests. */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}

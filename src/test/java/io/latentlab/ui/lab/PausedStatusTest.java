package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.ui.task.DirectTaskExecutor;
import io.latentlab.ui.task.TaskExecutor;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pause takes effect on the training thread, after epochs that the window has not shown yet: the status names the
 * epoch the counter ends on, not the one that was on screen when Pause was pressed.
 */
class PausedStatusTest {

    /** Runs work on its own thread and calls back there; the test thread plays the UI thread and pulses by hand. */
    private static final class ThreadExecutor implements TaskExecutor {
        private final DirectTaskExecutor direct = new DirectTaskExecutor();

        @Override
        public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Thread t = new Thread(() -> direct.execute(work, onSuccess, onFailure));
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {}
    }

    private LabViewModel vm;

    @AfterEach
    void stop() {
        if (vm != null) {
            vm.training().shutdown();
        }
    }

    @Test
    void pausedStatusNamesTheEpochTheCounterShows() throws InterruptedException {
        vm = new LabViewModel(new ThreadExecutor(), SmallExperiment.config(1_000_000));
        vm.initialize();
        long until = System.nanoTime() + 30_000_000_000L;
        while (!vm.state().statusProperty().get().startsWith("Data ready") && System.nanoTime() < until) {
            Thread.sleep(5); // the data is prepared on the executor's thread, which says so last
        }
        vm.training().trainOrPause();
        while (vm.training().progress().epochProperty().get() < 2 && System.nanoTime() < until) {
            vm.pulse();
            Thread.sleep(5);
        }
        int onScreen = vm.training().progress().epochProperty().get();
        assertTrue(
                onScreen >= 2,
                "training started: " + vm.state().statusProperty().get() + " "
                        + vm.state().phaseProperty().get());
        Thread.sleep(300); // epochs finish that no pulse has shown yet
        vm.training().trainOrPause();
        for (int i = 0; i < 20; i++) {
            Thread.sleep(20);
            vm.pulse();
        }

        int shown = vm.training().progress().epochProperty().get();
        assertTrue(shown > onScreen, "epochs went on after the last pulse before Pause: " + onScreen + " " + shown);
        assertEquals("Paused at epoch " + shown, vm.state().statusProperty().get());
        assertEquals("…", vm.results().metrics().get(1).latent(), "the model's scores come when it stops");
    }
}

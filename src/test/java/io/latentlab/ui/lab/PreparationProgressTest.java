package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.ui.task.TaskExecutor;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A preparation shows the PCA plot before its scores and can be cancelled mid-way. Work runs on real background
 * threads; this test's thread plays the UI thread and drains what they hand back.
 */
class PreparationProgressTest {

    /** Background threads for work, a queue for the "UI thread" (the test), and a count of work still running. */
    private static final class QueuedExecutor implements TaskExecutor {
        final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-worker");
            t.setDaemon(true);
            return t;
        });

        @Override
        public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            running.incrementAndGet();
            pool.execute(() -> {
                try {
                    T result = work.call();
                    ui.add(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    ui.add(() -> onFailure.accept(e));
                } finally {
                    running.decrementAndGet();
                }
            });
        }

        @Override
        public void runOnUiThread(Runnable action) {
            ui.add(action);
        }

        @Override
        public void shutdown() {
            pool.shutdownNow();
        }

        /** Runs UI actions until {@code done} holds; fails after {@code seconds}. */
        void drainUntil(BooleanSupplier done, double seconds, String what) throws InterruptedException {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (!done.getAsBoolean()) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "timed out waiting for " + what);
                Runnable r = ui.poll(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
                if (r != null) {
                    r.run();
                }
            }
        }
    }

    private QueuedExecutor executor;
    private LabViewModel vm;

    @BeforeEach
    void setUp() throws InterruptedException {
        executor = new QueuedExecutor();
        vm = new LabViewModel(executor, SmallExperiment.config(3));
        vm.initialize();
        executor.drainUntil(() -> vm.data().baselineProperty().get() != null, 60, "the first data");
    }

    @AfterEach
    void tearDown() {
        executor.shutdown();
    }

    /** 60,000 test rows scored exactly: minutes of O(n^2) work after a PCA that takes a second. */
    private static ExperimentConfig slowToScore() {
        return ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300000,\"features\":10,\"clusters\":5}},"
                + "\"metrics\":{\"exactScores\":true}}");
    }

    @Test
    void thePcaPlotComesBeforeTheScoresAndCancelStopsTheScoring() throws InterruptedException {
        Baseline before = vm.data().baselineProperty().get();
        vm.data().show(slowToScore(), "big data");
        assertEquals(
                "PCA of the previous data — preparing…",
                vm.data().pcaTitleProperty().get());
        executor.drainUntil(() -> vm.data().previewProperty().get() != null, 120, "the PCA plot");

        assertNull(vm.data().baselineProperty().get(), "still scoring");
        assertEquals(60_000, vm.data().pcaPlotProperty().get().xy().rows());
        assertTrue(
                vm.data().pcaTitleProperty().get().contains("scoring"),
                vm.data().pcaTitleProperty().get());
        assertEquals(Phase.PREPARING, vm.state().phaseProperty().get());

        vm.data().cancelPreparation();
        assertSame(before, vm.data().baselineProperty().get(), "the data from before is back");
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
        assertTrue(
                vm.state().statusProperty().get().contains("cancelled"),
                vm.state().statusProperty().get());
        assertTrue(vm.data().staleProperty().get(), "the form's settings are not the data shown");
        // The interrupted worker gives up within one block of distances, not after the whole score.
        executor.drainUntil(() -> executor.running.get() == 0, 10, "the cancelled work to stop");
        assertSame(before, vm.data().baselineProperty().get(), "its late failure changes nothing");
    }

    @Test
    void aNewerPreparationOvertakesARunningOne() throws InterruptedException {
        vm.data().show(slowToScore(), "big data");
        executor.drainUntil(() -> vm.data().previewProperty().get() != null, 120, "the PCA plot");
        vm.data().show(SmallExperiment.config(3), "small again");
        executor.drainUntil(() -> vm.data().baselineProperty().get() != null, 60, "the small data");
        executor.drainUntil(() -> executor.running.get() == 0, 10, "the overtaken work to stop");
        assertNotNull(vm.data().baselineProperty().get());
        assertEquals(Phase.READY, vm.state().phaseProperty().get());
    }
}

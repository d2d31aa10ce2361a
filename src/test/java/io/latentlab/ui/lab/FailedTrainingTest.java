package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.BreakingListener;
import io.latentlab.core.ae.StopReason;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.ui.task.DirectTaskExecutor;
import io.latentlab.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails part-way keeps its last epoch as a result to explore, export and bring back; one whose work
 * fails without a result leaves its latest model on screen and is let go, not awaited, when thrown away.
 */
class FailedTrainingTest {

    /**
     * Runs everything at once; while {@code failTraining}, a training run's work fails after it trained. While
     * {@code holdFailure} too, the failure is kept back until {@link #deliver()}, as if the run were still going.
     */
    private static final class FailingTraining implements TaskExecutor {
        private final DirectTaskExecutor direct = new DirectTaskExecutor();
        boolean failTraining;
        boolean holdFailure;
        Runnable held;

        @Override
        public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            direct.execute(
                    work,
                    result -> {
                        if (failTraining && result instanceof TrainingResult) {
                            Runnable fail =
                                    () -> onFailure.accept(new IllegalStateException("native memory exhausted"));
                            if (holdFailure) {
                                held = fail;
                            } else {
                                fail.run();
                            }
                        } else {
                            onSuccess.accept(result);
                        }
                    },
                    onFailure);
        }

        void deliver() {
            held.run();
            held = null;
        }

        @Override
        public void runOnUiThread(Runnable action) {
            direct.runOnUiThread(action);
        }

        @Override
        public void shutdown() {
            direct.shutdown();
        }
    }

    private final FailingTraining executor = new FailingTraining();
    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(executor, SmallExperiment.config(4));
        vm.initialize();
        executor.failTraining = true;
    }

    @Test
    void aRunThatFailsPartWayEndsWithItsLastEpochToExportAndBringBack(@TempDir Path dir) throws Exception {
        executor.failTraining = false;
        vm.training().setSessionHook(new SessionHook() {
            @Override
            public void started(Baseline on, int[] liveRows, TrainingSession s) {
                s.addListener(BreakingListener.at(2));
            }

            @Override
            public Runnable stopped() {
                return () -> {};
            }
        });

        vm.training().trainOrPause();

        TrainingResult r = vm.training().resultProperty().get();
        assertNotNull(r, "the epochs trained are not lost");
        assertEquals(StopReason.FAILED, r.stopReason());
        assertEquals(Phase.FINISHED, vm.state().phaseProperty().get());
        assertEquals(r.stopMessage(), vm.state().statusProperty().get());
        assertTrue(
                r.stopMessage().startsWith("Training failed (IllegalStateException: listener broke)"), r.stopMessage());
        assertSame(r.model(), vm.training().currentModel());
        assertEquals(r.epochs(), vm.training().progress().epochProperty().get(), "the epochs trained, all shown");
        assertEquals(
                r.epochs(),
                vm.training().progress().lossHistoryProperty().get().count(),
                "the curve has them too, as Undo will bring it back");
        assertFalse(
                vm.training().wouldContinue(vm.form().build().orElseThrow().autoencoder()),
                "Train starts a new model: a failed run's state may be half-updated");
        Path weights = dir.resolve("w.json");
        vm.files().exportArtifact(RunArtifacts.WEIGHTS_JSON, weights);
        assertEquals(
                "failed",
                WeightsJson.read(weights).training().path("stopReason").asText());

        vm.training().reset();
        assertTrue(vm.undo().canUndo(), "the failed run is offered back");
        vm.undo().undo();
        assertSame(r, vm.training().resultProperty().get());
    }

    @Test
    void theFailureIsReportedAndTheLatestModelStaysToExplore() {
        vm.training().trainOrPause();

        assertEquals(Phase.FINISHED, vm.state().phaseProperty().get(), "the data and PCA are still there");
        assertEquals(
                "Training failed: native memory exhausted",
                vm.state().statusProperty().get());
        assertNotNull(vm.training().currentModel(), "the latest epoch's weights are still shown");
        assertEquals(4, vm.training().progress().epochProperty().get(), "the epochs it trained are shown");
    }

    @Test
    void throwingTheFailedRunAwayLetsItGo() {
        vm.training().trainOrPause();
        vm.training().reset();

        assertFalse(vm.training().awaitsDiscardedResult(), "no result will come from a failed run");
        assertFalse(vm.undo().canUndo(), "a failed run is not offered back");

        // The next run is thrown away and brought back as usual.
        executor.failTraining = false;
        vm.training().trainOrPause();
        assertEquals(Phase.FINISHED, vm.state().phaseProperty().get());
        vm.training().reset();
        assertTrue(vm.undo().canUndo());
    }

    @Test
    void aRunThatFailsAfterBeingThrownAwayIsLetGo() {
        executor.holdFailure = true;
        vm.training().trainOrPause();
        vm.training().pulse(); // the window's timer shows the epochs trained so far
        assertEquals(Phase.TRAINING, vm.state().phaseProperty().get(), "its work has not reported back yet");

        vm.training().reset();
        assertTrue(vm.training().awaitsDiscardedResult(), "a stopped run's result is awaited, for Undo");
        executor.deliver();

        assertFalse(vm.training().awaitsDiscardedResult(), "its failure ends the wait");
        assertFalse(vm.undo().canUndo(), "and there is no result to offer back");
    }
}

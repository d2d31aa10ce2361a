package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.Presets;
import io.latentlab.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trained model is never lost without a way back: Train goes on from it, and every discard offers Undo. */
class KeepWorkTest {

    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(6));
        vm.initialize();
        vm.training().trainOrPause();
        assertEquals(Phase.FINISHED, phase());
    }

    private Phase phase() {
        return vm.state().phaseProperty().get();
    }

    private int epochs() {
        return vm.training().progress().epochProperty().get();
    }

    private String latentSilhouette() {
        return vm.results().metrics().get(1).latent();
    }

    @Test
    void trainAfterAFinishedRunGoesOnFromItsWeights() {
        double lossAfterSix = vm.training().progress().trainLossProperty().get();
        vm.form().maxEpochs.setText("4");
        vm.training().trainOrPause();
        assertEquals(Phase.FINISHED, phase());
        assertEquals(10, epochs(), "6 epochs, then 4 more");
        assertEquals(10, vm.training().progress().lossHistoryProperty().get().count());
        assertEquals(
                lossAfterSix,
                vm.training().progress().lossHistoryProperty().get().train()[5]);
        assertEquals(10, vm.training().resultProperty().get().epochs());
        // Its config reproduces the ten epochs in one go.
        assertEquals(
                10,
                vm.results()
                        .outcomeProperty()
                        .get()
                        .config()
                        .autoencoder()
                        .training()
                        .maxEpochs());
        assertFalse(vm.undo().canUndo(), "nothing was thrown away");
    }

    @Test
    void stepAfterAFinishedRunAddsOneEpoch() {
        vm.training().step();
        assertEquals(7, epochs());
    }

    @Test
    void resetOffersUndoThatBringsBackModelCurveAndScores() {
        String before = latentSilhouette();
        vm.training().reset();
        assertEquals(0, epochs());
        assertTrue(vm.undo().canUndo());
        assertEquals(
                "The trained model (6 epochs) was thrown away.",
                vm.undo().offerProperty().get());
        vm.undo().undo();
        assertEquals(Phase.FINISHED, phase());
        assertEquals(6, epochs());
        assertEquals(6, vm.training().progress().lossHistoryProperty().get().count());
        assertEquals(before, latentSilhouette());
        assertEquals("", vm.undo().offerProperty().get());
    }

    @Test
    void onlyABadDataFieldSaysThePlotsShowThePreviousData() {
        vm.form().learningRate.setText("abc");
        assertFalse(vm.data().staleProperty().get(), "a bad training field leaves the data as it is");
        vm.form().learningRate.setText("0.001");
        vm.form().clusters.setText("x");
        assertTrue(vm.data().staleProperty().get(), "the data the field describes is unknown");
        vm.form().clusters.setText("3");
        assertFalse(vm.data().staleProperty().get(), "the data shown again");
    }

    @Test
    void changedDataIsMarkedWhileATrainingFieldIsBad() {
        vm.form().learningRate.setText("abc");
        vm.form().clusters.setText("4");
        assertTrue(vm.data().staleProperty().get(), "the plots show 3 clusters, the fields ask for 4");
        vm.form().clusters.setText("3");
        assertFalse(vm.data().staleProperty().get(), "back to the data shown, the training field still bad");
        assertFalse(vm.form().validProperty().get());
    }

    @Test
    void changedDataRegeneratesWhileATrainingFieldIsBad() {
        vm.form().learningRate.setText("abc");
        vm.form().clusters.setText("4");
        vm.data().regenerate();
        assertFalse(vm.data().staleProperty().get(), "the plots show the 4 clusters asked for");
        assertTrue(vm.data()
                .baselineProperty()
                .get()
                .sameDataAs(vm.form().dataConfigProperty().get()));
        assertEquals("abc", vm.form().learningRate.text(), "the bad field is left for the user to correct");
    }

    @Test
    void newDataOffersUndoThatBringsBackTheOldDataAndModel() {
        String before = latentSilhouette();
        vm.form().clusters.setText("4");
        vm.data().regenerate();
        assertNull(vm.training().resultProperty().get());
        assertTrue(vm.undo().canUndo());
        vm.undo().undo();
        assertEquals("3", vm.form().clusters.text(), "the data settings of the model come back too");
        assertEquals(before, latentSilhouette());
        assertFalse(vm.data().staleProperty().get());
    }

    @Test
    void aNewStructureStartsANewModelAndTheOldOneCanComeBack() {
        vm.form().bottleneck.setText("3");
        vm.training().trainOrPause();
        assertEquals(6, epochs(), "a new model of 6 epochs");
        assertEquals(3, vm.training().resultProperty().get().model().bottleneckWidth());
        vm.undo().undo();
        assertEquals(2, vm.training().resultProperty().get().model().bottleneckWidth());
        assertEquals("2", vm.form().bottleneck.text());
        assertTrue(vm.undo().canUndo(), "the 3-unit model can be brought back in turn");
    }

    @Test
    void switchingPresetOffersUndo() {
        vm.data().applyPreset(Presets.NOTEBOOK);
        assertTrue(vm.undo().canUndo());
        vm.undo().undo();
        assertNotNull(vm.results().outcomeProperty().get());
        assertEquals(60, vm.results().latentPlotProperty().get().xy().rows());
    }

    @Test
    void anUndoneModelComesBackWithItsSettingsAndTimelineAndGoesOnAsIfNeverThrownAway() {
        // The same six epochs and four more, with no discard in between: what going on must give.
        LabViewModel straight = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(6));
        straight.initialize();
        straight.training().trainOrPause();
        straight.form().maxEpochs.setText("4");
        straight.training().trainOrPause();
        straight.training().trainOrPause();
        assertEquals(14, straight.training().progress().epochProperty().get());

        vm.form().maxEpochs.setText("4");
        vm.training().trainOrPause();
        assertEquals(10, epochs());
        int frames = vm.timeline().framesProperty().get();
        assertTrue(frames > 0, "the timeline recorded the run");
        vm.training().reset();
        assertEquals(0, vm.timeline().framesProperty().get());
        vm.undo().undo();
        assertEquals("4", vm.form().maxEpochs.text(), "the epochs the form had, not the 10 the result reproduces");
        assertEquals(frames, vm.timeline().framesProperty().get(), "the timeline comes back");
        assertEquals(
                straight.state().noticeProperty().get(),
                vm.state().noticeProperty().get(),
                "the same notice as without the discard");
        assertEquals(
                "Train goes on from this model with the new epochs, stopping rule and learning rate.",
                vm.state().noticeProperty().get());
        vm.training().trainOrPause();
        assertEquals(14, epochs(), "Train goes on from the model brought back");
        assertEquals(
                straight.training().progress().trainLossProperty().get(),
                vm.training().progress().trainLossProperty().get(),
                "the same weights, optimizer state and random streams as without the discard");
        assertTrue(vm.timeline().framesProperty().get() > frames, "the timeline goes on recording");
        assertFalse(vm.undo().canUndo(), "going on threw nothing away");
    }
}

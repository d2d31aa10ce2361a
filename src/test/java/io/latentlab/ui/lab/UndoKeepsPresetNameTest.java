package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.latentlab.core.config.Presets;
import io.latentlab.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.Test;

/** A model brought back by Undo with a preset's untouched settings shows that preset's name, not "custom". */
class UndoKeepsPresetNameTest {

    @Test
    void undoShowsThePresetTheModelWasTrainedWith() {
        LabViewModel vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(3));
        vm.initialize();
        vm.data().applyPreset(Presets.RECOMMENDED);
        vm.training().trainOrPause();
        assertEquals(Presets.RECOMMENDED, vm.data().presetProperty().get());

        vm.training().reset();
        vm.undo().undo();

        assertEquals(Presets.RECOMMENDED, vm.data().presetProperty().get());
        assertFalse(vm.data().presetModifiedProperty().get());
    }
}

package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.Presets;
import io.latentlab.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model brought back by Undo, or an experiment file, with a preset's untouched settings shows that preset's name,
 * not "custom".
 */
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

    @Test
    void anExperimentFileHoldingAPresetShowsItsName(@TempDir Path dir) throws IOException {
        LabViewModel vm = new LabViewModel(new DirectTaskExecutor(), SmallExperiment.config(3));
        vm.initialize();
        Path file = dir.resolve("recommended.json");
        Files.writeString(file, ConfigJson.write(Presets.load(Presets.RECOMMENDED)));
        vm.files().loadExperiment(file);
        assertEquals(Presets.RECOMMENDED, vm.data().presetProperty().get());

        Files.writeString(file, ConfigJson.write(SmallExperiment.config(5)));
        vm.files().loadExperiment(file);
        assertEquals("", vm.data().presetProperty().get(), "settings of no preset: custom");
    }
}

package io.latentlab.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.NoiseType;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form pins each validation error on the field its path names. */
class ParameterFormTest {

    private final ParameterForm form = new ParameterForm(ExperimentConfig.defaults());

    private FormField field(String path) {
        return form.fields().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "data.blobs.samples                          | 1          | Samples must be between 2 and 2000000, got 1",
                "data.blobs.features                         | 0          | Features must be between 1 and 10000, got 0",
                "data.blobs.clusters                         | 0          | Clusters must be between 1 and samples (20000), got 0",
                "data.blobs.clusterStd                       | -1         | Cluster std must be zero or positive, got -1.0",
                "data.blobs.centerBox                        | 1, -1      | Center box must be [low, high] with low < high, got [1.0, -1.0]",
                "data.blobs.seed                             | -1         | Data seed must be between 0 and 4294967295 (NumPy's range), got -1",
                "split.testFraction                          | 1.5        | Test fraction must be between 0 and 1 (exclusive), got 1.5",
                "split.seed                                  | -1         | Split seed must be between 0 and 4294967295 (NumPy's range), got -1",
                "autoencoder.network.encoder                 | 50, 0, 50  | Encoder sizes entry 2 must be >= 1, got 0",
                "autoencoder.network.bottleneck              | 0          | Bottleneck must be >= 1, got 0",
                "autoencoder.training.optimizer.learningRate | 0          | Learning rate must be a finite number > 0, got 0.0",
                "autoencoder.training.batchSize              | 0          | Batch size must be >= 1, got 0",
                "autoencoder.training.maxEpochs              | 0          | Max epochs must be >= 1, got 0",
                "autoencoder.training.alpha                  | -1         | L2 alpha must be a finite number >= 0, got -1.0",
                "autoencoder.training.noise.level            | -0.5       | Noise level must be a finite number >= 0, got -0.5",
                "autoencoder.training.seed                   | -1         | Model seed must be between 0 and 4294967295 with the sklearn init (NumPy's seed range), got -1",
            })
    void anInvalidValueIsPinnedOnItsField(String path, String text, String message) {
        FormField target = field(path);
        target.setText(text);
        assertEquals(message, target.error());
        for (FormField other : form.fields()) {
            if (other != target) {
                assertEquals("", other.error(), other.path());
            }
        }
        assertEquals(message, form.problemProperty().get());
        assertFalse(form.validProperty().get());
        assertTrue(form.build().isEmpty());
    }

    @Test
    void everyBadFieldIsMarkedNotOnlyTheFirst() {
        form.learningRate.setText("-1");
        form.modelSeed.setText("1e-3");
        assertEquals("Learning rate must be a finite number > 0, got -1.0", form.learningRate.error());
        assertFalse(form.modelSeed.error().isEmpty(), "the seed that does not parse is marked too");
        assertFalse(form.validProperty().get());
        form.modelSeed.setText("3");
        assertEquals("Learning rate must be a finite number > 0, got -1.0", form.learningRate.error());
        assertEquals("", form.modelSeed.error());
        form.learningRate.setText("0.01");
        assertTrue(form.validProperty().get());
        assertEquals(3, form.build().orElseThrow().autoencoder().training().seed());
    }

    @Test
    void samplesTooFewForTheSplitAreMarkedAtSamples() {
        form.clusters.setText("2");
        form.samples.setText("2");
        assertEquals(
                "Samples must leave at least 2 train and 2 test rows at test fraction 0.2, got 2 (1 train, 1 test)",
                form.samples.error());
        assertFalse(form.validProperty().get(), "Regenerate and Train wait for a valid value");
        form.samples.setText("10");
        assertTrue(form.validProperty().get(), "10 samples: 8 train, 2 test");
        form.testFraction.setText("0.95");
        assertEquals(
                "Samples must leave at least 2 train and 2 test rows at test fraction 0.95, got 10 (0 train, 10 test)",
                form.samples.error());
    }

    @Test
    void choicesAreCheckedAgainstTheirNumbers() {
        form.noiseType.set(NoiseType.MASKING);
        form.noiseLevel.setText("1.5");
        assertEquals("Noise level must be in [0.0, 1.0), got 1.5", form.noiseLevel.error());
        form.noiseLevel.setText("0.2");
        assertTrue(form.validProperty().get());
        assertEquals(
                0.2, form.build().orElseThrow().autoencoder().training().noise().level());
    }

    @Test
    void theFileSourceWithoutAFileBlamesTheDataFile() {
        form.source.set(DataSource.FILE);
        assertEquals("Data file is required when source is \"file\"", form.dataFile.error());
        assertTrue(form.fields().stream().allMatch(f -> f.error().isEmpty()));
    }

    @Test
    void settingsTheFormDoesNotShowBlameTheFirstFieldOfTheirSection() {
        assertSame(form.samples, form.blame("data.blobs.centers[2]"));
        assertSame(form.dataFile, form.blame("data.file.delimiter"));
        assertSame(form.encoder, form.blame("autoencoder.network.decoder[0]"));
        assertSame(form.learningRate, form.blame("autoencoder.training.optimizer.beta1"));
        assertSame(form.encoder, form.blame("autoencoder.network"));
        assertSame(form.samples, form.blame(""));
    }

    @Test
    void everyFieldIsFoundByItsOwnPath() {
        for (FormField f : form.fields()) {
            assertSame(f, form.blame(f.path()), f.path());
        }
        assertSame(form.dataFile, form.blame("data.file.path"));
    }

    @Test
    void aValidFormBuildsTheLoadedConfigBack() {
        for (String name : Presets.NAMES) {
            ExperimentConfig preset = Presets.load(name);
            form.load(preset);
            assertEquals(preset, form.build().orElseThrow(), name);
        }
        form.encoder.setText("8, 4");
        assertEquals(
                List.of(8, 4),
                form.build().orElseThrow().autoencoder().network().encoder());
        assertEquals(
                List.of(),
                form.build().orElseThrow().autoencoder().network().decoder(),
                "a changed encoder drops the notebook's explicit decoder");
    }
}

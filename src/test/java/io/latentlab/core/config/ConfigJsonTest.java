package io.latentlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigJsonTest {

    @Test
    void roundTripsEveryPreset() {
        for (String name : Presets.NAMES) {
            ExperimentConfig preset = Presets.load(name);
            assertEquals(preset, ConfigJson.read(ConfigJson.write(preset)), name);
        }
    }

    @Test
    void partialFileTakesTheRestFromTheDefaults() {
        ExperimentConfig c = ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":500,\"clusterStd\":0.5}}}");
        assertEquals(500, c.data().blobs().samples());
        assertEquals(List.of(0.5), c.data().blobs().clusterStd());
        assertEquals(ExperimentConfig.defaults().data().blobs().features(), c.data().blobs().features());
        assertEquals(ExperimentConfig.defaults().split(), c.split());
    }

    @Test
    void presetFilesAgreeWithTheCodeDefaults() {
        assertEquals(ExperimentConfig.defaults(), Presets.load(Presets.RECOMMENDED));
        assertEquals(io.latentlab.core.ae.AutoencoderConfig.notebook(), Presets.load(Presets.NOTEBOOK).autoencoder());
    }

    @Test
    void notebookPresetHasTheNotebooksDataParameters() {
        ExperimentConfig nb = Presets.load(Presets.NOTEBOOK);
        BlobsConfig b = nb.data().blobs();
        assertEquals(DataSource.BLOBS, nb.data().source());
        assertEquals(List.of(20000, 50, 20), List.of(b.samples(), b.features(), b.clusters()));
        assertEquals(List.of(0.2), b.clusterStd());
        assertEquals(List.of(-1.0, 1.0), b.centerBox());
        assertEquals(17, b.seed());
        assertEquals(new SplitConfig(0.2, 1, false), nb.split());
    }

    @Test
    void unknownFieldIsReportedByPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"data\":{\"blobs\":{\"sample\":500}}}"));
        assertEquals("data.blobs.sample", e.path());
        assertTrue(e.getMessage().startsWith("data.blobs.sample: unknown field \"sample\" in data.blobs (known fields: "),
                e.getMessage());
    }

    @Test
    void wrongTypeIsReportedByPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":\"many\"}}}"));
        assertEquals("data.blobs.samples", e.path());
        assertEquals("data.blobs.samples: expected a whole number, got \"many\"", e.getMessage());
    }

    @Test
    void wrongTypeInsideAListIsReportedWithItsIndex() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"data\":{\"blobs\":{\"clusterStd\":[0.2, \"wide\"]}}}"));
        assertEquals("data.blobs.clusterStd[1]", e.path());
    }

    @Test
    void invalidValueNamesTheField() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"data\":{\"blobs\":{\"clusterStd\":-1}}}"));
        assertEquals("data.blobs.clusterStd", e.path());
        assertEquals("data.blobs.clusterStd: clusterStd must be zero or positive, got -1.0", e.getMessage());
    }

    @Test
    void unknownEnumValueListsTheChoices() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"scaling\":{\"method\":\"maxabs\"}}"));
        assertEquals("scaling.method", e.path());
        assertTrue(e.getMessage().contains("maxabs"), e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.read("{\"data\": {\n  \"source\": }"));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 2, column "), e.getMessage());
        assertEquals("a config must be a JSON object ({ ... })",
                assertThrows(ConfigException.class, () -> ConfigJson.read("[1,2]")).getMessage());
    }

    @Test
    void autoencoderValuesAreReportedByPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"autoencoder\":{\"batchSize\":0}}"));
        assertEquals("autoencoder.batchSize", e.path());
        ConfigException act = assertThrows(ConfigException.class,
                () -> ConfigJson.read("{\"autoencoder\":{\"hiddenActivation\":\"swish\"}}"));
        assertEquals("autoencoder.hiddenActivation", act.path());
        assertTrue(act.getMessage().contains("swish"), act.getMessage());
    }

    @Test
    void fileSourceNeedsAPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.read("{\"data\":{\"source\":\"file\"}}"));
        assertEquals("data.file.path: file.path is required when source is \"file\"", e.getMessage());
    }

    @Test
    void explicitCentersDefineClustersAndFeatures() {
        ExperimentConfig c = ConfigJson.read("{\"data\":{\"blobs\":{\"centers\":[[0,0,0],[0.3,0.3,0.3]],"
                + "\"clusterStd\":[1.0,0.05],\"samples\":200}}}");
        assertEquals(2, c.data().blobs().clusters());
        assertEquals(3, c.data().blobs().features());
    }
}

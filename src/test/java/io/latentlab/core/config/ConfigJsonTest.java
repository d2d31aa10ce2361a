package io.latentlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.validation.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertEquals(
                ExperimentConfig.defaults().data().blobs().features(),
                c.data().blobs().features());
        assertEquals(ExperimentConfig.defaults().split(), c.split());
    }

    @Test
    void presetFilesAgreeWithTheCodeDefaults() {
        assertEquals(ExperimentConfig.defaults(), Presets.load(Presets.RECOMMENDED));
        assertEquals(
                io.latentlab.core.ae.AutoencoderConfig.notebook(),
                Presets.load(Presets.NOTEBOOK).autoencoder());
        assertEquals(
                io.latentlab.core.ae.AutoencoderConfig.fashion(),
                Presets.load(Presets.FASHION).autoencoder());
    }

    @Test
    void fashionPresetLoadsTheBundledFashionMnistWhole() {
        assertTrue(Presets.NAMES.contains(Presets.FASHION));
        ExperimentConfig f = Presets.load(Presets.FASHION);
        assertEquals(DataSource.FASHION_MNIST, f.data().source());
        assertEquals("fashion-mnist", f.data().source().id());
        assertEquals(null, f.data().trainRows(), "trains on all 60,000 rows");
        assertEquals(ExperimentConfig.defaults().scaling(), f.scaling());
        assertEquals(ExperimentConfig.defaults().pca(), f.pca());
        assertEquals(ExperimentConfig.defaults().metrics(), f.metrics());
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
        ConfigException e =
                assertThrows(ConfigException.class, () -> ConfigJson.read("{\"data\":{\"blobs\":{\"sample\":500}}}"));
        assertEquals("data.blobs.sample", e.path());
        assertTrue(
                e.getMessage().startsWith("data.blobs.sample: unknown field \"sample\" in data.blobs (known fields: "),
                e.getMessage());
    }

    @Test
    void wrongTypeIsReportedByPath() {
        ConfigException e = assertThrows(
                ConfigException.class, () -> ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":\"many\"}}}"));
        assertEquals("data.blobs.samples", e.path());
        assertEquals("data.blobs.samples: expected a whole number, got \"many\"", e.getMessage());
    }

    @Test
    void wrongTypeInsideAListIsReportedWithItsIndex() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ConfigJson.read("{\"data\":{\"blobs\":{\"clusterStd\":[0.2, \"wide\"]}}}"));
        assertEquals("data.blobs.clusterStd[1]", e.path());
    }

    @Test
    void invalidValueNamesTheField() {
        ConfigException e = assertThrows(
                ConfigException.class, () -> ConfigJson.read("{\"data\":{\"blobs\":{\"clusterStd\":-1}}}"));
        assertEquals("data.blobs.clusterStd", e.path());
        assertEquals("data.blobs.clusterStd: clusterStd must be zero or positive, got -1.0", e.getMessage());
    }

    @Test
    void unknownEnumValueListsTheChoices() {
        ConfigException e =
                assertThrows(ConfigException.class, () -> ConfigJson.read("{\"scaling\":{\"method\":\"maxabs\"}}"));
        assertEquals("scaling.method", e.path());
        assertTrue(e.getMessage().contains("maxabs"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithWhere() {
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ConfigJson.read("{\"autoencoder\":{\"training\":{\"maxEpochs\":2,\n\"maxEpochs\":3}}}"));
        assertTrue(e.getMessage().contains("maxEpochs"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.read("{\"data\": {\n  \"source\": }"));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 2, column "), e.getMessage());
        assertEquals(
                "a config must be a JSON object ({ ... })",
                assertThrows(ConfigException.class, () -> ConfigJson.read("[1,2]"))
                        .getMessage());
    }

    @Test
    void autoencoderValuesAreReportedByPath() {
        ConfigException e = assertThrows(
                ConfigException.class, () -> ConfigJson.read("{\"autoencoder\":{\"training\":{\"batchSize\":0}}}"));
        assertEquals("autoencoder.training.batchSize", e.path());
        assertEquals("autoencoder.training.batchSize: batchSize must be >= 1, got 0", e.getMessage());
        ConfigException act = assertThrows(
                ConfigException.class,
                () -> ConfigJson.read("{\"autoencoder\":{\"network\":{\"hiddenActivation\":\"swish\"}}}"));
        assertEquals("autoencoder.network.hiddenActivation", act.path());
        assertTrue(act.getMessage().contains("swish"), act.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "{'data':{'blobs':{'samples':1}}}                               | data.blobs.samples",
                "{'data':{'blobs':{'clusterStd':[0.2,-1]}}}                     | data.blobs.clusterStd",
                "{'data':{'blobs':{'centers':[[0,0],[1]],'clusterStd':0.1}}}     | data.blobs.centers[1]",
                "{'data':{'blobs':{'centerBox':[1,-1]}}}                        | data.blobs.centerBox",
                "{'data':{'blobs':{'seed':-1}}}                                 | data.blobs.seed",
                "{'data':{'source':null}}                                       | data.source",
                "{'data':{'file':{'delimiter':'x'}}}                            | data.file.delimiter",
                "{'split':{'testFraction':1.0}}                                 | split.testFraction",
                "{'split':{'seed':-2}}                                          | split.seed",
                "{'scaling':{'method':null}}                                    | scaling.method",
                "{'pca':{'components':0}}                                       | pca.components",
                "{'metrics':{'neighbors':101}}                                  | metrics.neighbors",
                "{'data':null}                                                  | data",
                "{'autoencoder':{'network':{'encoder':[50,0,50]}}}              | autoencoder.network.encoder[1]",
                "{'autoencoder':{'network':{'decoder':[-3]}}}                   | autoencoder.network.decoder[0]",
                "{'autoencoder':{'network':{'bottleneck':0}}}                   | autoencoder.network.bottleneck",
                "{'autoencoder':{'network':{'outputActivation':'tanh'}}}        | autoencoder.network.outputActivation",
                "{'autoencoder':{'network':{'precision':null}}}                 | autoencoder.network.precision",
                "{'autoencoder':{'network':null}}                               | autoencoder.network",
                "{'autoencoder':{'training':{'seed':-1}}}                       | autoencoder.training.seed",
                "{'autoencoder':{'training':{'alpha':-1}}}                      | autoencoder.training.alpha",
                "{'autoencoder':{'training':{'maxEpochs':0}}}                   | autoencoder.training.maxEpochs",
                "{'autoencoder':{'training':{'snapshotEvery':-1}}}              | autoencoder.training.snapshotEvery",
                "{'autoencoder':{'training':{'optimizer':{'learningRate':0}}}}  | autoencoder.training.optimizer.learningRate",
                "{'autoencoder':{'training':{'optimizer':{'beta2':1}}}}         | autoencoder.training.optimizer.beta2",
                "{'autoencoder':{'training':{'stopping':{'patience':0}}}}       | autoencoder.training.stopping.patience",
                "{'autoencoder':{'training':{'stopping':{'rule':'validation','validationFraction':0}}}}"
                        + " | autoencoder.training.stopping.validationFraction",
                "{'autoencoder':{'training':{'noise':{'type':'masking','level':1}}}} | autoencoder.training.noise.level",
            })
    void invalidValuesAreReportedByTheirFullPath(String json, String path) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.read(json.replace('\'', '"')));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
        assertTrue(e.getCause().getCause() instanceof InvalidValueException, String.valueOf(e.getCause()));
    }

    @Test
    void oldFlatAutoencoderFieldsAreUnknownAndListTheParts() {
        ConfigException e =
                assertThrows(ConfigException.class, () -> ConfigJson.read("{\"autoencoder\":{\"batchSize\":64}}"));
        assertEquals("autoencoder.batchSize", e.path());
        assertEquals(
                "autoencoder.batchSize: unknown field \"batchSize\" in autoencoder (known fields: network, training)",
                e.getMessage());
    }

    @Test
    void aFileErrorKeepsThePathAndNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"autoencoder\":{\"network\":{\"encoder\":[4,0]}}}");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigJson.read(file));
        assertEquals("autoencoder.network.encoder[1]", e.path());
        assertEquals("autoencoder.network.encoder[1]: encoder[1] must be >= 1, got 0 (in bad.json)", e.getMessage());
        assertEquals("encoder[1] must be >= 1, got 0 (in bad.json)", e.detail());
    }

    @Test
    void fileSourceNeedsAPath() {
        ConfigException e =
                assertThrows(ConfigException.class, () -> ConfigJson.read("{\"data\":{\"source\":\"file\"}}"));
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

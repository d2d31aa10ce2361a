package io.latentlab.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFileTest {

    @TempDir
    Path dir;

    @Test
    void anExperimentNamesItsDataFileByAnAbsolutePath() throws Exception {
        // A config read with a path relative to the folder the lab was started in, saved from the window.
        ExperimentConfig relative =
                ConfigJson.read("{\"data\":{\"source\":\"file\",\"file\":{\"path\":\"data/rows.csv\"}}}");
        Path file = dir.resolve("experiment.json");

        ExperimentFile.write(file, relative, null);

        assertEquals(
                Path.of("data/rows.csv").toAbsolutePath().normalize().toString(),
                ExperimentFile.read(file).config().data().file().path(),
                "it opens from any folder");
    }
}

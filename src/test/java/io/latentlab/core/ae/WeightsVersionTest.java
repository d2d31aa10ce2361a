package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.about.LatentLabVersion;
import io.latentlab.core.data.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** weights.json names the Latent Lab that wrote it, and files written before that field existed still read. */
class WeightsVersionTest {

    @TempDir
    Path dir;

    @Test
    void weightsCarryTheProgramVersionAndOlderFilesWithoutItStillRead() throws IOException {
        Matrix train = NotebookLikeData.blobs(120, 4, 2, 3);
        AutoencoderConfig c = AutoencoderConfig.builder()
                .layers(List.of(6), 2, List.of())
                .maxEpochs(2)
                .build();
        TrainingResult result = new TrainingSession(c, train, null).run();
        Path file = dir.resolve("weights.json");
        WeightsJson.write(file, result.model(), Preprocessing.none(), result);

        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        assertEquals(
                LatentLabVersion.get(), root.path(WeightsJson.APP_VERSION_KEY).asText());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("format", "version", WeightsJson.APP_VERSION_KEY), keys.subList(0, 3));

        root.remove(WeightsJson.APP_VERSION_KEY);
        Path older = dir.resolve("older.json");
        Files.writeString(older, json.writeValueAsString(root));
        assertFalse(Files.readString(older).contains(WeightsJson.APP_VERSION_KEY));
        SavedModel back = WeightsJson.read(older);
        assertEquals(result.model().encode(train), back.model().encode(train));
        JsonNode training = back.training();
        assertEquals(2, training.get("epochs").asInt());
    }
}

package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.config.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadChoiceTest {

    @Test
    void wideLayersGetTwoThreadsAndSmallOnesOne() {
        AutoencoderConfig fashion = Presets.load(Presets.FASHION).autoencoder();
        AutoencoderConfig notebook = Presets.load(Presets.NOTEBOOK).autoencoder();
        assertEquals(2, ThreadChoice.forTraining(Architecture.of(fashion, 784), 128, 2));
        assertEquals(1, ThreadChoice.forTraining(Architecture.of(notebook, 50), 200, 2));
        // Never more threads than cores, never more than two (measured only up to two).
        assertEquals(1, ThreadChoice.forTraining(Architecture.of(fashion, 784), 128, 1));
        assertEquals(2, ThreadChoice.forTraining(Architecture.of(fashion, 784), 128, 16));
    }

    @Test
    void theThresholdIsOnTheLargestLayerProduct() {
        AutoencoderConfig wide = AutoencoderConfig.recommended().toBuilder()
                .layers(List.of(1000), 2, List.of())
                .build();
        // 1000 x 1000 per row: 10 rows reach the threshold exactly, 9 do not.
        assertEquals(2, ThreadChoice.forTraining(Architecture.of(wide, 1000), 10, 2));
        assertEquals(1, ThreadChoice.forTraining(Architecture.of(wide, 1000), 9, 2));
    }
}

package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The network's structure: everything that decides which parameters the model has, so changing any of it needs a
 * new model (training settings live in {@link TrainingConfig}).
 *
 * @param encoder          hidden layer widths from the input towards the bottleneck
 * @param bottleneck       latent width (any size >= 1; the UI plots 1-3)
 * @param decoder          hidden layer widths from the bottleneck towards the output; empty (or absent) mirrors
 *                         {@code encoder}
 * @param outputActivation {@link Activation#LINEAR} or {@link Activation#SIGMOID}
 * @param precision        float32 or float64 parameters and arithmetic
 */
public record NetworkConfig(
        List<Integer> encoder,
        int bottleneck,
        List<Integer> decoder,
        Activation hiddenActivation,
        Activation bottleneckActivation,
        Activation outputActivation,
        Precision precision) {

    public NetworkConfig {
        encoder = widths(encoder, "encoder", false);
        Check.atLeast(bottleneck, 1, "bottleneck");
        decoder = widths(decoder, "decoder", true);
        Check.notNull(hiddenActivation, "hiddenActivation");
        Check.notNull(bottleneckActivation, "bottleneckActivation");
        Check.notNull(outputActivation, "outputActivation");
        if (outputActivation != Activation.LINEAR && outputActivation != Activation.SIGMOID) {
            throw new InvalidValueException(
                    "outputActivation", "must be linear or sigmoid, got " + outputActivation.id());
        }
        Check.notNull(precision, "precision");
    }

    private static List<Integer> widths(List<Integer> widths, String field, boolean nullMeansEmpty) {
        if (widths == null) {
            if (nullMeansEmpty) {
                return List.of();
            }
            throw new InvalidValueException(field, "must be set (use [] for no hidden layers)");
        }
        for (int i = 0; i < widths.size(); i++) {
            Integer w = widths.get(i);
            if (w == null || w < 1) {
                throw new InvalidValueException(field + "[" + i + "]", "must be >= 1, got " + w);
            }
        }
        return List.copyOf(widths);
    }

    /** The decoder widths actually used: {@link #decoder()} or, when empty, the encoder reversed. */
    public List<Integer> effectiveDecoder() {
        if (!decoder.isEmpty()) {
            return decoder;
        }
        List<Integer> mirrored = new ArrayList<>(encoder);
        Collections.reverse(mirrored);
        return List.copyOf(mirrored);
    }
}

package io.latentlab.core.ae;

import java.util.ArrayList;
import java.util.List;

/**
 * Layer widths and activations of a built network: {@code sizes = [input, encoder..., bottleneck, decoder..., output]},
 * {@code activations.get(i)} is applied by layer i (mapping {@code sizes[i]} to {@code sizes[i+1]}), and the first
 * {@code encoderLayerCount} layers form the encoder (the last of them produces the latent coordinates).
 */
public record Architecture(List<Integer> sizes, List<Activation> activations, int encoderLayerCount) {

    public Architecture {
        Check.notNull(sizes, "architecture.sizes");
        Check.notNull(activations, "architecture.activations");
        if (sizes.size() < 2) {
            throw new IllegalArgumentException(
                    "architecture.sizes needs at least 2 entries (input and output), got " + sizes.size());
        }
        for (int i = 0; i < sizes.size(); i++) {
            Integer s = sizes.get(i);
            if (s == null || s < 1) {
                throw new IllegalArgumentException("architecture.sizes[" + i + "] must be >= 1, got " + s);
            }
        }
        if (activations.size() != sizes.size() - 1) {
            throw new IllegalArgumentException("architecture.activations has " + activations.size()
                    + " entries, expected " + (sizes.size() - 1) + " (one per layer)");
        }
        for (int i = 0; i < activations.size(); i++) {
            Check.notNull(activations.get(i), "architecture.activations[" + i + "]");
        }
        if (encoderLayerCount < 1 || encoderLayerCount > activations.size()) {
            throw new IllegalArgumentException("architecture.encoderLayerCount must be in [1, " + activations.size()
                    + "], got " + encoderLayerCount);
        }
        sizes = List.copyOf(sizes);
        activations = List.copyOf(activations);
    }

    public static Architecture of(AutoencoderConfig config, int inputWidth) {
        Check.atLeast(inputWidth, 1, "input width");
        List<Integer> sizes = new ArrayList<>();
        List<Activation> acts = new ArrayList<>();
        sizes.add(inputWidth);
        for (int w : config.network().encoder()) {
            sizes.add(w);
            acts.add(config.network().hiddenActivation());
        }
        sizes.add(config.network().bottleneck());
        acts.add(config.network().bottleneckActivation());
        for (int w : config.effectiveDecoder()) {
            sizes.add(w);
            acts.add(config.network().hiddenActivation());
        }
        sizes.add(inputWidth);
        acts.add(config.network().outputActivation());
        return new Architecture(sizes, acts, config.network().encoder().size() + 1);
    }

    public int layerCount() {
        return activations.size();
    }

    public int inputWidth() {
        return sizes.get(0);
    }

    public int outputWidth() {
        return sizes.get(sizes.size() - 1);
    }

    public int bottleneckWidth() {
        return sizes.get(encoderLayerCount);
    }

    public int fanIn(int layer) {
        return sizes.get(layer);
    }

    public int fanOut(int layer) {
        return sizes.get(layer + 1);
    }

    /** Weights plus biases. */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < layerCount(); l++) {
            n += fanIn(l) * fanOut(l) + fanOut(l);
        }
        return n;
    }

    /** e.g. "50-50-100-50-2-50-100-50-50". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.size(); i++) {
            sb.append(i == 0 ? "" : "-").append(sizes.get(i));
        }
        return sb.toString();
    }
}

package io.latentlab.core.ae;

/**
 * Where each layer's W (fan_in × fan_out, row-major, so a layer computes x·W + b) and b sit in the one flat parameter
 * buffer. All weights come first and all biases after them, so the L2 term touches one contiguous range.
 */
final class ParameterLayout {

    final Architecture architecture;
    final int[] weightOffset;
    final int[] biasOffset;
    /** Number of weights (the L2-penalised prefix of the buffer). */
    final int weightCount;

    final int total;

    ParameterLayout(Architecture architecture) {
        this.architecture = architecture;
        int layers = architecture.layerCount();
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = offset;
            offset = Math.addExact(offset, Math.multiplyExact(architecture.fanIn(l), architecture.fanOut(l)));
        }
        weightCount = offset;
        for (int l = 0; l < layers; l++) {
            biasOffset[l] = offset;
            offset = Math.addExact(offset, architecture.fanOut(l));
        }
        total = offset;
    }
}

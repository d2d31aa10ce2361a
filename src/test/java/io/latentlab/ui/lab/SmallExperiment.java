package io.latentlab.ui.lab;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;

/** A small, fast experiment for UI tests: 300 blobs in 6-D, a tiny network. */
final class SmallExperiment {
    private SmallExperiment() {}

    static ExperimentConfig config(int maxEpochs) {
        return ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4,"
                + "\"clusterStd\":0.5}},\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":{\"maxEpochs\":"
                + maxEpochs + ",\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}");
    }
}

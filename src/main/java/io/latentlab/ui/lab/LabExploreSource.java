package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.ui.explore.ExploreSource;

/** What the explore features decode: the shown data, the current model and the latent plot's codes. */
final class LabExploreSource implements ExploreSource {

    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ResultsViewModel results;

    LabExploreSource(DataViewModel data, TrainingViewModel training, ResultsViewModel results) {
        this.data = data;
        this.training = training;
        this.results = results;
    }

    @Override
    public Baseline baseline() {
        return data.baselineProperty().get();
    }

    @Override
    public TrainedAutoencoder model() {
        return training.currentModel();
    }

    @Override
    public Matrix latentTest() {
        PlotData p = results.latentPlotProperty().get();
        return p == null ? null : p.embedding();
    }

    @Override
    public AutoencoderConfig modelConfig() {
        return training.sessionConfig();
    }
}

package io.latentlab.ui.explore;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;

/** What the lab shows now, read once per pulse; each may be null (no data yet, no model yet). */
public interface ExploreSource {

    /** The prepared data and the PCA baseline. */
    Baseline baseline();

    /** The finished model, or while training the latest epoch's weights. */
    TrainedAutoencoder model();

    /** The test rows' codes in the latent plot (every bottleneck unit), from the same or the previous epoch. */
    Matrix latentTest();

    /** The model's settings (its noise is the one a reconstruction shows). */
    AutoencoderConfig modelConfig();
}

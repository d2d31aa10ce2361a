package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.MetricsConfig;
import io.latentlab.core.data.Matrix;

/**
 * Judges a trained autoencoder the way the PCA baseline is judged: the test rows' latent coordinates, their
 * silhouette, trustworthiness and kNN accuracy (on every latent unit), and how well the rows are reconstructed.
 */
public record LatentEvaluation(
        Matrix latentTest, EmbeddingScores scores, double reconstructionMseTrain, double reconstructionMseTest) {

    public static LatentEvaluation evaluate(TrainedAutoencoder model, PreparedData data, MetricsConfig metrics) {
        return evaluate(model, data, metrics, model.encode(data.test().x()));
    }

    /** Like {@link #evaluate(TrainedAutoencoder, PreparedData, MetricsConfig)} with the test rows already encoded. */
    static LatentEvaluation evaluate(
            TrainedAutoencoder model, PreparedData data, MetricsConfig metrics, Matrix latentTest) {
        int neighbors = metrics.neighbors();
        // Every latent unit counts: a bottleneck of 3 is scored in 3-D, whichever pair a plot shows.
        EmbeddingScores scores = EmbeddingScores.evaluate(
                data.test().x(), latentTest, data.test().labels(), neighbors, ScoreScope.of(data.test(), metrics));
        return new LatentEvaluation(
                latentTest,
                scores,
                model.reconstructionMse(data.train().x()),
                model.reconstructionMse(data.test().x(), latentTest));
    }
}

package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.MetricsConfig;
import io.latentlab.core.data.Matrix;

/**
 * Judges a trained autoencoder the way the PCA baseline is judged: the test rows' latent coordinates, their
 * silhouette, trustworthiness and kNN accuracy, and how well the rows are reconstructed.
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
        EmbeddingScores scores = EmbeddingScores.evaluate(
                data.test().x(),
                Pipeline.firstColumns(latentTest, 2),
                data.test().labels(),
                neighbors,
                ScoreScope.of(data.test(), metrics));
        return new LatentEvaluation(
                latentTest,
                scores,
                model.reconstructionMse(data.train().x()),
                model.reconstructionMse(data.test().x(), latentTest));
    }
}

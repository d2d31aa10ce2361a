package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Matrix;

/**
 * Judges a trained autoencoder the way the PCA baseline is judged: the test rows' latent coordinates, their
 * silhouette, trustworthiness and kNN accuracy, and how well the rows are reconstructed.
 */
public record LatentEvaluation(
        Matrix latentTest, EmbeddingScores scores, double reconstructionMseTrain, double reconstructionMseTest) {

    public static LatentEvaluation evaluate(TrainedAutoencoder model, PreparedData data, int neighbors) {
        Matrix latent = model.encode(data.test().x());
        EmbeddingScores scores = EmbeddingScores.evaluate(
                data.test().x(), Pipeline.firstColumns(latent, 2), data.test().labels(), neighbors);
        return new LatentEvaluation(
                latent,
                scores,
                model.reconstructionMse(data.train().x()),
                model.reconstructionMse(data.test().x()));
    }
}

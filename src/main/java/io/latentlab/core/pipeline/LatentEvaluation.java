package io.latentlab.core.pipeline;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.MetricsConfig;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.OriginalDistances;

/**
 * Judges a trained autoencoder the way the PCA baseline is judged: the test rows' latent coordinates, their
 * silhouette, trustworthiness and kNN accuracy (on every latent unit), and how well the rows are reconstructed.
 */
public record LatentEvaluation(
        Matrix latentTest, EmbeddingScores scores, double reconstructionMseTrain, double reconstructionMseTest) {

    public static LatentEvaluation evaluate(TrainedAutoencoder model, PreparedData data, MetricsConfig metrics) {
        return evaluate(model, data, metrics, null);
    }

    /**
     * Like {@link #evaluate(TrainedAutoencoder, PreparedData, MetricsConfig)}, taking the trustworthiness from
     * {@code distances} when they were kept for these very test rows (else computing the distances again).
     */
    public static LatentEvaluation evaluate(
            TrainedAutoencoder model, PreparedData data, MetricsConfig metrics, OriginalDistances distances) {
        return evaluate(model, data, metrics, null, distances, new StepTimer());
    }

    /**
     * Like {@link #evaluate(TrainedAutoencoder, PreparedData, MetricsConfig, OriginalDistances)} with the test
     * rows already encoded (null: encode them here), timing the scores ({@code scores_latent}, encoding included)
     * apart from the reconstruction error of every row ({@code reconstruction_mse}).
     */
    static LatentEvaluation evaluate(
            TrainedAutoencoder model,
            PreparedData data,
            MetricsConfig metrics,
            Matrix encodedTest,
            OriginalDistances distances,
            StepTimer timer) {
        int neighbors = metrics.neighbors();
        ScoreScope scope = ScoreScope.of(data.test(), metrics);
        Matrix[] latent = {encodedTest};
        // Every latent unit counts: a bottleneck of 3 is scored in 3-D, whichever pair a plot shows.
        EmbeddingScores scores = timer.time("scores_latent", () -> {
            if (latent[0] == null) {
                latent[0] = model.encode(data.test().x());
            }
            return distances != null && distances.isFor(data.test().x(), scope.queries())
                    ? EmbeddingScores.evaluate(distances, latent[0], data.test().labels(), neighbors, scope, s -> {})
                    : EmbeddingScores.evaluate(
                            data.test().x(), latent[0], data.test().labels(), neighbors, scope);
        });
        Matrix latentTest = latent[0];
        double[] mse = timer.time("reconstruction_mse", () -> new double[] {
            model.reconstructionMse(data.train().x()),
            model.reconstructionMse(data.test().x(), latentTest)
        });
        return new LatentEvaluation(latentTest, scores, mse[0], mse[1]);
    }
}

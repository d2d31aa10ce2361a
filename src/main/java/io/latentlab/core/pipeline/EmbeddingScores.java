package io.latentlab.core.pipeline;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.KnnAccuracy;
import io.latentlab.core.metrics.Trustworthiness;

/**
 * How well a low-dimensional embedding keeps the structure of the data, by more than one number.
 * Values are null where they cannot be computed (no labels, too few rows); {@code note} then says why.
 */
public record EmbeddingScores(Double silhouette, Double trustworthiness, Double knnAccuracy, String note) {

    public static final EmbeddingScores NONE = new EmbeddingScores(null, null, null, null);

    /**
     * @param original  the rows the embedding was made from (scaled test rows)
     * @param embedding the same rows, embedded
     * @param labels    class per row, or null
     */
    public static EmbeddingScores evaluate(Matrix original, Matrix embedding, int[] labels, int neighbors) {
        String note = null;
        Double silhouette = Scores.silhouetteOrNull(embedding, labels);
        Double trust = null;
        if (neighbors < original.rows() / 2.0) {
            trust = Trustworthiness.compute(original, embedding, neighbors);
        } else {
            note = "trustworthiness needs more than " + 2 * neighbors + " rows";
        }
        Double knn = null;
        if (labels != null && embedding.rows() > neighbors) {
            knn = KnnAccuracy.compute(embedding, labels, neighbors);
        }
        return new EmbeddingScores(silhouette, trust, knn, note);
    }
}

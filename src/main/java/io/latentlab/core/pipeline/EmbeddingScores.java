package io.latentlab.core.pipeline;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.KnnAccuracy;
import io.latentlab.core.metrics.OriginalDistances;
import io.latentlab.core.metrics.Trustworthiness;

/**
 * How well a low-dimensional embedding keeps the structure of the data, by more than one number.
 * Values are null where they cannot be computed (no labels, too few rows); {@code note} then says why.
 *
 * @param sampleRows the query rows behind silhouette and trustworthiness when they are estimated on a sample
 *                   ({@link ScoreScope}), null when they are exact
 */
public record EmbeddingScores(
        Double silhouette, Double trustworthiness, Double knnAccuracy, String note, Integer sampleRows) {

    public static final EmbeddingScores NONE = new EmbeddingScores(null, null, null, null, null);

    /**
     * @param original  the rows the embedding was made from (scaled test rows)
     * @param embedding the same rows, embedded
     * @param labels    class per row, or null
     * @param scope     all rows, or the sample that silhouette and trustworthiness ask about
     */
    public static EmbeddingScores evaluate(
            Matrix original, Matrix embedding, int[] labels, int neighbors, ScoreScope scope) {
        return evaluate(original, embedding, labels, neighbors, scope, s -> {});
    }

    /** Like {@link #evaluate(Matrix, Matrix, int[], int, ScoreScope)}, handing the scores so far to {@code partial}. */
    public static EmbeddingScores evaluate(
            Matrix original,
            Matrix embedding,
            int[] labels,
            int neighbors,
            ScoreScope scope,
            java.util.function.Consumer<EmbeddingScores> partial) {
        int[] queries = scope.queries();
        return evaluate(
                original.rows(),
                embedding,
                labels,
                neighbors,
                scope,
                partial,
                () -> queries == null
                        ? Trustworthiness.compute(original, embedding, neighbors)
                        : Trustworthiness.sampled(original, embedding, neighbors, queries));
    }

    /**
     * The same scores with the trustworthiness counted from original distances kept by an earlier pass over the
     * same rows and query rows ({@link OriginalDistances}).
     */
    public static EmbeddingScores evaluate(
            OriginalDistances original,
            Matrix embedding,
            int[] labels,
            int neighbors,
            ScoreScope scope,
            java.util.function.Consumer<EmbeddingScores> partial) {
        return evaluate(
                original.rows(),
                embedding,
                labels,
                neighbors,
                scope,
                partial,
                () -> original.trustworthiness(embedding, neighbors));
    }

    private static EmbeddingScores evaluate(
            int rows,
            Matrix embedding,
            int[] labels,
            int neighbors,
            ScoreScope scope,
            java.util.function.Consumer<EmbeddingScores> partial,
            java.util.function.DoubleSupplier trustworthiness) {
        String note = null;
        Double silhouette = Scores.silhouetteOrNull(embedding, labels, scope.queries());
        partial.accept(new EmbeddingScores(silhouette, null, null, null, scope.sampleRows()));
        Double trust = null;
        if (neighbors < rows / 2.0) {
            trust = trustworthiness.getAsDouble();
        } else {
            note = "trustworthiness needs more than " + 2 * neighbors + " rows";
        }
        partial.accept(new EmbeddingScores(silhouette, trust, null, note, scope.sampleRows()));
        Double knn = null;
        if (labels != null && embedding.rows() > neighbors) {
            knn = KnnAccuracy.compute(embedding, labels, neighbors);
        } else if (labels != null) {
            // Every null score gets its sentence (README), this one too.
            String knnNote = "kNN accuracy needs more than " + neighbors + " rows";
            note = note == null ? knnNote : note + "; " + knnNote;
        }
        return new EmbeddingScores(silhouette, trust, knn, note, scope.sampleRows());
    }
}

package io.latentlab.core.pipeline;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.Silhouette;

/** Small helpers shared by the pipeline's scoring steps. */
final class Scores {
    private Scores() {}

    /** The silhouette score, or null when there are no labels or their count is outside 2..n-1. */
    static Double silhouetteOrNull(Matrix x, int[] labels) {
        return silhouetteOrNull(x, labels, null);
    }

    /** Like {@link #silhouetteOrNull(Matrix, int[])}, estimated on {@code queries} when not null. */
    static Double silhouetteOrNull(Matrix x, int[] labels, int[] queries) {
        if (!Silhouette.isDefinedFor(labels, x.rows())) {
            return null;
        }
        return queries == null ? Silhouette.compute(x, labels).score() : Silhouette.sampled(x, labels, queries);
    }
}

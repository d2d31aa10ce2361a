package io.latentlab.core.pipeline;

import io.latentlab.core.config.MetricsConfig;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.metrics.ScoreSample;

/**
 * Which test rows the O(n^2) scores (silhouette, trustworthiness) ask about: all of them up to
 * {@link #EXACT_MAX_ROWS} rows or when the config asks for exact scores, else a deterministic stratified sample of
 * {@link ScoreSample#DEFAULT_ROWS} query rows, each still measured against all rows. kNN accuracy is always exact.
 *
 * @param queries the query rows, or null for all rows (exact)
 * @param rows    the number of test rows
 */
public record ScoreScope(int[] queries, int rows) {

    /** Up to this many test rows every score is exact (Fashion-MNIST's 10,000 test rows included). */
    public static final int EXACT_MAX_ROWS = 10_000;

    /** Seed of the sample: fixed, so the same data always gives the same sample and the same scores. */
    static final long SAMPLE_SEED = 0;

    public static ScoreScope of(Dataset test, MetricsConfig metrics) {
        int n = test.rows();
        if (sampleRowsFor(test, metrics) == null) {
            return new ScoreScope(null, n);
        }
        return new ScoreScope(ScoreSample.of(test.labels(), n, ScoreSample.DEFAULT_ROWS, SAMPLE_SEED), n);
    }

    /** What {@link #sampleRows()} of {@link #of} will be, without drawing the sample. */
    public static Integer sampleRowsFor(Dataset test, MetricsConfig metrics) {
        return metrics.exactScores() || test.rows() <= EXACT_MAX_ROWS ? null : ScoreSample.DEFAULT_ROWS;
    }

    public boolean exact() {
        return queries == null;
    }

    /** The number of query rows behind the sampled scores, or null when they are exact. */
    public Integer sampleRows() {
        return queries == null ? null : queries.length;
    }
}

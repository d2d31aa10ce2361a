package io.latentlab.core.sweep;

import java.util.List;

/**
 * A sweep's table: the seeds that finished, in order, PCA's row (null when cancelled before any seed finished)
 * and whether it was cancelled.
 *
 * @param name what was swept, e.g. the preset's name or "current settings"
 */
public record SweepResult(String name, List<SweepRow> seeds, SweepRow pca, boolean cancelled) {

    public SweepResult {
        seeds = List.copyOf(seeds);
    }

    /** Mean and sample standard deviation (ddof = 1) of a measure over the seeds that have it. */
    public record Spread(int count, double mean, double std) {}

    /** The spread of {@code m} over the seeds, or null when no seed has a value. */
    public Spread spread(SweepRow.Measure m) {
        double sum = 0;
        int n = 0;
        for (SweepRow r : seeds) {
            Double v = r.value(m);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = sum / n;
        double sq = 0;
        for (SweepRow r : seeds) {
            Double v = r.value(m);
            if (v != null) {
                sq += (v - mean) * (v - mean);
            }
        }
        return new Spread(n, mean, n > 1 ? Math.sqrt(sq / (n - 1)) : 0);
    }
}

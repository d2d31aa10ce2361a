package io.latentlab.core.ae;

/**
 * Training speed on one workload.
 *
 * @param secondsPerEpochMedian median over the timed epochs (the first epoch is a warm-up and not timed)
 * @param threads               BLAS/OpenMP threads ND4J was told to use
 * @param epochSeconds          each timed epoch, in order
 */
public record BenchResult(
        double secondsPerEpochMedian,
        int threads,
        Precision precision,
        double secondsPerEpochMin,
        double secondsPerEpochMax,
        int epochsTimed,
        int rows,
        int cols,
        int batchSize,
        String architecture,
        double[] epochSeconds) {}

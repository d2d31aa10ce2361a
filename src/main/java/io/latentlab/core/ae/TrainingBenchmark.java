package io.latentlab.core.ae;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import java.util.Arrays;

/** Times training epochs the way the CLI's {@code bench} reports them. */
public final class TrainingBenchmark {

    private TrainingBenchmark() {}

    /**
     * Trains {@code epochs + 1} epochs with {@code config} (stopping rule switched off, no snapshots) and reports the
     * median epoch time of all but the first (warm-up) epoch. Each epoch includes the per-epoch latent diagnostics,
     * as in a real run.
     */
    public static BenchResult run(Matrix train, AutoencoderConfig config, int epochs) {
        return run(train, config, epochs, 0);
    }

    /** Like {@link #run(Matrix, AutoencoderConfig, int)} with exactly {@code threads} threads (0: the lab's choice). */
    public static BenchResult run(Matrix train, AutoencoderConfig config, int epochs, int threads) {
        Check.atLeast(epochs, 1, "epochs");
        AutoencoderConfig timed = config.toBuilder()
                .stopping(StoppingConfig.none())
                .maxEpochs(epochs + 1)
                .snapshotEvery(0)
                .build();
        TrainingSession session = new TrainingSession(timed, train, null);
        if (threads > 0) {
            session.fixThreads(threads);
        }
        double[] seconds = new double[epochs + 1];
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent event) {
                seconds[event.epoch() - 1] = event.epochSeconds();
            }
        });
        TrainingResult result = session.run();
        if (result.epochs() < epochs + 1) {
            throw new IllegalStateException(
                    "benchmark run stopped early after " + result.epochs() + " epochs: " + result.stopMessage());
        }
        double[] measured = Arrays.copyOfRange(seconds, 1, seconds.length);
        double[] sorted = measured.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        double median = m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
        return new BenchResult(
                median,
                Nd4jRuntime.threads(),
                config.network().precision(),
                sorted[0],
                sorted[m - 1],
                m,
                train.rows(),
                train.cols(),
                Math.min(config.training().batchSize(), train.rows()),
                Architecture.of(config, train.cols()).describe(),
                measured);
    }
}

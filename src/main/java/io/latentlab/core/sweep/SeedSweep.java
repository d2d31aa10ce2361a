package io.latentlab.core.sweep;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.EpochEvent;
import io.latentlab.core.ae.StopReason;
import io.latentlab.core.ae.TrainingListener;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Trains one config for several model seeds, one after another on the calling thread: the data and baseline once
 * ({@link Pipeline#prepare}), then per seed {@link Pipeline#newSession} and {@link Pipeline#evaluate}, the stages
 * {@code run} calls. {@link #cancel()} (from any thread) stops the seed being trained; the result holds the seeds
 * that finished before.
 */
public final class SeedSweep {

    /** At most this many seeds in one sweep. */
    public static final int MAX_SEEDS = 100;

    private final String name;
    private final ExperimentConfig config;
    private final List<Long> seeds;
    private volatile boolean cancelled;
    private volatile TrainingSession current;

    public SeedSweep(String name, ExperimentConfig config, List<Long> seeds) {
        this.name = name;
        this.config = config;
        this.seeds = List.copyOf(seeds);
        if (seeds.isEmpty() || seeds.size() > MAX_SEEDS) {
            throw new InvalidValueException("seeds", "must list 1 to " + MAX_SEEDS + " seeds, got " + seeds.size());
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new InvalidValueException("seeds", "must not repeat a seed, got " + seeds);
        }
        for (long s : seeds) {
            config.autoencoder().toBuilder().seed(s).build(); // an invalid seed is refused before any work
        }
    }

    /** {@code count} seeds from {@code first}: first, first + 1, …. */
    public static List<Long> consecutive(long first, int count) {
        if (count < 1 || count > MAX_SEEDS) {
            throw new InvalidValueException("seeds", "must be between 1 and " + MAX_SEEDS + ", got " + count);
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(first + i);
        }
        return out;
    }

    public List<Long> seeds() {
        return seeds;
    }

    /** Stops the sweep at the next mini-batch (or step of the preparation). */
    public void cancel() {
        cancelled = true;
        TrainingSession s = current;
        if (s != null) {
            s.cancel();
        }
    }

    public SweepResult run(SweepListener listener) {
        int total = seeds.size();
        ProgressListener preparing = message -> {
            stopIfCancelled();
            listener.progress(0, message);
        };
        Baseline baseline;
        try {
            baseline = Pipeline.prepare(config, preparing);
        } catch (CancellationException e) {
            return new SweepResult(name, List.of(), null, true);
        }
        List<SweepRow> rows = new ArrayList<>();
        SweepRow pca = null;
        int maxEpochs = config.autoencoder().training().maxEpochs();
        for (int i = 0; i < total && !cancelled; i++) {
            long seed = seeds.get(i);
            int index = i;
            AutoencoderConfig ae = config.autoencoder().toBuilder().seed(seed).build();
            TrainingSession session = Pipeline.newSession(baseline, ae, false);
            TrainingListener epochs = new TrainingListener() {
                @Override
                public void onEpoch(EpochEvent e) {
                    listener.progress(
                            (index + Math.min(1.0, e.epoch() / (double) maxEpochs)) / total,
                            String.format(
                                    Locale.ROOT,
                                    "seed %d (%d of %d): epoch %d of at most %d",
                                    seed,
                                    index + 1,
                                    total,
                                    e.epoch(),
                                    maxEpochs));
                }
            };
            session.addListener(epochs);
            current = session;
            if (cancelled) {
                break; // cancel() came before the session was visible to it
            }
            listener.progress(index / (double) total, "seed " + seed + " (" + (index + 1) + " of " + total + ")");
            TrainingResult training = session.run();
            current = null;
            if (training.stopReason() == StopReason.CANCELLED || cancelled) {
                break; // a cancelled seed is not the run its seed names
            }
            if (training.stopReason() == StopReason.FAILED) {
                // Nor is a failed one: the sweep fails with the seed's own error, as if it had been thrown.
                Throwable f = session.failure();
                if (f instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) f;
            }
            Outcome outcome = Pipeline.evaluate(baseline, training, message -> {});
            SweepRow row = SweepRow.of(seed, outcome.report());
            pca = pca == null ? SweepRow.pca(outcome.report()) : pca;
            rows.add(row);
            listener.seedFinished(row, rows.size(), total);
        }
        return new SweepResult(name, rows, pca, cancelled);
    }

    private void stopIfCancelled() {
        if (cancelled) {
            throw new CancellationException("sweep cancelled");
        }
    }
}

package io.latentlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.BenchResult;
import io.latentlab.core.ae.TrainingBenchmark;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.pipeline.PreparedData;

/** The training part of {@code bench}: the notebook's network on the notebook's data, in both precisions. */
final class TrainingBench {
    private TrainingBench() {}

    static void addTo(ObjectNode out, ExperimentConfig notebook, PreparedData data, int epochs) {
        AutoencoderConfig base = notebook.autoencoder();
        // The headline figure is float32 (what the lab trains in by default); float64 is sklearn's precision.
        for (var precision : new io.latentlab.core.ae.Precision[] {
            io.latentlab.core.ae.Precision.FLOAT32, io.latentlab.core.ae.Precision.FLOAT64
        }) {
            BenchResult r = TrainingBenchmark.run(
                    data.train().x(), base.toBuilder().precision(precision).build(), epochs);
            String key = "train_" + precision.id();
            out.put(key + "_s_per_epoch", round(r.secondsPerEpochMedian()));
            if (!out.has("seconds_per_epoch")) {
                out.put("seconds_per_epoch", round(r.secondsPerEpochMedian()));
                out.put("precision", precision.id());
            }
            out.put(key + "_s_per_epoch_min", round(r.secondsPerEpochMin()));
            if (!out.has("architecture")) {
                out.put("architecture", r.architecture());
                out.put("batch", r.batchSize());
                out.put("epochs_timed", r.epochsTimed());
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}

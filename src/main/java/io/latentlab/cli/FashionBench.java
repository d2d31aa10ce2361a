package io.latentlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.ae.Activation;
import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.BenchResult;
import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.ae.OptimizerConfig;
import io.latentlab.core.ae.Precision;
import io.latentlab.core.ae.TrainingBenchmark;
import io.latentlab.core.config.Presets;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.metrics.KnnAccuracy;
import io.latentlab.core.metrics.Silhouette;
import io.latentlab.core.metrics.Trustworthiness;
import io.latentlab.core.pca.Pca;
import io.latentlab.core.pipeline.DataPreparation;
import io.latentlab.core.pipeline.PreparedData;
import java.util.List;

/**
 * The {@code fashion} workload of {@code shared/bench/peers.py}: Fashion-MNIST's official split scaled MinMax, a
 * 784-512-256-2 autoencoder (linear bottleneck, ReLU, identity output, MSE, Adam 1e-3, batch 256, float32) timed
 * at one and two threads and at the thread count the lab chooses, then PCA and the scores of the 10,000 test rows.
 */
final class FashionBench {
    private FashionBench() {}

    static void addTo(ObjectNode out, java.util.Set<BenchCommand.Part> parts, int epochs) {
        PreparedData data = DataPreparation.prepare(Presets.load(Presets.FASHION));
        out.put("train_rows", data.train().rows());
        if (parts.contains(BenchCommand.Part.TRAIN)) {
            AutoencoderConfig network = AutoencoderConfig.recommended().toBuilder()
                    .layers(List.of(512, 256), 2, List.of())
                    .activations(Activation.RELU, Activation.LINEAR, Activation.LINEAR)
                    .precision(Precision.FLOAT32)
                    .optimizer(OptimizerConfig.adam(1e-3))
                    .alpha(0)
                    .noise(NoiseConfig.none())
                    .batchSize(256)
                    .build();
            for (int t : new int[] {1, 2}) {
                BenchResult r = TrainingBenchmark.run(data.train().x(), network, epochs, t);
                out.put("train_f32_" + t + "thread_s_per_epoch", round(r.secondsPerEpochMedian()));
                out.put("architecture", r.architecture());
                out.put("batch", r.batchSize());
                out.put("epochs_timed", r.epochsTimed());
            }
            // What the lab trains with: the thread count of ThreadChoice (or the user's).
            BenchResult lab = TrainingBenchmark.run(data.train().x(), network, epochs);
            out.put("seconds_per_epoch", round(lab.secondsPerEpochMedian()));
            out.put("threads", lab.threads());
        }
        Matrix test = data.test().x();
        int[] labels = data.test().labels();
        if (parts.contains(BenchCommand.Part.PCA)) {
            out.put(
                    "pca_fit60000x784_s",
                    BenchCommand.median(3, () -> Pca.fit(data.train().x(), 2).transform(test)));
        }
        if (parts.contains(BenchCommand.Part.SILHOUETTE)) {
            Matrix plane = Pca.fit(data.train().x(), 2).transform(test);
            out.put("silhouette_10000x784_s", BenchCommand.median(1, () -> Silhouette.compute(test, labels)));
            out.put("silhouette_10000x2_s", BenchCommand.median(3, () -> Silhouette.compute(plane, labels)));
            out.put(
                    "trustworthiness_10000x784_to_2_s",
                    BenchCommand.median(1, () -> Trustworthiness.compute(test, plane, 5)));
            out.put("knn_accuracy_10000x2_s", BenchCommand.median(3, () -> KnnAccuracy.compute(plane, labels, 5)));
            // What run and the window do: one pass over the 784-D distances (the silhouette on the way, the
            // distances kept), then each embedding's trustworthiness from them.
            io.latentlab.core.metrics.OriginalDistances[] kept = new io.latentlab.core.metrics.OriginalDistances[1];
            out.put(
                    "original_pass_10000x784_s",
                    BenchCommand.median(
                            1, () -> kept[0] = io.latentlab.core.metrics.OriginalDistances.of(test, labels, null)));
            out.put(
                    "trustworthiness_from_kept_10000x784_to_2_s",
                    BenchCommand.median(3, () -> kept[0].trustworthiness(plane, 5)));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}

package io.latentlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.config.BlobsConfig;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.math.Nd4jRuntime;
import io.latentlab.core.metrics.Silhouette;
import io.latentlab.core.pca.Pca;
import io.latentlab.core.pipeline.DataPreparation;
import io.latentlab.core.pipeline.PreparedData;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the workloads of {@code shared/bench/peers.py} on the same data shapes and prints one JSON line, so the
 * figures can be compared as ratios with the peers' figures from the same run.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Time training, PCA and scores on a workload of shared/bench/peers.py (seed: the notebook; fashion:"
                        + " Fashion-MNIST); prints one JSON line.")
final class BenchCommand implements Callable<Integer> {

    enum Part {
        TRAIN,
        PCA,
        SILHOUETTE
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--workload",
            paramLabel = "seed|fashion",
            defaultValue = "seed",
            description = "seed (the notebook's blobs and network, default) or fashion (Fashion-MNIST, 784-512-256-2)")
    String workload;

    @Option(
            names = "--epochs",
            description = "timed training epochs after one warm-up (default: 20 for seed, 3 for fashion)")
    Integer epochs;

    @Option(names = "--only", paramLabel = "train|pca|silhouette", description = "time one part only")
    String only;

    @Override
    public Integer call() {
        boolean fashion;
        switch (workload.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "seed" -> fashion = false;
            case "fashion" -> fashion = true;
            default ->
                throw new IllegalArgumentException("--workload must be seed or fashion, got \"" + workload + "\"");
        }
        int timed = epochs != null ? epochs : fashion ? 3 : 20;
        if (timed < 1) {
            throw new IllegalArgumentException("--epochs must be >= 1, got " + timed);
        }
        EnumSet<Part> parts = EnumSet.allOf(Part.class);
        if (only != null) {
            try {
                parts = EnumSet.of(Part.valueOf(only.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only must be train, pca or silhouette, got \"" + only + "\"");
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        out.put("workload", fashion ? "fashion" : "seed");
        out.put("threads", Nd4jRuntime.threads());
        String omp = System.getenv("OMP_NUM_THREADS");
        out.put("omp_num_threads_env", omp == null ? "unset" : omp);
        String core = System.getenv(io.latentlab.core.math.BlasKernel.VARIABLE);
        out.put("openblas_coretype_env", core == null ? "unset" : core);
        out.put("openblas_thread_timeout", io.latentlab.core.math.BlasKernel.threadTimeout());
        String kernel = io.latentlab.core.math.BlasKernel.inUse(); // the user's, OpenBLAS's or BlasKernel's
        String single = io.latentlab.core.math.BlasKernel.singlePrecisionKernels();
        out.put("blas_kernel", kernel);
        out.put(
                "blas_kernel_float32",
                single.equals("SkylakeX") ? single : single.isEmpty() ? kernel : kernel + " (" + single + ")");
        if (fashion) {
            FashionBench.addTo(out, parts, timed);
            spec.commandLine().getOut().println(out.toString());
            return LatentLabCli.EXIT_OK;
        }

        ExperimentConfig notebook = Presets.load(Presets.NOTEBOOK);
        PreparedData data = DataPreparation.prepare(notebook);
        out.put("train_rows", data.train().rows());
        if (parts.contains(Part.TRAIN)) {
            TrainingBench.addTo(out, notebook, data, timed);
        }
        if (parts.contains(Part.PCA)) {
            out.put(
                    "pca_fit16000x50_s",
                    median(
                            5,
                            () -> Pca.fit(data.train().x(), 2)
                                    .transform(data.test().x())));
        }
        if (parts.contains(Part.SILHOUETTE)) {
            Dataset all = DataPreparation.generate(BlobsConfig.notebook());
            for (int[] shape : new int[][] {{4000, 2}, {4000, 50}, {20000, 50}}) {
                Matrix z = all.x().topLeft(shape[0], shape[1]);
                int[] labels = Arrays.copyOf(all.labels(), shape[0]);
                out.put(
                        "silhouette_" + shape[0] + "x" + shape[1] + "_s",
                        median(shape[0] <= 4000 ? 3 : 1, () -> Silhouette.compute(z, labels)));
            }
        }
        spec.commandLine().getOut().println(out.toString());
        return LatentLabCli.EXIT_OK;
    }

    static double median(int repeats, Supplier<?> work) {
        work.get(); // warm-up: JIT and ND4J's first-call set-up are not what we measure
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.get();
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return Math.round(t[repeats / 2] * 1e4) / 1e4;
    }
}

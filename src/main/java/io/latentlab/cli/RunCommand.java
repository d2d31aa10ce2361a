package io.latentlab.cli;

import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.StopReason;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.FileDataConfig;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.core.pipeline.ScoreScope;
import io.latentlab.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Run the pipeline: data, split, scaling, PCA baseline, autoencoder, scores.",
            "Writes into --out DIR:",
            "  config.json   the effective config (run --config on it reproduces the run)",
            "  weights.json  the trained model (not with --weights)",
            "  weights.npz   the same for numpy.load (not with --weights)",
            "  latent.csv    the test rows' latent coordinates and labels",
            "  metrics.csv   the scores as a table",
            "  report.json   everything, described in README"
        })
final class RunCommand implements Callable<Integer> {

    private static final java.util.List<String> NAMED_SOURCES = java.util.List.of("blobs", "digits", "fashion-mnist");

    @Spec
    CommandSpec spec;

    @Mixin
    ExperimentSource source;

    @Option(
            names = "--data",
            paramLabel = "blobs|digits|fashion-mnist|FILE",
            description = "data source: blobs, digits, fashion-mnist (bundled, official split), or a CSV/TSV, .npy or"
                    + " IDX file")
    String data;

    @Option(
            names = "--image-shape",
            paramLabel = "HxW",
            description = "rows of a CSV/.npy file are H x W images,"
                    + " e.g. 28x28 (IDX and 3-D .npy files carry their shape)")
    String imageShape;

    @Option(
            names = "--train-rows",
            paramLabel = "N",
            description = "with pre-split data (fashion-mnist, --train/--test):"
                    + " train on a deterministic subset of N training rows; the test rows stay whole")
    Integer trainRows;

    @Option(
            names = "--labels",
            paramLabel = "FILE",
            description = "labels file for .npy features (.npy or one label per line)")
    Path labels;

    @Option(names = "--train", paramLabel = "FILE", description = "pre-split training rows (use with --test)")
    Path train;

    @Option(
            names = "--test-labels",
            paramLabel = "FILE",
            description = "labels file for a .npy --test (with --labels for --train)")
    Path testLabels;

    @Option(names = "--test", paramLabel = "FILE", description = "pre-split test rows (use with --train)")
    Path test;

    @Option(
            names = "--label-column",
            paramLabel = "last|none|INDEX|NAME",
            description = "CSV label column (default: last)")
    String labelColumn;

    @Option(names = "--seed", paramLabel = "N", description = "data seed: the blobs generator's random_state")
    Long seed;

    @Option(names = "--split-seed", paramLabel = "N", description = "the train/test split's random_state")
    Long splitSeed;

    @Option(
            names = "--model-seed",
            paramLabel = "N",
            description = "seed of the network only (initial weights, shuffling, noise)")
    Long modelSeed;

    @Option(names = "--epochs", paramLabel = "N", description = "maximum training epochs")
    Integer epochs;

    @Option(
            names = "--bottleneck",
            paramLabel = "N",
            description = "latent width (the scores use every unit; the window shows 3 as pairwise views)")
    Integer bottleneck;

    @Option(
            names = "--exact-scores",
            description = "silhouette and trustworthiness of every test row even above " + ScoreScope.EXACT_MAX_ROWS
                    + " rows (O(n^2); by default they are estimated on a sample there)")
    boolean exactScores;

    @Option(
            names = "--weights",
            paramLabel = "FILE",
            description = "encode with a saved weights.json instead of training")
    Path weights;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "latent-lab-out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "--out must name a folder; an empty path would write into the current folder (use --out . for that)");
        }
        ExperimentConfig effective = effectiveConfig();
        SavedModel saved = weights == null ? null : WeightsJson.read(weights);
        // Fail on an unwritable folder before any long computation.
        AtomicFiles.ensureWritableDirectory(out);
        try (InterruptedRun interruption = new InterruptedRun(err)) {
            return runAndWrite(effective, saved, err, interruption);
        }
    }

    private int runAndWrite(ExperimentConfig effective, SavedModel saved, PrintWriter err, InterruptedRun interruption)
            throws IOException {
        io.latentlab.core.ae.TrainingSession[] trained = {null};
        Outcome outcome = Pipeline.run(
                effective,
                new io.latentlab.core.pipeline.ProgressListener() {
                    @Override
                    public void step(String message) {
                        err.println("[latent-lab] " + message);
                        err.flush();
                    }

                    @Override
                    public void trainingStarted(io.latentlab.core.ae.TrainingSession session) {
                        trained[0] = session;
                        interruption.trainingStarted(session);
                    }

                    @Override
                    public void trainingEnded() {
                        interruption.trainingEnded();
                    }
                },
                saved);
        // A model read from this folder stays: it belongs to the set this run writes.
        java.util.List<String> keep = weights != null
                        && out.toAbsolutePath()
                                .normalize()
                                .equals(weights.toAbsolutePath().normalize().getParent())
                ? java.util.List.of(RunArtifacts.WEIGHTS_JSON, RunArtifacts.WEIGHTS_NPZ)
                : java.util.List.of();
        interruption.writing();
        java.util.List<String> written = RunArtifacts.write(outcome, out, keep);
        interruption.written();
        RunSummary.print(spec.commandLine().getOut(), outcome.report());
        err.println("[latent-lab] wrote " + String.join(", ", written) + " to " + out);
        int code = exitCode(outcome);
        if (code != LatentLabCli.EXIT_OK) {
            err.println("[latent-lab] error: " + outcome.training().stopMessage());
            Throwable cause = trained[0] == null ? null : trained[0].failure();
            if (cause != null) {
                cause.printStackTrace(err); // as for any unexpected failure: it is often a bug to report
            }
        }
        return code;
    }

    /**
     * A run whose training failed part-way had its last epoch's model scored and written, as the report says; it
     * still exits as a failure, so that a script does not take it for a good run.
     */
    static int exitCode(Outcome outcome) {
        return outcome.training() != null && outcome.training().stopReason() == StopReason.FAILED
                ? LatentLabCli.EXIT_FAILURE
                : LatentLabCli.EXIT_OK;
    }

    ExperimentConfig effectiveConfig() throws IOException {
        ExperimentConfig cfg = source.load();
        if ((train == null) != (test == null)) {
            throw new IllegalArgumentException("--train and --test go together");
        }
        if (train != null && data != null) {
            throw new IllegalArgumentException("give either --data or --train/--test, not both");
        }
        if ((labels != null) != (testLabels != null) && train != null) {
            throw new IllegalArgumentException(
                    "with --train and --test, give --labels and --test-labels together" + " (or neither)");
        }
        if (testLabels != null && train == null) {
            throw new IllegalArgumentException("--test-labels goes with --train and --test");
        }
        if (weights != null && (epochs != null || modelSeed != null)) {
            throw new IllegalArgumentException(
                    "--weights encodes with a saved model; --epochs and --model-seed" + " only apply to training");
        }
        if (weights != null && bottleneck != null) {
            throw new IllegalArgumentException(
                    "--weights encodes with a saved model, whose bottleneck is fixed; --bottleneck only applies to"
                            + " training");
        }
        if (train != null) {
            cfg = withFile(
                    cfg,
                    new FileDataConfig(
                            train.toString(),
                            test.toString(),
                            pathString(labels),
                            pathString(testLabels),
                            labelColumnOr(cfg),
                            cfg.data().file().header(),
                            cfg.data().file().delimiter(),
                            cfg.data().file().imageShape()));
        } else if (data != null) {
            String d = data.trim().toLowerCase(Locale.ROOT);
            if (NAMED_SOURCES.contains(d)) {
                if (labels != null || labelColumn != null || imageShape != null) {
                    throw new IllegalArgumentException(
                            "--labels, --label-column and --image-shape apply to file data," + " not " + d);
                }
                cfg = cfg.withData(cfg.data().withSource(DataSource.parse(d)));
            } else {
                cfg = withFile(
                        cfg,
                        new FileDataConfig(
                                data,
                                null,
                                pathString(labels),
                                null,
                                labelColumnOr(cfg),
                                cfg.data().file().header(),
                                cfg.data().file().delimiter(),
                                cfg.data().file().imageShape()));
            }
        } else if (labelColumn != null || labels != null) {
            if (cfg.data().source() != DataSource.FILE) {
                throw new IllegalArgumentException("--label-column and --labels apply to file data (--data FILE)");
            }
            FileDataConfig f = cfg.data().file();
            cfg = withFile(
                    cfg,
                    new FileDataConfig(
                            f.path(),
                            f.testPath(),
                            labels != null ? labels.toString() : f.labelsPath(),
                            f.testLabelsPath(),
                            labelColumnOr(cfg),
                            f.header(),
                            f.delimiter(),
                            f.imageShape()));
        }
        if (imageShape != null) {
            if (cfg.data().source() != DataSource.FILE) {
                throw new IllegalArgumentException(
                        "--image-shape applies to file data (--data FILE or --train/--test)");
            }
            try {
                cfg = withFile(cfg, cfg.data().file().withImageShape(imageShape));
            } catch (InvalidValueException e) {
                throw e.under("data.file");
            }
        }
        if (trainRows != null) {
            try {
                cfg = cfg.withData(cfg.data().withTrainRows(trainRows));
            } catch (InvalidValueException e) {
                throw e.under("data");
            }
        }
        if (modelSeed != null) {
            try {
                cfg = cfg.withAutoencoder(
                        cfg.autoencoder().toBuilder().seed(modelSeed).build());
            } catch (InvalidValueException e) {
                throw e.under("autoencoder");
            }
        }
        if (epochs != null) {
            if (epochs < 1) {
                throw new IllegalArgumentException("--epochs must be >= 1, got " + epochs);
            }
            cfg = cfg.withAutoencoder(
                    cfg.autoencoder().toBuilder().maxEpochs(epochs).build());
        }
        if (bottleneck != null) {
            try {
                cfg = cfg.withAutoencoder(
                        cfg.autoencoder().toBuilder().bottleneck(bottleneck).build());
            } catch (InvalidValueException e) {
                throw e.under("autoencoder");
            }
        }
        if (seed != null) {
            cfg = cfg.withData(new DataConfig(
                    cfg.data().source(),
                    cfg.data().blobs().withSeed(seed),
                    cfg.data().file(),
                    cfg.data().trainRows())); // the three-argument form dropped it
        }
        if (splitSeed != null) {
            cfg = cfg.withSplit(cfg.split().withSeed(splitSeed));
        }
        if (exactScores) {
            cfg = cfg.withMetrics(cfg.metrics().withExactScores(true));
        }
        return cfg.withAbsolutePaths(); // so config.json and report.json name the files the same way
    }

    private static ExperimentConfig withFile(ExperimentConfig cfg, FileDataConfig file) {
        return cfg.withData(new DataConfig(
                DataSource.FILE, cfg.data().blobs(), file, cfg.data().trainRows()));
    }

    private String labelColumnOr(ExperimentConfig cfg) {
        return labelColumn != null ? labelColumn : cfg.data().file().labelColumn();
    }

    private static String pathString(Path p) {
        return p == null ? null : p.toString();
    }
}

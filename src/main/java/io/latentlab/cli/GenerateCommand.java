package io.latentlab.cli;

import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import io.latentlab.core.generate.GenerateConfig;
import io.latentlab.core.generate.GeneratedData;
import io.latentlab.core.generate.GeneratedFiles;
import io.latentlab.core.generate.Generator;
import io.latentlab.core.generate.SamplingMode;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.SafeInput;
import io.latentlab.core.pipeline.PreparedData;
import io.latentlab.core.pipeline.RunArtifacts;
import io.latentlab.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sample new rows with a trained decoder: latent points per class from a Gaussian fitted to that class's"
                    + " test-row latent points (an equal share per class), or uniformly in their bounding box;"
                    + " decoded and unscaled to the data's original units.",
            "The data comes from --config/--preset, else from the saved experiment given as --weights, else from"
                    + " the config.json beside weights.json (what run --out writes).",
            "Writes --out FILE.csv (the features x1..xd and a label column: the class, or 'generated') and, for image"
                    + " data, FILE.npy of shape (N, H, W) float32 beside it."
        })
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--weights",
            required = true,
            paramLabel = "FILE",
            description = "the model: weights.json (from run --out) or a saved experiment")
    Path weights;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "the data the model was trained on, as a config or experiment file")
    Path config;

    @Option(names = "--preset", paramLabel = "NAME", description = "the data of a preset instead")
    String preset;

    @Option(names = "--n", required = true, paramLabel = "N", description = "how many rows (1 to 1000000)")
    int count;

    static final class Mode {
        @Option(names = "--per-class", description = "a Gaussian per class (the default for labelled data)")
        boolean perClass;

        @Option(names = "--uniform", description = "uniform in the latent box (the default without labels)")
        boolean uniform;
    }

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "sampling seed (default: 0)")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "the CSV file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GeneratedFiles.requireCsvName(out);
        if (config != null && preset != null) {
            throw new IllegalArgumentException("give either --config or --preset, not both");
        }
        requireCount(); // before the data is prepared, which may take a while
        SavedModel saved = WeightsJson.read(weights);
        ExperimentConfig data = dataConfig();
        Path folder = out.toAbsolutePath().getParent();
        AtomicFiles.ensureWritableDirectory(folder);
        err.println("[latent-lab] preparing " + describe(data) + " and encoding its test rows");
        err.flush();
        PreparedData prepared = Generator.dataFor(data, saved);
        SamplingMode sampling = mode == null
                ? (prepared.test().hasLabels() ? SamplingMode.PER_CLASS : SamplingMode.UNIFORM)
                : mode.perClass ? SamplingMode.PER_CLASS : SamplingMode.UNIFORM;
        GeneratedData generated =
                Generator.generate(prepared, saved.model(), new GenerateConfig(count, sampling, seed));
        List<Path> written = GeneratedFiles.write(generated, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("generated " + generated.describe() + " (" + sampling.id() + ", seed " + seed + ")");
        stdout.flush();
        err.println("[latent-lab] wrote "
                + String.join(", ", written.stream().map(Path::toString).toList()));
        return LatentLabCli.EXIT_OK;
    }

    private void requireCount() {
        try {
            new GenerateConfig(count, SamplingMode.UNIFORM, seed);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("--n " + e.reason(), e);
        }
    }

    /** The data the model was trained on; see the command's description for the order of the sources. */
    private ExperimentConfig dataConfig() throws IOException {
        if (config != null) {
            return ConfigJson.read(config);
        }
        if (preset != null) {
            return Presets.load(preset);
        }
        if (isExperiment(weights)) {
            return ConfigJson.read(weights);
        }
        Path beside = weights.toAbsolutePath().resolveSibling(RunArtifacts.CONFIG);
        if (Files.isRegularFile(beside)) {
            return ConfigJson.read(beside);
        }
        throw new IllegalArgumentException("generate needs the data the model was trained on, and there is no "
                + RunArtifacts.CONFIG + " beside " + weights + "; give --config FILE or --preset NAME");
    }

    private static boolean isExperiment(Path file) throws IOException {
        var root = ConfigJson.mapper().readTree(SafeInput.readUtf8Bytes(file, SafeInput.Limit.JSON));
        return root != null
                && ConfigJson.EXPERIMENT_FORMAT.equals(root.path("format").asText());
    }

    private static String describe(ExperimentConfig c) {
        return switch (c.data().source()) {
            case BLOBS -> c.data().blobs().samples() + " blobs";
            case DIGITS -> "the digits";
            case FASHION_MNIST -> "Fashion-MNIST";
            case FILE -> c.data().file().path();
        };
    }
}

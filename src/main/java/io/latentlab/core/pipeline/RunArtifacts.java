package io.latentlab.core.pipeline;

import io.latentlab.core.ae.NpzWriter;
import io.latentlab.core.ae.WeightsJson;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.io.FileSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The files of a run, stage 4 of the {@link Pipeline}: one writer for the command line's {@code --out} folder and
 * the window's exports, so both write the same bytes. Each file is written atomically.
 */
public final class RunArtifacts {

    public static final String CONFIG = "config.json";
    public static final String WEIGHTS_JSON = "weights.json";
    public static final String WEIGHTS_NPZ = "weights.npz";
    public static final String LATENT_CSV = "latent.csv";
    public static final String REPORT = "report.json";
    public static final String METRICS_CSV = "metrics.csv";

    private RunArtifacts() {}

    /** The files {@link #write} writes for this outcome, in order (no weights when the model was not trained). */
    public static List<String> names(Outcome o) {
        List<String> names = new ArrayList<>(List.of(CONFIG));
        if (o.training() != null) {
            names.addAll(List.of(WEIGHTS_JSON, WEIGHTS_NPZ));
        }
        names.addAll(List.of(LATENT_CSV, METRICS_CSV, REPORT));
        return names;
    }

    /** Every file a run may write; a new run replaces all of them, so a folder never mixes two runs. */
    public static final List<String> ALL = List.of(CONFIG, WEIGHTS_JSON, WEIGHTS_NPZ, LATENT_CSV, METRICS_CSV, REPORT);

    /**
     * Writes every file of {@link #names} into {@code dir} as one set ({@link FileSet}): the folder then holds this
     * run's files and no other run's; a failure (full disk, a signal) leaves the previous run's set as it was.
     */
    public static List<String> write(Outcome o, Path dir) throws IOException {
        return write(o, dir, List.of());
    }

    /** Like {@link #write(Outcome, Path)}, but leaves the files named in {@code keep} (e.g. the model it read). */
    public static List<String> write(Outcome o, Path dir, List<String> keep) throws IOException {
        List<String> names = names(o);
        LinkedHashMap<String, FileSet.Content> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, file -> write(o, name, file));
        }
        FileSet.replace(dir, ALL.stream().filter(n -> !keep.contains(n)).toList(), files);
        return names;
    }

    /** Writes one artifact, chosen by its standard name, to {@code file} (which may have any name). */
    public static void write(Outcome o, String artifact, Path file) throws IOException {
        PreparedData data = o.baseline().data();
        switch (artifact) {
            case CONFIG -> ConfigJson.write(o.config().withAbsolutePaths(), file);
            case WEIGHTS_JSON -> WeightsJson.write(file, o.model(), data.preprocessing(), o.training());
            case WEIGHTS_NPZ -> NpzWriter.write(file, NpzWriter.modelArrays(o.model(), data.preprocessing()));
            case LATENT_CSV ->
                LatentCsv.write(
                        file,
                        o.latent().latentTest(),
                        data.test().labels(),
                        data.test().classNames());
            case REPORT -> ReportJson.write(o.report(), file);
            case METRICS_CSV -> MetricsCsv.write(o.report(), file);
            default -> throw new IllegalArgumentException("unknown artifact " + artifact);
        }
    }
}

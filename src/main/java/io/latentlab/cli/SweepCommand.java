package io.latentlab.cli;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.sweep.SeedSweep;
import io.latentlab.core.sweep.SweepCsv;
import io.latentlab.core.sweep.SweepListener;
import io.latentlab.core.sweep.SweepResult;
import io.latentlab.core.sweep.SweepRow;
import io.latentlab.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Train one experiment for several model seeds, one after another, and compare their scores with PCA's.",
            "Each row equals what run --model-seed S reports for that seed. Prints the table with mean ± std and"
                    + " writes DIR/sweep.csv: one row per seed, then PCA's row (model = pca)."
        })
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExperimentSource source;

    @Option(names = "--seeds", paramLabel = "K", description = "how many seeds: S0, S0+1, … (default 5)")
    Integer count;

    @Option(
            names = "--first-seed",
            paramLabel = "S0",
            description = "the first seed (default: the config's autoencoder.training.seed)")
    Long first;

    @Option(
            names = "--seed-list",
            paramLabel = "S,S,…",
            split = ",",
            description = "these seeds instead of --seeds/--first-seed")
    List<Long> list;

    @Option(names = "--epochs", paramLabel = "N", description = "maximum training epochs of every seed")
    Integer epochs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "latent-lab-sweep",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        source.check();
        if (list != null && (count != null || first != null)) {
            throw new IllegalArgumentException("give either --seed-list or --seeds/--first-seed, not both");
        }
        if (out.toString().isBlank()) {
            throw new IllegalArgumentException("--out must name a folder");
        }
        ExperimentConfig cfg = source.load();
        if (epochs != null) {
            if (epochs < 1) {
                throw new IllegalArgumentException("--epochs must be >= 1, got " + epochs);
            }
            cfg = cfg.withAutoencoder(
                    cfg.autoencoder().toBuilder().maxEpochs(epochs).build());
        }
        List<Long> seeds;
        try {
            seeds = list != null
                    ? list
                    : SeedSweep.consecutive(
                            first != null ? first : cfg.autoencoder().training().seed(), count == null ? 5 : count);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("--seeds " + e.reason(), e);
        }
        SeedSweep sweep;
        try {
            sweep = new SeedSweep(source.name(), cfg, seeds);
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException("--seed-list " + e.reason(), e);
        }
        AtomicFiles.ensureWritableDirectory(out);
        SweepResult result = sweep.run(new SweepListener() {
            private long last;

            @Override
            public void progress(double fraction, String message) {
                long now = System.nanoTime();
                if (now - last > 5_000_000_000L || !message.contains("epoch")) {
                    last = now;
                    err.println("[latent-lab] " + message);
                    err.flush();
                }
            }

            @Override
            public void seedFinished(SweepRow row, int done, int total) {
                err.println("[latent-lab] seed " + row.seed() + " done (" + done + " of " + total + ")");
                err.flush();
            }
        });
        Path csv = out.resolve(SweepCsv.FILE_NAME);
        SweepCsv.write(result, csv);
        print(spec.commandLine().getOut(), result);
        err.println("[latent-lab] wrote " + csv);
        return LatentLabCli.EXIT_OK;
    }

    static void print(PrintWriter out, SweepResult r) {
        out.printf(
                Locale.ROOT,
                "sweep of %s: %d model seeds%n",
                r.name(),
                r.seeds().size());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "seed"));
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            header.append(String.format(Locale.ROOT, "  %-24s", m.id()));
        }
        out.println(header.append("  epochs"));
        for (SweepRow row : r.seeds()) {
            out.println(line(String.valueOf(row.seed()), row) + "  " + row.epochs());
        }
        StringBuilder spread = new StringBuilder(String.format(Locale.ROOT, "%-12s", "mean ± std"));
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            SweepResult.Spread s = r.spread(m);
            spread.append(String.format(
                    Locale.ROOT, "  %-24s", s == null ? "n/a" : format(s.mean()) + " ± " + format(s.std())));
        }
        out.println(spread);
        if (r.pca() != null) {
            out.println(line("pca", r.pca()));
        }
        out.flush();
    }

    private static String line(String first, SweepRow row) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s", first));
        for (SweepRow.Measure m : SweepRow.Measure.values()) {
            Double v = row.value(m);
            String cell =
                    v == null ? "" : m == SweepRow.Measure.DEAD_UNITS ? String.valueOf(row.deadUnits()) : format(v);
            b.append(String.format(Locale.ROOT, "  %-24s", cell));
        }
        return b.toString().stripTrailing();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}

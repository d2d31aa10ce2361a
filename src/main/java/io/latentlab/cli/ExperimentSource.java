package io.latentlab.cli;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.Presets;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The experiment a command starts from, shared by run and sweep: --config FILE or --preset NAME, not both. */
final class ExperimentSource {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "experiment JSON (may be partial; the rest from the preset)")
    Path config;

    @Option(names = "--preset", paramLabel = "NAME", description = "recommended (default), notebook or fashion")
    String preset;

    /** Rejects both options at once (a command checks this before its own options). */
    void check() {
        if (config != null && preset != null) {
            throw new IllegalArgumentException("give either --config or --preset, not both");
        }
    }

    /** The config file read, or the preset (recommended when neither option is given). */
    ExperimentConfig load() throws IOException {
        check();
        return config != null ? ConfigJson.read(config) : Presets.load(presetName());
    }

    /** What a table calls it: the config's file name, or the preset's name. */
    String name() {
        if (config != null) {
            Path file = config.getFileName();
            return file == null ? config.toString() : file.toString();
        }
        return presetName();
    }

    private String presetName() {
        return preset == null ? Presets.RECOMMENDED : preset;
    }
}

package io.latentlab.cli;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.Presets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "presets",
        mixinStandardHelpOptions = true,
        description = "List the presets, or print one as JSON (a starting point for --config).")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME",
            description = "preset to print: ${COMPLETION-CANDIDATES}",
            completionCandidates = PresetNames.class)
    String name;

    @Override
    public Integer call() {
        if (name == null) {
            Presets.NAMES.forEach(spec.commandLine().getOut()::println);
        } else {
            spec.commandLine().getOut().print(ConfigJson.write(Presets.load(name)));
        }
        return LatentLabCli.EXIT_OK;
    }

    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Presets.NAMES.iterator();
        }
    }
}

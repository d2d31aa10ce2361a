package io.latentlab.cli;

import io.latentlab.core.about.LatentLabVersion;
import io.latentlab.core.validation.UserMessage;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code run} the pipeline, {@code generate} rows with a saved model, {@code sweep} model seeds, {@code bench} it, list
 * {@code presets}. Results go to stdout,
 * progress and errors to stderr; exit code 0 on success, 2 on bad input, 1 on an unexpected failure.
 */
@Command(
        name = "latent-lab",
        mixinStandardHelpOptions = true,
        versionProvider = LatentLabCli.Version.class,
        description = "Train an autoencoder and compare its latent space with PCA (no arguments: open the window).",
        subcommands = {
            RunCommand.class,
            GenerateCommand.class,
            SweepCommand.class,
            BenchCommand.class,
            PresetsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LatentLabCli implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_INPUT = 2;

    /** slf4j-simple's level key; a system property overrides the bundled simplelogger.properties (warn). */
    static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * ND4J's start-up banner (backend, threads, BLAS vendor, build) is logged at info level, which stays off unless
     * asked for. Set while the arguments are parsed, before anything loads ND4J and its logger reads the level.
     */
    @Option(
            names = "--verbose",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Also show the numerics library's own start-up log (backend, threads, BLAS) on stderr.")
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty(LOG_LEVEL_PROPERTY, "info");
        }
    }

    /** The pom's version, the same the About box and the files show. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {LatentLabVersion.nameAndVersion()};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new LatentLabCli());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> BadInput.isBadInput(e) ? EXIT_BAD_INPUT : EXIT_FAILURE);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (BadInput.isBadInput(e)) {
                commandLine.getErr().println("error: " + BadInput.message(e));
                commandLine.getErr().flush();
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println("unexpected failure: " + e);
            e.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return EXIT_FAILURE;
        });
        cmd.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + UserMessage.printable(e.getMessage()));
            e.getCommandLine()
                    .getErr()
                    .println("try: latent-lab " + e.getCommandLine().getCommandName() + " --help");
            e.getCommandLine().getErr().flush();
            return EXIT_BAD_INPUT;
        });
        int code = cmd.execute(args);
        // A PrintWriter swallows write errors: a full disk or a closed pipe under "> file" would pass as success.
        if (out.checkError() && code == EXIT_OK) {
            err.println("error: the results could not be written to standard output (a full disk or a closed pipe?)");
            code = EXIT_FAILURE;
        }
        err.flush();
        return code;
    }

    /** Entry for {@code java -jar latent-lab.jar SUBCOMMAND ...}. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}

package io.latentlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run} the pipeline, {@code generate} rows with a saved model, {@code sweep} model seeds, {@code bench} it, list
 * {@code presets}. Results go to stdout,
 * progress and errors to stderr; exit code 0 on success, 2 on bad input, 1 on an unexpected failure.
 */
@Command(
        name = "latent-lab",
        mixinStandardHelpOptions = true,
        version = "Latent Lab 0.1.0",
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine()
                    .getErr()
                    .println("try: latent-lab " + e.getCommandLine().getCommandName() + " --help");
            e.getCommandLine().getErr().flush();
            return EXIT_BAD_INPUT;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Entry for {@code java -jar latent-lab.jar SUBCOMMAND ...}. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}

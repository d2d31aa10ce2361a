package io.latentlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

    /** A small, fast experiment file in {@code dir}: 300 blobs in 6-D, an 8-2-8 network, {@code epochs} epochs. */
    static java.nio.file.Path smallConfig(java.nio.file.Path dir, int epochs) throws java.io.IOException {
        java.nio.file.Path config = dir.resolve("small.json");
        java.nio.file.Files.writeString(
                config,
                "{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,"
                        + "\"seed\":4}},\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":{\"maxEpochs\":"
                        + epochs
                        + ",\"batchSize\":32}}}");
        return config;
    }

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LatentLabCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRunner(code, out.toString(), err.toString());
    }
}

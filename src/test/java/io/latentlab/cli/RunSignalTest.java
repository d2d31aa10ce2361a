package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.core.pipeline.RunArtifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signals to a run in a child JVM. While it writes its results (writes slowed down): the folder then holds the
 * previous complete run or the new complete run, never a mix, and no temporary files. While it trains: the run so
 * far is written, as cancelled.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM: Windows ends a process without running its shutdown hooks")
class RunSignalTest {

    @TempDir
    Path dir;

    private Path config() throws IOException {
        return CliRunner.smallConfig(dir, 3);
    }

    /** @param phase the hidden folder whose appearance triggers the signal: staging (writing) or previous (moving) */
    @ParameterizedTest
    @ValueSource(strings = {".latent-lab-staging-", ".latent-lab-previous-"})
    void aSignalDuringTheFinalWriteLeavesOneCompleteRun(String phase) throws Exception {
        Path out = dir.resolve("out");
        Path config = config();
        assertEquals(
                0,
                CliRunner.run("run", "--config", config.toString(), "--model-seed", "1", "--out", out.toString())
                        .exitCode());
        Map<String, String> previous = contents(out);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(
                java.toString(),
                "-Dlatentlab.fileset.delayMillis=300",
                "-cp",
                System.getProperty("java.class.path"),
                "io.latentlab.Launcher",
                "run",
                "--config",
                config.toString(),
                "--model-seed",
                "2",
                "--out",
                out.toString());
        child.environment().put("OMP_NUM_THREADS", "1");
        child.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        Process p = child.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!hasEntryStartingWith(out, phase)) {
            assertTrue(
                    p.isAlive(), "the run ended before its final write: " + Files.readString(dir.resolve("child.log")));
            assertTrue(System.nanoTime() < deadline, "the run never reached " + phase);
            Thread.onSpinWait();
        }
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop after SIGTERM");

        Map<String, String> after = contents(out);
        assertTrue(
                after.keySet().stream().noneMatch(n -> n.startsWith(".")), "temporary files left: " + after.keySet());
        if (phase.contains("staging")) {
            assertEquals(previous, after, "stopped while writing: the previous run stays as it was");
            String log = Files.readString(dir.resolve("child.log"));
            assertTrue(log.contains("interrupted while writing the results"), "and it says so: " + log);
            return;
        }
        // Stopped while moving the new files in: the move (milliseconds) finishes first.
        assertEquals(
                RunArtifacts.ALL.stream().sorted().toList(),
                after.keySet().stream().toList(),
                "a complete new run");
        ObjectMapper json = new ObjectMapper();
        assertEquals(
                2,
                json.readTree(after.get("config.json"))
                        .at("/autoencoder/training/seed")
                        .asInt());
        assertTrue(!after.get("report.json").equals(previous.get("report.json")), "report.json is the new run's");
        assertTrue(!after.get("latent.csv").equals(previous.get("latent.csv")), "latent.csv is the new run's");
    }

    /** Ctrl-C (SIGINT) or SIGTERM while training: training stops, and the results so far are written. */
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalDuringTrainingWritesTheRunSoFarAsCancelled(String signal) throws Exception {
        Path out = dir.resolve("out");
        // No stopping rule: training runs until the signal, however fast the machine.
        Path config = dir.resolve("long.json");
        Files.writeString(
                config,
                "{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4}},"
                        + "\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":{\"maxEpochs\":1000000,"
                        + "\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder child = new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.latentlab.Launcher",
                "run",
                "--config",
                config.toString(),
                "--out",
                out.toString());
        child.environment().put("OMP_NUM_THREADS", "1");
        Path log = dir.resolve("child.log");
        child.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = child.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(log).contains("training the autoencoder")) {
            assertTrue(p.isAlive(), "the run ended before training: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "the run never started training");
            Thread.sleep(20);
        }
        Thread.sleep(500); // some epochs
        assertEquals(
                0,
                new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid()))
                        .start()
                        .waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop after SIG" + signal);
        assertEquals(signal.equals("INT") ? 130 : 143, p.exitValue(), Files.readString(log));

        String text = Files.readString(log);
        assertTrue(text.contains("interrupted: training stops now"), text);
        Map<String, String> files = contents(out);
        assertEquals(
                RunArtifacts.ALL.stream().sorted().toList(),
                files.keySet().stream().toList(),
                text);
        com.fasterxml.jackson.databind.JsonNode report = new ObjectMapper().readTree(files.get("report.json"));
        assertEquals("cancelled", report.at("/training/stopped_because").asText());
        int epochs = report.at("/training/epochs").asInt();
        assertTrue(epochs >= 1 && epochs < 1_000_000, "epochs " + epochs);
        assertTrue(report.at("/silhouette/latent").isNumber(), "scored: " + report.at("/silhouette"));
    }

    private static boolean hasEntryStartingWith(Path dir, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix));
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                files.put(
                        p.getFileName().toString(),
                        Files.isDirectory(p)
                                ? "<dir>"
                                : new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}

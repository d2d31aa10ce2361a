package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.about.LatentLabVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees on the console: {@code --version} is the pom's version, and a normal {@code run} prints only its
 * own progress on stderr — no start-up banner of the numerics library unless {@code --verbose}. In a child JVM
 * started like {@code java -cp …}, without the test JVM's logging settings, because ND4J logs once per process.
 */
class StartupOutputTest {

    @TempDir
    Path dir;

    @Test
    void versionIsThePomsVersion() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertEquals(
                "Latent Lab " + System.getProperty("latentlab.pomVersion"),
                r.out().strip());
        assertEquals(LatentLabVersion.nameAndVersion(), r.out().strip());
    }

    @Test
    void resultsThatCannotBeWrittenToStdoutAreAFailure() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();

        int code = LatentLabCli.execute(
                new String[] {"presets", "notebook"}, new java.io.PrintWriter(full), new java.io.PrintWriter(err));

        assertEquals(LatentLabCli.EXIT_FAILURE, code, "an empty experiment.json is not a success");
        assertTrue(err.toString().contains("could not be written to standard output"), err.toString());
    }

    @Test
    void aNormalRunPrintsOnlyItsOwnProgressOnStderr() throws Exception {
        Child child = runChild("run", "--config", CliRunner.smallConfig(dir, 2).toString(), "--out", out());
        assertEquals(0, child.exitCode(), child.stderr());
        assertTrue(child.stderr().contains("[latent-lab] wrote"), child.stderr());
        List<String> foreign = new ArrayList<>();
        for (String line : child.stderr().split("\\R")) {
            if (!line.isEmpty() && !line.startsWith("[latent-lab] ")) {
                foreign.add(line);
            }
        }
        assertEquals(List.of(), foreign, "lines on stderr that are not the run's progress");
    }

    @Test
    void verboseAlsoShowsTheNumericsLibrarysStartUpLog() throws Exception {
        Child child = runChild(
                "run", "--verbose", "--config", CliRunner.smallConfig(dir, 1).toString(), "--out", out());
        assertEquals(0, child.exitCode(), child.stderr());
        assertTrue(child.stderr().contains("INFO org.nd4j"), child.stderr());
        assertTrue(child.stderr().contains("[latent-lab] wrote"), child.stderr());
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private record Child(int exitCode, String stderr) {}

    private Child runChild(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.latentlab.Launcher"));
        command.addAll(List.of(args));
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("OMP_NUM_THREADS", "1");
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish in 120 s");
        return new Child(p.exitValue(), Files.readString(stderr));
    }
}

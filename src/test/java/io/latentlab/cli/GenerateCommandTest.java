package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --weights FILE --n N [--per-class|--uniform] [--seed S] --out FILE.csv}. */
class GenerateCommandTest {

    @TempDir
    static Path dir;

    private static Path runDir;

    @BeforeAll
    static void trainASmallModel() throws IOException {
        runDir = dir.resolve("run");
        CliRunner r =
                CliRunner.run("run", "--config", CliRunner.smallConfig(dir, 30).toString(), "--out", runDir.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    private static Path weights() {
        return runDir.resolve("weights.json");
    }

    @Test
    void writesTheRequestedRowsInTheDataWidthAndTheyOpenAsData() throws IOException {
        Path csv = dir.resolve("gen.csv");
        CliRunner r = CliRunner.run(
                "generate", "--weights", weights().toString(), "--n", "90", "--seed", "4", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(
                r.out().startsWith("generated 90 rows of 6 features: 30 per class for 3 classes (per-class, seed 4)"),
                r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(91, lines.size());
        assertEquals("x1,x2,x3,x4,x5,x6,label", lines.get(0));
        assertEquals(7, lines.get(1).split(",").length);
        assertFalse(Files.exists(dir.resolve("gen.npy")), "tabular data has no .npy");

        Path again = dir.resolve("again.csv");
        assertEquals(
                0,
                CliRunner.run(
                                "generate",
                                "--weights",
                                weights().toString(),
                                "--n",
                                "90",
                                "--seed",
                                "4",
                                "--out",
                                again.toString())
                        .exitCode());
        assertEquals(lines, Files.readAllLines(again), "the same seed gives the same rows");
        Path other = dir.resolve("other.csv");
        CliRunner.run(
                "generate", "--weights", weights().toString(), "--n", "90", "--seed", "5", "--out", other.toString());
        assertNotEquals(lines, Files.readAllLines(other));

        CliRunner reopened = CliRunner.run(
                "run",
                "--data",
                csv.toString(),
                "--epochs",
                "2",
                "--out",
                dir.resolve("reopened").toString());
        assertEquals(0, reopened.exitCode(), reopened.err());
        assertTrue(reopened.out().contains("train 72x6, test 18x6"), reopened.out());
    }

    @Test
    void uniformRowsAreLabelledGeneratedAndASavedExperimentNeedsNoConfigBesideIt() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path lone = Files.copy(weights(), elsewhere.resolve("weights.json"));
        CliRunner refused = CliRunner.run(
                "generate",
                "--weights",
                lone.toString(),
                "--n",
                "5",
                "--out",
                dir.resolve("u.csv").toString());
        assertEquals(2, refused.exitCode());
        assertTrue(
                refused.err()
                        .contains("there is no config.json beside " + lone + "; give --config FILE or --preset NAME"),
                refused.err());

        Path csv = dir.resolve("u.csv");
        CliRunner r = CliRunner.run(
                "generate",
                "--weights",
                lone.toString(),
                "--config",
                runDir.resolve("config.json").toString(),
                "--n",
                "12",
                "--uniform",
                "--out",
                csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(13, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",generated")), lines.toString());
    }

    @Test
    void badOptionsExitWithTwoAndSayWhy() throws IOException {
        String w = weights().toString();
        String out = dir.resolve("bad.csv").toString();
        assertBad("--n must be between 1 and 1000000, got 0", "generate", "--weights", w, "--n", "0", "--out", out);
        assertBad(
                "mutually exclusive", "generate", "--weights", w, "--n", "3", "--per-class", "--uniform", "--out", out);
        assertBad(
                "the generated rows go to a .csv file, got 'gen.txt'",
                "generate",
                "--weights",
                w,
                "--n",
                "3",
                "--out",
                "gen.txt");
        assertBad(
                "file not found",
                "generate",
                "--weights",
                dir.resolve("nope.json").toString(),
                "--n",
                "3",
                "--out",
                out);
        assertBad("Missing required option: '--n=N'", "generate", "--weights", w, "--out", out);
        assertBad(
                "give either --config or --preset, not both",
                "generate",
                "--weights",
                w,
                "--n",
                "3",
                "--preset",
                "notebook",
                "--config",
                w,
                "--out",
                out);
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file");
        assertBad(
                "blocker",
                "generate",
                "--weights",
                w,
                "--n",
                "3",
                "--out",
                blocker.resolve("x.csv").toString());
        assertBad(
                "the saved model takes 6 features, but the data has 50",
                "generate",
                "--weights",
                w,
                "--n",
                "3",
                "--preset",
                "notebook",
                "--out",
                out);
        assertFalse(Files.exists(Path.of(out)));
    }

    private static void assertBad(String expected, String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
    }
}

package io.latentlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of hostile inputs (issue "Hostile input and faults"): each case builds its input in a temporary
 * folder, runs {@code latent-lab run} on it and expects exit code 2, a message naming the problem, and nothing
 * written into --out. Limits that would make a case slow (gzip bomb, file and line sizes) are lowered through
 * SafeInput's {@code latentlab.limit.*} system properties.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "devices, FIFOs and symlinks as POSIX has them")
public class HostileInputTest {

    @TempDir
    Path dir;

    /** Builds the case's input in {@code dir} and returns the arguments after {@code run}. */
    public interface Setup {
        List<String> args(Path dir) throws Exception;
    }

    public record Case(String name, Setup setup, String expected, Map<String, String> limits) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String expected, Setup setup) {
        return new Case(name, setup, expected, Map.of());
    }

    private static Case limited(String name, String expected, Map<String, String> limits, Setup setup) {
        return new Case(name, setup, expected, limits);
    }

    /** The catalogue: also run against the window's Open actions ({@code OpenHostileFilesTest}). */
    public static Stream<Case> cases() {
        return Stream.of(
                // ---- class 2: never read for ever, never allocate blindly ----
                of("config is /dev/zero", "/dev/zero is not a regular file", d -> List.of("--config", "/dev/zero")),
                of(
                        "weights are /dev/zero",
                        "/dev/zero is not a regular file",
                        d -> List.of("--config", CliRunner.smallConfig(d, 1).toString(), "--weights", "/dev/zero")),
                of("data is a symlink to /dev/zero", "is not a regular file (a device", d -> {
                    Path link = d.resolve("zero.csv");
                    Files.createSymbolicLink(link, Path.of("/dev/zero"));
                    return List.of("--data", link.toString());
                }),
                of("data is a FIFO", "is not a regular file (a FIFO)", d -> List.of("--data", fifo(d, "rows.csv"))),
                of("data is too wide for PCA", "has 10,001 features, more than the 10,000 Latent Lab handles", d -> {
                    // Once an IndexOutOfBoundsException from PCA's covariance (from 16,384 features).
                    StringBuilder csv = new StringBuilder();
                    for (int row = 0; row < 6; row++) {
                        for (int col = 0; col < 10_001; col++) {
                            csv.append(row * col % 7).append(',');
                        }
                        csv.append(row % 2).append('\n');
                    }
                    Path wide = d.resolve("wide.csv");
                    Files.writeString(wide, csv);
                    return List.of("--data", wide.toString());
                }),
                of("config is a FIFO", "is not a regular file (a FIFO)", d -> List.of("--config", fifo(d, "c.json"))),
                of(
                        "labels are a FIFO",
                        "is not a regular file (a FIFO)",
                        d -> List.of(
                                "--data",
                                npy(d, "x.npy", "(4, 2)", 4 * 2 * 8).toString(),
                                "--labels",
                                fifo(d, "y.txt"))),
                of("config is a directory", "cfg.json is not a regular file (a directory)", d -> {
                    Files.createDirectory(d.resolve("cfg.json"));
                    return List.of("--config", d.resolve("cfg.json").toString());
                }),
                of("data is a directory", "rows.csv is not a regular file (a directory)", d -> {
                    Files.createDirectory(d.resolve("rows.csv"));
                    return List.of("--data", d.resolve("rows.csv").toString());
                }),
                limited(
                        "gzip bomb as CSV",
                        "the decompressed data is larger than 1 MB, the limit for data files",
                        Map.of("data", Long.toString(1L << 20)),
                        d -> List.of("--data", bomb(d).toString())),
                limited(
                        "data file over the limit",
                        "the limit for data files is 1 KB",
                        Map.of("data", "1024"),
                        d -> List.of("--data", csv(d, "big.csv", 200).toString())),
                limited(
                        "CSV line over the limit",
                        "the line is longer than 1000 characters",
                        Map.of("line", "1000"),
                        d -> {
                            Path f = d.resolve("wide.csv");
                            Files.writeString(f, "1,".repeat(3000) + "a\n" + "1,".repeat(3000) + "b\n");
                            return List.of("--data", f.toString());
                        }),
                limited(
                        "config over the JSON limit",
                        "the limit for JSON files",
                        Map.of("json", "100"),
                        d -> List.of("--config", write(d, "c.json", "{\"name\":\"" + "x".repeat(200) + "\"}"))),
                of(
                        "deeply nested config",
                        "the nesting is too deep (over 200 levels",
                        d -> List.of(
                                "--config", write(d, "deep.json", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)))),
                of(
                        "deeply nested list in a config",
                        "the nesting is too deep",
                        d -> List.of(
                                "--config",
                                write(d, "deep.json", "{\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}"))),
                of(
                        "2-million-digit number in a config",
                        "a number is too long (over 1000 characters)",
                        d -> List.of(
                                "--config",
                                write(
                                        d,
                                        "long.json",
                                        "{\"data\":{\"blobs\":{\"samples\":" + "1".repeat(2_000_000) + "}}}"))),
                of(
                        "blobs overflowing one array (2,000,000 x 10,000)",
                        "data.blobs.samples is too large: 2,000,000 x 10,000 = 20,000,000,000" + " values, more than",
                        d -> List.of(
                                "--config",
                                write(
                                        d,
                                        "huge.json",
                                        "{\"data\":{\"blobs\":{\"samples\":2000000,\"features\":10000}}}"))),
                of(
                        "blobs needing more memory than the JVM has (200,000 x 5,000)",
                        "data.blobs.samples is too large for this JVM: 200,000 x 5,000 ="
                                + " 1,000,000,000 values need about",
                        d -> List.of(
                                "--config",
                                write(d, "big.json", "{\"data\":{\"blobs\":{\"samples\":200000,\"features\":5000}}}"))),
                of("CSV in Latin-1, not UTF-8", "the text is not UTF-8 (a byte sequence UTF-8 does not allow", d -> {
                    Path f = d.resolve("latin.csv");
                    StringBuilder text = new StringBuilder("a,b,label\n");
                    for (int i = 0; i < 40; i++) {
                        text.append(i)
                                .append(',')
                                .append(i % 7)
                                .append(',')
                                .append(i % 2 == 0 ? "the" : "caf\u00e9")
                                .append('\n');
                    }
                    Files.write(f, text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    return List.of("--data", f.toString());
                }),
                of(
                        "deeply nested weights",
                        "the nesting is too deep",
                        d -> List.of(
                                "--config",
                                CliRunner.smallConfig(d, 1).toString(),
                                "--weights",
                                write(d, "w.json", "[".repeat(5000) + "]".repeat(5000)))),
                of(
                        "2-million-digit number in weights",
                        "a number is too long",
                        d -> List.of(
                                "--config",
                                CliRunner.smallConfig(d, 1).toString(),
                                "--weights",
                                write(d, "w.json", "{\"format\":" + "9".repeat(2_000_000) + "}"))),
                of(
                        "npy header announcing 10^10 values",
                        "the array is too large to load",
                        d -> List.of(
                                "--data",
                                npy(d, "huge.npy", "(100000, 100000)", 64).toString())),
                of("npy of 2 * 10^9 bytes (sparse) that would need 30 GB as doubles", "of memory", d -> {
                    Path f = npy(d, "sparse.npy", "|u1", "(40000, 50000)", 0);
                    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
                        raf.setLength(raf.length() + 2_000_000_000L);
                    }
                    return List.of("--data", f.toString());
                }),
                of(
                        "npy header announcing 2 * 10^9 values (16 GB)",
                        "the file is cut short",
                        d -> List.of(
                                "--data",
                                npy(d, "huge.npy", "(40000, 50000)", 64).toString())),
                of(
                        "npy labels header announcing 2^31 labels",
                        "the file is cut short",
                        d -> List.of(
                                "--data",
                                npy(d, "x.npy", "(4, 2)", 4 * 2 * 8).toString(),
                                "--labels",
                                npy(d, "y.npy", "(2147483000,)", 64).toString())),
                of(
                        "parameter count overflows an int",
                        "more than the 2,147,483,647 one buffer holds",
                        d -> List.of("--config", network(d, "[100000, 100000]"))),
                of(
                        "network needs more memory than the JVM has",
                        "this JVM has",
                        d -> List.of("--config", network(d, "[20000, 20000]"))),
                // ---- class 6: strict types and clear words ----
                of(
                        "fraction for a whole number",
                        "data.blobs.samples: expected a whole number, got 300.5",
                        d -> List.of("--config", write(d, "c.json", "{\"data\":{\"blobs\":{\"samples\":300.5}}}"))),
                of("config not UTF-8", "c.json is not UTF-8 text (byte 0xE9 at offset 12)", d -> {
                    Path f = d.resolve("c.json");
                    Files.write(f, new byte[] {
                        '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'c', 'a', 'f', (byte) 0xe9, '"', '}'
                    });
                    return List.of("--config", f.toString());
                }),
                of("empty --out", "--out must name a folder", d -> List.of("--config", "/nonexistent", "--out", "")),
                of(
                        "object where a list is expected",
                        "autoencoder.network.encoder: expected a list, got an object",
                        d -> List.of(
                                "--config",
                                write(d, "c.json", "{\"autoencoder\":{\"network\":{\"encoder\":{\"a\":1}}}}"))),
                of("binary file as CSV", "looks binary (NUL bytes", d -> {
                    Path f = d.resolve("bin.csv");
                    Files.write(f, new byte[] {1, 2, 0, 0, 3, 4, 0, 5});
                    return List.of("--data", f.toString());
                }),
                of("binary labels text file", "looks binary (NUL bytes", d -> {
                    Path f = d.resolve("y.txt");
                    Files.write(f, new byte[] {'a', '\n', 'b', 0, '\n', 'a', '\n', 'b', '\n'});
                    return List.of(
                            "--data", npy(d, "x.npy", "(4, 2)", 4 * 2 * 8).toString(), "--labels", f.toString());
                }),
                of(
                        "identical rows",
                        "training rows are identical (every feature has zero range)",
                        d -> List.of("--data", write(d, "same.csv", "1,2,a\n1,2,b\n".repeat(30)))),
                of(
                        "one class in a CSV",
                        "at least two classes are needed",
                        d -> List.of("--data", write(d, "one.csv", rows(60, i -> "a")))),
                of(
                        "one cluster of blobs",
                        "at least two classes are needed",
                        d -> List.of(
                                "--config",
                                write(
                                        d,
                                        "c.json",
                                        "{\"data\":{\"blobs\":{\"samples\":100,\"features\":4,\"clusters\":1}}}"))),
                of(
                        "a class per row",
                        "has a label of its own",
                        d -> List.of("--data", write(d, "ids.csv", rows(60, i -> "id" + i)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithExitCodeTwoAndNothingWritten(Case c) throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(c.setup().args(dir));
        Path out = dir.resolve("out");
        if (!args.contains("--out")) {
            args.addAll(List.of("--out", out.toString()));
        }
        CliRunner r;
        c.limits().forEach((k, v) -> System.setProperty("latentlab.limit." + k, v));
        try {
            r = CliRunner.run(args.toArray(String[]::new));
        } finally {
            c.limits().keySet().forEach(k -> System.clearProperty("latentlab.limit." + k));
        }
        assertEquals(2, r.exitCode(), c.name() + ": " + r.err());
        assertTrue(r.err().contains(c.expected()), c.name() + ": expected \"" + c.expected() + "\" in\n" + r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), c.name() + ": files left in --out");
            }
        }
    }

    private static String fifo(Path d, String name) throws IOException, InterruptedException {
        Path f = d.resolve(name);
        Process p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo");
        return f.toString();
    }

    private static String write(Path d, String name, String text) throws IOException {
        Path f = d.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    private static String rows(int n, java.util.function.IntFunction<String> label) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 7)
                    .append(',')
                    .append(i * i % 11)
                    .append(',')
                    .append(label.apply(i))
                    .append('\n');
        }
        return sb.toString();
    }

    private static Path csv(Path d, String name, int n) throws IOException {
        return Path.of(write(d, name, rows(n, i -> i % 2 == 0 ? "a" : "b")));
    }

    /** A config of small blobs with the given encoder widths. */
    private static String network(Path d, String encoder) throws IOException {
        return write(
                d,
                "net.json",
                "{\"data\":{\"blobs\":{\"samples\":200,\"features\":50,\"clusters\":3}},"
                        + "\"autoencoder\":{\"network\":{\"encoder\":" + encoder + "}}}");
    }

    /** 20 MB of CSV rows through gzip: about 60 KB on disk. */
    private static Path bomb(Path d) throws IOException {
        Path f = d.resolve("bomb.csv.gz");
        byte[] block = "1,2,a\n3,4,b\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            for (long written = 0; written < 20L << 20; written += block.length) {
                out.write(block);
            }
        }
        return f;
    }

    /** An .npy file of float64 with the given shape and only {@code dataBytes} bytes of data after the header. */
    private static Path npy(Path d, String name, String shape, int dataBytes) throws IOException {
        return npy(d, name, "<f8", shape, dataBytes);
    }

    private static Path npy(Path d, String name, String descr, String shape, int dataBytes) throws IOException {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        Path f = d.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.write(h.length & 0xff);
            out.write(h.length >> 8);
            out.write(h);
            byte[] data = new byte[dataBytes];
            for (int i = 0; i + 8 <= dataBytes; i += 8) {
                long bits = Double.doubleToLongBits(i / 8 % 3);
                for (int b = 0; b < 8; b++) {
                    data[i + b] = (byte) (bits >>> (8 * b));
                }
            }
            out.write(data);
        }
        return f;
    }
}

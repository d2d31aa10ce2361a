package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesFeaturesExactlyAsNumpySaveDoes() throws IOException {
        Path x = dir.resolve("x.npy");
        NpyWriter.writeFeatures(x, new Matrix(2, 3, new double[] {1, 2, 3, 4, 5, 6.5}));
        // Reference bytes built by hand from the format spec (they match numpy.save byte for byte).
        byte[] expected = NpyBytes.file(
                NpyBytes.dict("<f8", false, "(2, 3)"), NpyBytes.f8(ByteOrder.LITTLE_ENDIAN, 1, 2, 3, 4, 5, 6.5));
        assertArrayEquals(expected, Files.readAllBytes(x));
        assertEquals(0, (Files.size(x) - 48) % 64, "data starts on a 64-byte boundary");
    }

    @Test
    void writesIntAndStringLabels() throws IOException {
        Path y = dir.resolve("y.npy");
        NpyWriter.writeLabels(y, new int[] {0, 7, -1});
        assertArrayEquals(
                NpyBytes.file(NpyBytes.dict("<i4", false, "(3,)"), NpyBytes.i4(0, 7, -1)), Files.readAllBytes(y));

        Path s = dir.resolve("s.npy");
        NpyWriter.writeStringLabels(s, List.of("cat", "äpfel", "\uD83D\uDC1F"));
        assertArrayEquals(
                NpyBytes.file(NpyBytes.dict("<U5", false, "(3,)"), NpyBytes.unicode(5, "cat", "äpfel", "\uD83D\uDC1F")),
                Files.readAllBytes(s));
    }

    @Test
    void roundTripsThroughTheLoader() throws IOException {
        Matrix m = new Matrix(3, 2, new double[] {0.1, -2e-300, Math.PI, 1e300, -0.0, 42});
        Path x = dir.resolve("x.npy");
        Path y = dir.resolve("y.npy");
        NpyWriter.writeFeatures(x, m);
        NpyWriter.writeLabels(y, new int[] {2, 0, 2});
        Dataset d = NpyLoader.load(x, y);
        assertEquals(m, d.x());
        assertEquals(List.of("0", "2"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    @Test
    void leavesNoTemporaryFiles() throws IOException {
        NpyWriter.writeFeatures(dir.resolve("x.npy"), Matrix.zeros(2, 2));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("x.npy")), files.toList());
        }
    }
}

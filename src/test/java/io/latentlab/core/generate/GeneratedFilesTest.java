package io.latentlab.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.io.NpyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

    @TempDir
    Path dir;

    private static GeneratedData images() {
        Matrix rows = new Matrix(2, 6, new double[] {0, 1, 2, 3, 4, 5.5, 10, 11, 12, 13, 14, 0.1});
        return new GeneratedData(
                rows,
                List.of("shirt", "a, \"b\""),
                List.of("x1", "x2", "x3", "x4", "x5", "x6"),
                new ImageShape(2, 3),
                new Matrix(2, 2, new double[4]));
    }

    @Test
    void csvHasTheFeatureNamesAndLabelAndImagesAFloat32NpyOfShapeNHW() throws IOException {
        Path csv = dir.resolve("gen.csv");
        List<Path> written = GeneratedFiles.write(images(), csv);
        assertEquals(List.of(csv, dir.resolve("gen.npy")), written);
        assertEquals(
                List.of(
                        "x1,x2,x3,x4,x5,x6,label",
                        "0.0,1.0,2.0,3.0,4.0,5.5,shirt",
                        "10.0,11.0,12.0,13.0,14.0,0.1,\"a, \"\"b\"\"\""),
                Files.readAllLines(csv));
        byte[] npy = Files.readAllBytes(dir.resolve("gen.npy"));
        String header = new String(npy, 10, npy.length - 10, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 3), }"), header);
        assertEquals(128 + 12 * 4, npy.length);
        Dataset back = NpyLoader.load(dir.resolve("gen.npy"), null);
        assertEquals(new ImageShape(2, 3), back.imageShape());
        assertArrayEquals(
                new double[] {0, 1, 2, 3, 4, 5.5, 10, 11, 12, 13, 14, (float) 0.1},
                back.x().data(),
                0);
    }

    @Test
    void aTabularSetReplacesAnEarlierImageSetWhole() throws IOException {
        Path csv = dir.resolve("gen.csv");
        GeneratedFiles.write(images(), csv);
        GeneratedData g = images();
        GeneratedData tabular = new GeneratedData(g.rows(), g.labels(), g.featureNames(), null, g.latent());
        assertEquals(List.of(csv), GeneratedFiles.write(tabular, csv));
        assertFalse(Files.exists(dir.resolve("gen.npy")), "the earlier set's .npy stays behind");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no staging folder or temp file left");
        }
    }

    @Test
    void refusesANameThatIsNotCsvAndAFolderThatCannotBeMade() throws IOException {
        Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        assertEquals(
                "the generated rows go to a .csv file, got '" + dir.resolve("gen.txt") + "'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> GeneratedFiles.write(images(), dir.resolve("gen.txt")))
                        .getMessage());
        IOException e = assertThrows(
                IOException.class,
                () -> GeneratedFiles.write(images(), dir.resolve("blocker").resolve("gen.csv")));
        assertTrue(e.getMessage().contains("blocker"), e.getMessage());
    }
}

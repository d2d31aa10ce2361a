package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {

    @TempDir
    Path dir;

    private Path text(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsDelimitedTextByExtension() throws IOException {
        for (String name : List.of("a.csv", "b.tsv", "c.txt", "D.CSV")) {
            Dataset d = DatasetFiles.load(text(name, "1\t2\tx\n3\t4\ty\n"), null, null);
            assertEquals(name, d.name());
            assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
        }
        Path gz = dir.resolve("e.csv.gz");
        Files.write(gz, CsvLoaderTest.gzip("1,2,x\n3,4,y\n"));
        assertEquals(
                List.of("x", "y"),
                DatasetFiles.load(gz, null, CsvOptions.defaults()).classNames());
    }

    @Test
    void passesCsvOptionsOn() throws IOException {
        Dataset d = DatasetFiles.load(
                text("n.csv", "1,2,3\n4,5,6\n"), null, CsvOptions.defaults().withLabelColumn(LabelColumn.none()));
        assertFalse(d.hasLabels());
        assertEquals(3, d.features());
    }

    @Test
    void readsNpyWithALabelsFile() throws IOException {
        Path x = dir.resolve("x.npy");
        NpyWriter.writeFeatures(x, new Matrix(2, 1, new double[] {1, 2}));
        Dataset d = DatasetFiles.load(x, text("y.txt", "b\na\n"), null);
        assertEquals(List.of("a", "b"), d.classNames());
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void readsIdxImagesWithIdxLabels() throws IOException {
        Path images = dir.resolve("train-images-idx3-ubyte.gz");
        Files.write(images, IdxBytes.gzip(IdxBytes.file(0x08, IdxBytes.dims(2, 1, 2), 0, 255, 10, 20)));
        Path labels = dir.resolve("train-labels-idx1-ubyte.gz");
        Files.write(labels, IdxBytes.gzip(IdxBytes.file(0x08, IdxBytes.dims(2), 7, 3)));
        Dataset d = DatasetFiles.load(images, labels, null);
        assertEquals(new Matrix(2, 2, new double[] {0, 255, 10, 20}), d.x());
        assertEquals(new ImageShape(1, 2), d.imageShape());
        assertEquals(List.of("3", "7"), d.classNames());
        assertArrayEquals(new int[] {1, 0}, d.labels());
        // Any name will do when the content starts with the IDX magic.
        Path plain = dir.resolve("pixels");
        Files.write(plain, IdxBytes.file(0x08, IdxBytes.dims(2, 2), 1, 2, 3, 4));
        assertEquals(4, DatasetFiles.load(plain, null, null).x().rows() * 2);
    }

    @Test
    void readsIdxLabelsForNpyFeatures() throws IOException {
        Path x = dir.resolve("x.npy");
        NpyWriter.writeFeatures(x, new Matrix(2, 1, new double[] {1, 2}));
        Path labels = dir.resolve("y-idx1-ubyte");
        Files.write(labels, IdxBytes.file(0x08, IdxBytes.dims(2), 1, 0));
        assertArrayEquals(new int[] {1, 0}, DatasetFiles.load(x, labels, null).labels());
    }

    @Test
    void refusesUnknownExtensions() throws IOException {
        Path file = text("sheet.xlsx", "whatever");
        var e = assertThrows(DataFormatException.class, () -> DatasetFiles.load(file, null, null));
        assertEquals(
                "sheet.xlsx: unsupported file type; use .csv, .tsv, .txt (optionally .gz-compressed), .npy or IDX "
                        + "(MNIST's *-idx3-ubyte, optionally .gz)",
                e.getMessage());
    }

    @Test
    void refusesALabelsFileForCsv() throws IOException {
        Path csv = text("p.csv", "1,2,0\n3,4,1\n");
        Path labels = text("y.txt", "0\n1\n");
        var e = assertThrows(IllegalArgumentException.class, () -> DatasetFiles.load(csv, labels, null));
        assertTrue(e.getMessage().contains("y.txt") && e.getMessage().contains("label column"), e.getMessage());
    }
}

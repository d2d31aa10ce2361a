package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.core.data.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Dataset load(String name, String content) throws IOException {
        return CsvLoader.load(write(name, content), CsvOptions.defaults());
    }

    private Dataset load(String name, String content, CsvOptions options) throws IOException {
        return CsvLoader.load(write(name, content), options);
    }

    private DataFormatException refuse(String name, String content, CsvOptions options) throws IOException {
        Path file = write(name, content);
        return assertThrows(DataFormatException.class, () -> CsvLoader.load(file, options));
    }

    private DataFormatException refuse(String name, String content) throws IOException {
        return refuse(name, content, CsvOptions.defaults());
    }

    // ---- happy paths -------------------------------------------------------------------------------------

    @Test
    void readsFeaturesAndIntegerLabelsWithoutHeader() throws IOException {
        Dataset d = load("points.csv", "1,2,0\n3.5,-4e-1,1\n5,6,0\n");
        assertEquals("points.csv", d.name());
        assertEquals(3, d.rows());
        assertEquals(2, d.features());
        assertArrayEquals(new double[] {1, 2, 3.5, -0.4, 5, 6}, d.x().data());
        assertEquals(List.of("0", "1"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
    }

    @Test
    void detectsAHeaderRow() throws IOException {
        Dataset d = load("h.csv", "x,y,label\n1,2,a\n3,4,b\n");
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
        assertEquals(List.of("a", "b"), d.classNames());
    }

    @Test
    void stringLabelsInTheFirstRowAreNotMistakenForAHeader() throws IOException {
        Dataset d = load("s.csv", "1,2,cat\n3,4,dog\n5,6,cat\n");
        assertEquals(3, d.rows());
        assertEquals(List.of("cat", "dog"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 0}, d.labels());
    }

    @Test
    void aHeaderWithNumericFeatureNamesIsFoundByItsLabelCell() throws IOException {
        // Only the label cell is text, and every later label is a number: line 1 is a header.
        Dataset d = load("n.csv", "0,1,label\n1,2,0\n3,4,1\n");
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
        assertEquals(List.of("0", "1"), d.classNames());
    }

    @Test
    void explicitHeaderSettingWins() throws IOException {
        Dataset withHeader =
                load("t.csv", "1,2,0\n3,4,1\n5,6,0\n", CsvOptions.defaults().withHeader(true));
        assertEquals(2, withHeader.rows());
        assertArrayEquals(new double[] {3, 4, 5, 6}, withHeader.x().data());

        Dataset noHeader = load("f.csv", "1,2,a\n3,4,b\n", CsvOptions.defaults().withHeader(false));
        assertEquals(2, noHeader.rows());
    }

    @Test
    void detectsSemicolonAndTabDelimiters() throws IOException {
        Dataset semi = load("semi.csv", "a;b;c\n1.5;2;x\n3;4;y\n");
        assertArrayEquals(new double[] {1.5, 2, 3, 4}, semi.x().data());
        Dataset tab = load("tab.tsv", "a\tb\tc\n1\t2\tx\n3\t4\ty\n");
        assertArrayEquals(new double[] {1, 2, 3, 4}, tab.x().data());
        assertEquals(List.of("x", "y"), tab.classNames());
    }

    @Test
    void usesAGivenDelimiter() throws IOException {
        Dataset d = load("pipe.txt", "1|2|a\n3|4|b\n", CsvOptions.defaults().withDelimiter('|'));
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
    }

    @Test
    void findsTheLabelColumnByName() throws IOException {
        Dataset d = load(
                "byname.csv",
                "x,species,y\n1,setosa,2\n3,virginica,4\n",
                CsvOptions.defaults().withLabelColumn(LabelColumn.name("species")));
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
        assertEquals(List.of("setosa", "virginica"), d.classNames());
    }

    @Test
    void findsTheLabelColumnByIndex() throws IOException {
        Dataset d =
                load("first.csv", "b,1,2\na,3,4\nb,5,6\n", CsvOptions.defaults().withLabelColumn(LabelColumn.index(0)));
        assertEquals(3, d.rows());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.x().data());
        assertEquals(List.of("a", "b"), d.classNames());
        assertArrayEquals(new int[] {1, 0, 1}, d.labels());
    }

    @Test
    void noLabelColumnMakesEveryColumnAFeature() throws IOException {
        Dataset d =
                load("plain.csv", "a,b,c\n1,2,3\n4,5,6\n", CsvOptions.defaults().withLabelColumn(LabelColumn.none()));
        assertFalse(d.hasLabels());
        assertNull(d.labels());
        assertEquals(List.of(), d.classNames());
        assertEquals(3, d.features());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.x().data());
    }

    @Test
    void integerClassNamesSortNumerically() throws IOException {
        Dataset d = load("num.csv", "1,10\n2,2\n3,1\n4,2\n");
        assertEquals(List.of("1", "2", "10"), d.classNames());
        assertArrayEquals(new int[] {2, 1, 0, 1}, d.labels());
    }

    @Test
    void textClassNamesSortLexicographically() throws IOException {
        Dataset d = load("txt.csv", "1,b\n2,a10\n3,a2\n4,b\n");
        assertEquals(List.of("a10", "a2", "b"), d.classNames());
        assertArrayEquals(new int[] {2, 0, 1, 2}, d.labels());
    }

    @Test
    void handlesQuotedCellsBlankLinesCrLfBomAndSpaces() throws IOException {
        String content =
                "\uFEFF\"x\",\"y\",\"label\"\r\n\r\n \"1.5\" , 2 ,\"big, red\"\r\n3,4,\"say \"\"hi\"\"\"\r\n\n";
        Dataset d = load("quoted.csv", content);
        assertEquals(2, d.rows());
        assertArrayEquals(new double[] {1.5, 2, 3, 4}, d.x().data());
        assertEquals(List.of("big, red", "say \"hi\""), d.classNames());
    }

    @Test
    void readsGzipCompressedFiles() throws IOException {
        Path file = dir.resolve("p.csv.gz");
        Files.write(file, gzip("a,b,l\n1,2,x\n3,4,y\n"));
        Dataset d = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals("p.csv.gz", d.name());
        assertArrayEquals(new double[] {1, 2, 3, 4}, d.x().data());
    }

    @Test
    void loadsALargeFileQuickly() throws IOException {
        int rows = 20_000;
        int cols = 50;
        Random random = new Random(7);
        double[] expected = new double[rows * cols];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = Math.round(random.nextGaussian() * 1e6) / 1e6;
                expected[i * cols + j] = v;
                sb.append(v).append(',');
            }
            sb.append(i % 3).append('\n');
        }
        Path file = write("big.csv", sb.toString());
        // Speed is measured by the bench command, not here: this checks every value of a large file.
        Dataset d = CsvLoader.load(file, CsvOptions.defaults());
        assertEquals(rows, d.rows());
        assertEquals(cols, d.features());
        assertArrayEquals(expected, d.x().data());
        assertEquals(List.of("0", "1", "2"), d.classNames());
    }

    // ---- refusals ----------------------------------------------------------------------------------------

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertEquals("empty.csv: the file is empty", refuse("empty.csv", "").getMessage());
        assertEquals(
                "blank.csv: the file has only blank lines, no data",
                refuse("blank.csv", "\n  \n").getMessage());
    }

    @Test
    void refusesAHeaderWithoutData() throws IOException {
        DataFormatException e = refuse("head.csv", "x,y,label\n\n");
        assertEquals("head.csv, line 1: the file has a header (line 1) but no data rows", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void refusesARaggedRow() throws IOException {
        DataFormatException e = refuse("ragged.csv", "1,2,0\n3,4,1\n5,6\n");
        assertEquals("ragged.csv, line 3: expected 3 cells (like line 1) but got 2", e.getMessage());
        DataFormatException h = refuse("ragged2.csv", "a,b,c\n1,2,0\n3,4,1,9\n");
        assertEquals("ragged2.csv, line 3: expected 3 cells (like the header on line 1) but got 4", h.getMessage());
    }

    @Test
    void refusesANonNumericCell() throws IOException {
        DataFormatException e = refuse("points.csv", "1,2,0\n3,4,1\n\n5,abc,0\n");
        assertEquals("points.csv, line 4, column 2: \"abc\" is not a number", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void refusesAnEmptyCell() throws IOException {
        assertEquals(
                "gap.csv, line 2, column 1: the cell is empty; missing values are not supported",
                refuse("gap.csv", "1,2,0\n,4,1\n").getMessage());
    }

    @Test
    void hintsAtTheLabelColumnWhenTheFirstDataRowHasText() throws IOException {
        DataFormatException e = refuse("iris.csv", "species,a,b\nsetosa,1,2\nvirginica,3,4\n");
        assertEquals(
                "iris.csv, line 2, column 1: \"setosa\" is not a number (if column 1 holds the labels, "
                        + "set the label column to 0)",
                e.getMessage());
    }

    @Test
    void hintsAtDecimalCommas() throws IOException {
        DataFormatException e = refuse("eu.csv", "1,5;2;0\n3,25;4;1\n");
        assertEquals(
                "eu.csv, line 1, column 1: \"1,5\" is not a number (use a dot as the decimal separator)",
                e.getMessage());
    }

    @Test
    void refusesNaNAndInfinity() throws IOException {
        assertEquals(
                "nan.csv, line 2, column 2: \"NaN\" is not a finite number; NaN and infinite values are not supported",
                refuse("nan.csv", "1,2,0\n3,NaN,1\n").getMessage());
        assertEquals(
                "inf.csv, line 1, column 1: \"-Infinity\" is not a finite number; NaN and infinite values are not supported",
                refuse("inf.csv", "-Infinity,2,0\n3,4,1\n").getMessage());
        DataFormatException overflow = refuse("big.csv", "1,2,0\n3,1e999,1\n");
        assertEquals(2, overflow.line());
        assertEquals(2, overflow.column());
    }

    @Test
    void refusesASingleDataRow() throws IOException {
        DataFormatException e = refuse("one.csv", "a,b,label\n1,2,0\n");
        assertEquals("one.csv, line 2: the file has only one data row; at least two rows are needed", e.getMessage());
    }

    @Test
    void refusesASingleClass() throws IOException {
        DataFormatException e = refuse("same.csv", "1,2,x\n3,4,x\n5,6,x\n");
        assertEquals(
                "same.csv: all 3 rows have the same label \"x\"; at least two classes are needed (silhouette and kNN accuracy compare classes)",
                e.getMessage());
    }

    @Test
    void refusesALabelIndexOutOfRange() throws IOException {
        DataFormatException e =
                refuse("idx.csv", "1,2,0\n3,4,1\n", CsvOptions.defaults().withLabelColumn(LabelColumn.index(5)));
        assertEquals(
                "idx.csv, line 1: label column index 5 is out of range: rows have 3 columns (indices 0..2)",
                e.getMessage());
    }

    @Test
    void refusesALabelNameNotInTheHeader() throws IOException {
        DataFormatException e = refuse(
                "name.csv",
                "x,y,label\n1,2,0\n3,4,1\n",
                CsvOptions.defaults().withLabelColumn(LabelColumn.name("class")));
        assertEquals(
                "name.csv, line 1: the label column 'class' is not in the header; columns are: \"x\", \"y\", \"label\"",
                e.getMessage());
    }

    @Test
    void refusesALabelNameWhenThereIsNoHeader() throws IOException {
        DataFormatException e = refuse(
                "nohead.csv", "\n1,2,0\n3,4,1\n", CsvOptions.defaults().withLabelColumn(LabelColumn.name("label")));
        assertEquals(
                "nohead.csv, line 2: the label column is named 'label' but the file has no header row "
                        + "(line 2 holds only numbers)",
                e.getMessage());
    }

    @Test
    void refusesAmbiguousLabelNames() throws IOException {
        DataFormatException e = refuse(
                "dup.csv", "y,x,y\n1,2,0\n3,4,1\n", CsvOptions.defaults().withLabelColumn(LabelColumn.name("y")));
        assertEquals(
                "dup.csv, line 1, column 3: the label column name 'y' appears twice in the header (columns 1 and 3)",
                e.getMessage());
    }

    @Test
    void refusesAFileWithOnlyTheLabelColumn() throws IOException {
        assertEquals(
                "labels.csv, line 1: no feature columns: the only column is the label column",
                refuse("labels.csv", "0\n1\n").getMessage());
    }

    @Test
    void refusesAnEmptyLabel() throws IOException {
        assertEquals(
                "nolabel.csv, line 2, column 3: the label is empty",
                refuse("nolabel.csv", "1,2,a\n3,4, \n").getMessage());
    }

    @Test
    void refusesAnUnclosedQuote() throws IOException {
        DataFormatException e = refuse("quote.csv", "1,2,a\n3,\"4,b\n");
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertEquals(
                "quote.csv, line 2, column 2: a quote opens this cell but is not closed on the same line "
                        + "(cells spanning lines are not supported)",
                e.getMessage());
    }

    @Test
    void refusesTextAfterAClosingQuote() throws IOException {
        assertEquals(
                "after.csv, line 1, column 3: unexpected text after the closing quote: \"x\"",
                refuse("after.csv", "1,2,\"a\"x\n3,4,b\n").getMessage());
    }

    @Test
    void refusesDamagedGzipData() throws IOException {
        byte[] full = gzip("1,2,a\n3,4,b\n".repeat(200));
        Path file = dir.resolve("cut.csv.gz");
        Files.write(file, Arrays.copyOf(full, full.length / 2));
        DataFormatException e =
                assertThrows(DataFormatException.class, () -> CsvLoader.load(file, CsvOptions.defaults()));
        assertEquals("cut.csv.gz", e.file().getFileName().toString());
        assertEquals(true, e.problem().startsWith("the compressed data is damaged or cut short"), e.getMessage());
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}

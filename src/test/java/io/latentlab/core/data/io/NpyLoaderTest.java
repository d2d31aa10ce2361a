package io.latentlab.core.data.io;

import static io.latentlab.core.data.io.NpyBytes.dict;
import static io.latentlab.core.data.io.NpyBytes.f4;
import static io.latentlab.core.data.io.NpyBytes.f8;
import static io.latentlab.core.data.io.NpyBytes.file;
import static io.latentlab.core.data.io.NpyBytes.i1;
import static io.latentlab.core.data.io.NpyBytes.i4;
import static io.latentlab.core.data.io.NpyBytes.i8;
import static io.latentlab.core.data.io.NpyBytes.unicode;
import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import io.latentlab.testing.TempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyLoaderTest {

    /** The 2x3 matrix [[1, 2, 3], [4, 5, 6]] used throughout. */
    private static final double[] ROW_MAJOR = {1, 2, 3, 4, 5, 6};
    /** The same matrix stored column by column, as NumPy does for fortran_order True. */
    private static final double[] COLUMN_MAJOR = {1, 4, 2, 5, 3, 6};

    @TempDir
    Path dir;

    private Path put(String name, byte[] bytes) throws IOException {
        return TempFiles.put(dir, name, bytes);
    }

    private Matrix features(String descr, boolean fortran, String shape, byte[] data) throws IOException {
        return NpyLoader.load(put("x.npy", file(dict(descr, fortran, shape), data)), null)
                .x();
    }

    private DataFormatException refuse(Path features, Path labels) {
        return assertThrows(DataFormatException.class, () -> NpyLoader.load(features, labels));
    }

    private Path twoByThree() throws IOException {
        return put("x.npy", file(dict("<f8", false, "(2, 3)"), f8(LITTLE_ENDIAN, ROW_MAJOR)));
    }

    // ---- features ----------------------------------------------------------------------------------------

    @Test
    void readsCOrderFloat64() throws IOException {
        Dataset d = NpyLoader.load(twoByThree(), null);
        assertEquals("x.npy", d.name());
        assertEquals(new Matrix(2, 3, ROW_MAJOR), d.x());
        assertFalse(d.hasLabels());
    }

    @Test
    void readsFortranOrderAsTheSameMatrix() throws IOException {
        assertEquals(new Matrix(2, 3, ROW_MAJOR), features("<f8", true, "(2, 3)", f8(LITTLE_ENDIAN, COLUMN_MAJOR)));
        // Same bytes read as C order give a different (the transposed-then-reshaped) matrix: the flag matters.
        assertEquals(new Matrix(2, 3, COLUMN_MAJOR), features("<f8", false, "(2, 3)", f8(LITTLE_ENDIAN, COLUMN_MAJOR)));
    }

    @Test
    void readsFortranOrderForANonSquareTallArray() throws IOException {
        // 3x2 [[1, 2], [3, 4], [5, 6]] column by column is 1, 3, 5, 2, 4, 6.
        assertEquals(new Matrix(3, 2, ROW_MAJOR), features("<f8", true, "(3, 2)", f8(LITTLE_ENDIAN, 1, 3, 5, 2, 4, 6)));
    }

    @Test
    void readsFloat32AndBigEndian() throws IOException {
        float[] halves = {0.5f, 1.25f, -3f, 4f, 5.5f, 6f};
        double[] expected = {0.5, 1.25, -3, 4, 5.5, 6};
        assertArrayEquals(
                expected,
                features("<f4", false, "(2, 3)", f4(LITTLE_ENDIAN, halves)).data());
        assertArrayEquals(
                expected,
                features(">f4", false, "(2, 3)", f4(BIG_ENDIAN, halves)).data());
        assertArrayEquals(
                ROW_MAJOR,
                features(">f8", false, "(2, 3)", f8(BIG_ENDIAN, ROW_MAJOR)).data());
        assertArrayEquals(
                ROW_MAJOR,
                features(">f8", true, "(2, 3)", f8(BIG_ENDIAN, COLUMN_MAJOR)).data());
    }

    @Test
    void readsIntegerFeatures() throws IOException {
        assertArrayEquals(
                new double[] {-7, 2, 3, 4},
                features("<i4", false, "(2, 2)", i4(-7, 2, 3, 4)).data());
        assertArrayEquals(
                new double[] {1L << 40, 2, 3, -4},
                features("<i8", false, "(2, 2)", i8(1L << 40, 2, 3, -4)).data());
        assertArrayEquals(
                new double[] {0, 200, 255, 16},
                features("|u1", false, "(2, 2)", i1(0, 200, 255, 16)).data());
        assertArrayEquals(
                new double[] {-128, 127, -1, 0},
                features("|i1", false, "(2, 2)", i1(-128, 127, -1, 0)).data());
    }

    @Test
    void readsAOneDimensionalArrayAsOneFeature() throws IOException {
        Matrix x = features("<f8", false, "(3,)", f8(LITTLE_ENDIAN, 1, 2, 3));
        assertEquals(new Matrix(3, 1, new double[] {1, 2, 3}), x);
    }

    @Test
    void readsFormatVersions2And3() throws IOException {
        Path v2 = put("v2.npy", file(2, dict("<f8", false, "(2, 3)"), f8(LITTLE_ENDIAN, ROW_MAJOR)));
        assertArrayEquals(ROW_MAJOR, NpyLoader.load(v2, null).x().data());
        Path v3 = put("v3.npy", file(3, dict("<f8", true, "(2, 3)"), f8(LITTLE_ENDIAN, COLUMN_MAJOR)));
        assertArrayEquals(ROW_MAJOR, NpyLoader.load(v3, null).x().data());
    }

    @Test
    void toleratesHeaderVariants() throws IOException {
        // Key order, double quotes and Python 2 long suffixes all occur in real files.
        String header = "{\"shape\": (2L, 3L), \"fortran_order\": False, \"descr\": \"<f8\"}";
        Path x = put("old.npy", file(header, f8(LITTLE_ENDIAN, ROW_MAJOR)));
        assertArrayEquals(ROW_MAJOR, NpyLoader.load(x, null).x().data());
    }

    // ---- labels ------------------------------------------------------------------------------------------

    @Test
    void readsIntegerLabelsFromNpy() throws IOException {
        Path labels = put("y.npy", file(dict("<i8", false, "(2,)"), i8(10, 2)));
        Dataset d = NpyLoader.load(twoByThree(), labels);
        assertEquals(List.of("2", "10"), d.classNames());
        assertArrayEquals(new int[] {1, 0}, d.labels());

        Path small = put("y1.npy", file(dict("|u1", false, "(2, 1)"), i1(3, 1)));
        assertEquals(List.of("1", "3"), NpyLoader.load(twoByThree(), small).classNames());
    }

    @Test
    void readsUnicodeLabelsFromNpy() throws IOException {
        Path labels = put("y.npy", file(dict("<U6", false, "(2,)"), unicode(6, "zebra", "äpfel")));
        Dataset d = NpyLoader.load(twoByThree(), labels);
        assertEquals(List.of("zebra", "äpfel"), d.classNames()); // plain string order: 'z' < 'ä'
        assertArrayEquals(new int[] {0, 1}, d.labels());
    }

    @Test
    void readsWholeNumberFloatLabels() throws IOException {
        Path labels = put("y.npy", file(dict("<f8", false, "(2,)"), f8(LITTLE_ENDIAN, 1.0, 0.0)));
        Dataset d = NpyLoader.load(twoByThree(), labels);
        assertEquals(List.of("0", "1"), d.classNames());
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void readsLabelsFromText() throws IOException {
        Path txt = put("y.txt", "cat\n\ndog\n".getBytes(StandardCharsets.UTF_8));
        Dataset d = NpyLoader.load(twoByThree(), txt);
        assertEquals(List.of("cat", "dog"), d.classNames());
        assertArrayEquals(new int[] {0, 1}, d.labels());

        // A one-column CSV as pandas writes it, header line included.
        Path csv = put("y.csv", "label\r\n1\r\n0\r\n".getBytes(StandardCharsets.UTF_8));
        Dataset c = NpyLoader.load(twoByThree(), csv);
        assertEquals(List.of("0", "1"), c.classNames());
        assertArrayEquals(new int[] {1, 0}, c.labels());
    }

    // ---- refusals ----------------------------------------------------------------------------------------

    @Test
    void refusesBadMagic() throws IOException {
        Path x = put("x.npy", "1,2,3\n4,5,6\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(
                "x.npy: not a NumPy .npy file (it does not start with \\x93NUMPY)",
                refuse(x, null).getMessage());
        Path zip = put("z.npy", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertEquals(
                "z.npy: this is a zip archive (.npz?), not a single .npy array; save one array with numpy.save",
                refuse(zip, null).getMessage());
        assertEquals(
                "e.npy: the file is empty",
                refuse(put("e.npy", new byte[0]), null).getMessage());
    }

    @Test
    void refusesUnsupportedVersion() throws IOException {
        Path x = put("x.npy", file(4, dict("<f8", false, "(2, 3)"), f8(LITTLE_ENDIAN, ROW_MAJOR)));
        assertEquals(
                "x.npy: unsupported .npy format version 4.0; versions 1, 2 and 3 are supported",
                refuse(x, null).getMessage());
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] full = file(dict("<f8", false, "(2, 3)"), f8(LITTLE_ENDIAN, ROW_MAJOR));
        Path cutData = put("cut.npy", Arrays.copyOf(full, full.length - 8));
        assertEquals(
                "cut.npy: the file is cut short: shape (2, 3) of <f8 needs 48 bytes of data, "
                        + "but only 40 follow the header",
                refuse(cutData, null).getMessage());
        Path cutHeader = put("head.npy", Arrays.copyOf(full, 30));
        assertEquals(
                "head.npy: the file is cut short inside the .npy header (expected 118 header bytes, found 20)",
                refuse(cutHeader, null).getMessage());
    }

    @Test
    void refusesAMalformedHeader() throws IOException {
        Path x = put("x.npy", file("{'descr': '<f8', 'shape': (2, 3)}", f8(LITTLE_ENDIAN, ROW_MAJOR)));
        assertEquals(
                "x.npy: the .npy header lacks descr, fortran_order or shape: "
                        + "\"{'descr': '<f8', 'shape': (2, 3)}\"",
                refuse(x, null).getMessage());
    }

    @Test
    void refusesUnsupportedDtypesByName() throws IOException {
        Path complex = put("c.npy", file(dict("<c16", false, "(2, 1)"), new byte[32]));
        assertEquals(
                "c.npy: unsupported data type '<c16' (complex); features must be float64/float32 "
                        + "(<f8, <f4, >f8, >f4) or integers (<i8, <i4, |u1, |i1, ...)",
                refuse(complex, null).getMessage());
        Path bool = put("b.npy", file(dict("|b1", false, "(2, 1)"), new byte[2]));
        assertEquals(
                "unsupported data type '|b1' (boolean); features must be float64/float32 "
                        + "(<f8, <f4, >f8, >f4) or integers (<i8, <i4, |u1, |i1, ...)",
                refuse(bool, null).problem());
        Path structured = put(
                "s.npy",
                file(
                        "{'descr': [('a', '<f8'), ('b', '<i4')], 'fortran_order': False, " + "'shape': (2,), }",
                        new byte[24]));
        assertEquals(
                true, refuse(structured, null).problem().startsWith("unsupported data type '[[a, <f8], [b, <i4]]'"));
    }

    @Test
    void refusesMoreThanThreeDimensions() throws IOException {
        Path x = put("x.npy", file(dict("<f8", false, "(1, 1, 2, 3)"), f8(LITTLE_ENDIAN, ROW_MAJOR)));
        assertEquals(
                "x.npy: expected a 2-D array (rows x features) or 3-D images (rows x height x width), "
                        + "got shape (1, 1, 2, 3)",
                refuse(x, null).getMessage());
    }

    @Test
    void readsThreeDimensionsAsFlattenedImages() throws IOException {
        // Two 2x3 images: [[1, 2, 3], [4, 5, 6]] and the same plus 10.
        double[] c = {1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 15, 16};
        Dataset d = NpyLoader.load(put("img.npy", file(dict("<f8", false, "(2, 2, 3)"), f8(LITTLE_ENDIAN, c))), null);
        assertEquals(new ImageShape(2, 3), d.imageShape());
        assertEquals(new Matrix(2, 6, c), d.x());
        // Fortran order: element [i, h, w] at i + 2 * (h + 2 * w).
        double[] f = new double[12];
        for (int i = 0; i < 2; i++) {
            for (int h = 0; h < 2; h++) {
                for (int w = 0; w < 3; w++) {
                    f[i + 2 * (h + 2 * w)] = c[(i * 2 + h) * 3 + w];
                }
            }
        }
        Dataset fortran =
                NpyLoader.load(put("f.npy", file(dict("<f8", true, "(2, 2, 3)"), f8(LITTLE_ENDIAN, f))), null);
        assertEquals(new Matrix(2, 6, c), fortran.x());
        assertEquals(new ImageShape(2, 3), fortran.imageShape());
        assertEquals(null, NpyLoader.load(twoByThree(), null).imageShape(), "2-D arrays are tabular");
    }

    @Test
    void refusesASingleRow() throws IOException {
        Path x = put("x.npy", file(dict("<f8", false, "(1, 3)"), f8(LITTLE_ENDIAN, 1, 2, 3)));
        assertEquals(
                "x.npy: the array has only one row (shape (1, 3)); at least two rows are needed",
                refuse(x, null).getMessage());
    }

    @Test
    void refusesNaNAndInfinityNamingRowAndColumn() throws IOException {
        Path nan = put("nan.npy", file(dict("<f8", false, "(2, 3)"), f8(LITTLE_ENDIAN, 1, 2, 3, 4, 5, Double.NaN)));
        assertEquals(
                "nan.npy: the value at row 2, column 3 (NumPy index [1, 2]) is NaN; "
                        + "NaN and infinite values are not supported",
                refuse(nan, null).getMessage());
        // In Fortran order the 2nd stored value is element [1, 0].
        Path inf = put(
                "inf.npy",
                file(dict("<f4", true, "(2, 3)"), f4(LITTLE_ENDIAN, 1, Float.NEGATIVE_INFINITY, 2, 5, 3, 6)));
        assertEquals(
                "inf.npy: the value at row 2, column 1 (NumPy index [1, 0]) is -Infinity; "
                        + "NaN and infinite values are not supported",
                refuse(inf, null).getMessage());
    }

    @Test
    void refusesALabelCountMismatch() throws IOException {
        Path labels = put("y.npy", file(dict("<i4", false, "(3,)"), i4(0, 1, 0)));
        assertEquals(
                "y.npy: has 3 labels but x.npy has 2 rows",
                refuse(twoByThree(), labels).getMessage());
        Path text = put("y.txt", "species\nsetosa\nvirginica\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "y.txt: has 3 labels but x.npy has 2 rows (is line 1 a header? remove it)",
                refuse(twoByThree(), text).getMessage());
    }

    @Test
    void refusesASingleClass() throws IOException {
        Path labels = put("y.npy", file(dict("<i4", false, "(2,)"), i4(4, 4)));
        assertEquals(
                "y.npy: all 2 rows have the same label \"4\"; at least two classes are needed (silhouette and kNN accuracy compare classes)",
                refuse(twoByThree(), labels).getMessage());
    }

    @Test
    void refusesBadLabelArrays() throws IOException {
        Path fractional = put("f.npy", file(dict("<f8", false, "(2,)"), f8(LITTLE_ENDIAN, 0, 0.5)));
        assertEquals(
                "f.npy: the label 0.5 at row 2 (NumPy index [1]) is not a whole number; "
                        + "save class labels as integers or strings",
                refuse(twoByThree(), fractional).getMessage());
        Path nan = put("n.npy", file(dict("<f8", false, "(2,)"), f8(LITTLE_ENDIAN, Double.NaN, 1)));
        assertEquals(true, refuse(twoByThree(), nan).problem().startsWith("the label NaN at row 1"));
        Path matrix = put("m.npy", file(dict("<i4", false, "(2, 2)"), i4(0, 1, 1, 0)));
        assertEquals(
                "m.npy: labels must be a 1-D array, got shape (2, 2)",
                refuse(twoByThree(), matrix).getMessage());
        Path objects = put("o.npy", file(dict("|O", false, "(2,)"), new byte[16]));
        assertEquals(
                "o.npy: unsupported label data type '|O' (Python objects (pickled)); labels must be integers "
                        + "(<i8, <i4, |u1, ...) or strings (<U...)",
                refuse(twoByThree(), objects).getMessage());
        Path empty = put("u.npy", file(dict("<U3", false, "(2,)"), unicode(3, "a", "")));
        assertEquals(
                "u.npy: the label at row 2 (NumPy index [1]) is empty",
                refuse(twoByThree(), empty).getMessage());
    }

    @Test
    void refusesBadTextLabelFiles() throws IOException {
        Path indexed = put("y.csv", ",label\n0,1\n1,0\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "y.csv, line 1: expected one label per line but got 2 cells (save the labels without an index column)",
                refuse(twoByThree(), indexed).getMessage());
        Path empty = put("e.txt", "\n\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "e.txt: the labels file is empty", refuse(twoByThree(), empty).getMessage());
    }
}

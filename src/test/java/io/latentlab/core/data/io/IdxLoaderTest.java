package io.latentlab.core.data.io;

import static io.latentlab.core.data.io.IdxBytes.concat;
import static io.latentlab.core.data.io.IdxBytes.dims;
import static io.latentlab.core.data.io.IdxBytes.file;
import static io.latentlab.core.data.io.IdxBytes.gzip;
import static io.latentlab.core.data.io.IdxBytes.header;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import io.latentlab.testing.TempFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {

    /** Two 2x3 images, row by row. */
    private static final double[] PIXELS = {0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255};

    @TempDir
    Path dir;

    private Path put(String name, byte[] bytes) throws IOException {
        return TempFiles.put(dir, name, bytes);
    }

    private DataFormatException refuse(Path images, Path labels) {
        return assertThrows(DataFormatException.class, () -> IdxLoader.load(images, labels));
    }

    private DataFormatException refuse(byte[] bytes) throws IOException {
        return refuse(put("bad-idx3-ubyte", bytes), null);
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @Test
    void readsUnsignedBytesAsImagesInRawUnits() throws IOException {
        Dataset d = IdxLoader.load(put("x-idx3-ubyte", file(0x08, dims(2, 2, 3), PIXELS)), null);
        assertEquals("x-idx3-ubyte", d.name());
        assertEquals(new Matrix(2, 6, PIXELS), d.x());
        assertEquals(new ImageShape(2, 3), d.imageShape());
        assertFalse(d.hasLabels());
    }

    @Test
    void readsEveryElementType() throws IOException {
        double[] signed = {-128, -1, 0, 1, 2, 127};
        assertArrayEquals(signed, load(file(0x09, dims(2, 3), signed)));
        double[] shorts = {-32768, -2, 0, 7, 300, 32767};
        assertArrayEquals(shorts, load(file(0x0B, dims(2, 3), shorts)));
        double[] ints = {Integer.MIN_VALUE, -70000, 0, 1, 70000, Integer.MAX_VALUE};
        assertArrayEquals(ints, load(file(0x0C, dims(2, 3), ints)));
        double[] floats = {-1.5f, 0.25f, 3.0e30f, 1e-3f, 0, 7}; // float values, widened exactly
        assertArrayEquals(floats, load(file(0x0D, dims(3, 2), floats)));
        double[] doubles = {-1.5, Math.PI, 1e300, -0.0, 2, 3};
        assertArrayEquals(doubles, load(file(0x0E, dims(2, 3), doubles)));
    }

    private double[] load(byte[] bytes) throws IOException {
        return IdxLoader.load(put("t.idx", bytes), null).x().data();
    }

    @Test
    void readsBigEndianData() throws IOException {
        byte[] bytes = concat(header(0x0B, 2, 1), new byte[] {0x01, 0x02, (byte) 0xFF, (byte) 0xFE});
        assertArrayEquals(new double[] {0x0102, -2}, load(bytes));
    }

    @Test
    void readsGzippedFilesByContent() throws IOException {
        Dataset d = IdxLoader.load(put("x.bin", gzip(file(0x08, dims(2, 2, 3), PIXELS))), null);
        assertEquals(new Matrix(2, 6, PIXELS), d.x());
        assertEquals(new ImageShape(2, 3), d.imageShape());
    }

    @Test
    void flattensAnyNumberOfDimensions() throws IOException {
        double[] values = new double[2 * 2 * 3 * 2];
        Arrays.setAll(values, k -> k);
        Dataset fourD = IdxLoader.load(put("c.idx", file(0x08, dims(2, 2, 3, 2), values)), null);
        assertEquals(new Matrix(2, 12, values), fourD.x());
        assertNull(fourD.imageShape(), "only 3-D files are height x width images");
        Dataset twoD = IdxLoader.load(put("t.idx", file(0x08, dims(3, 4), Arrays.copyOf(values, 12))), null);
        assertEquals(new Matrix(3, 4, Arrays.copyOf(values, 12)), twoD.x());
        assertNull(twoD.imageShape());
    }

    @Test
    void readsIdxLabelsAsNumericallySortedClassNames() throws IOException {
        Path images = put("x-idx3-ubyte", file(0x08, dims(3, 1, 2), 1, 2, 3, 4, 5, 6));
        Path labels = put("y-idx1-ubyte.gz", gzip(file(0x08, dims(3), 10, 2, 9)));
        Dataset d = IdxLoader.load(images, labels);
        assertEquals(List.of("2", "9", "10"), d.classNames());
        assertArrayEquals(new int[] {2, 0, 1}, d.labels());
        assertEquals(new ImageShape(1, 2), d.imageShape());
        Path intLabels = put("y.idx", file(0x0C, dims(3), -1, 1000, -1));
        assertEquals(List.of("-1", "1000"), IdxLoader.load(images, intLabels).classNames());
    }

    @Test
    void acceptsOtherLabelFilesToo() throws IOException {
        Path images = put("x-idx3-ubyte", file(0x08, dims(2, 1, 2), 1, 2, 3, 4));
        Dataset d =
                IdxLoader.load(images, put("y.txt", "shoe\nbag\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("bag", "shoe"), d.classNames());
    }

    @Test
    void recognisesIdxFilesByNameOrContent() throws IOException {
        byte[] idx = file(0x08, dims(2, 1), 1, 2);
        assertTrue(IdxLoader.isIdx(put("train-images-idx3-ubyte", new byte[] {1})));
        assertTrue(IdxLoader.isIdx(put("T10K-LABELS-IDX1-UBYTE.GZ", new byte[] {1})));
        assertTrue(IdxLoader.isIdx(put("a.idx", new byte[] {1})));
        assertTrue(IdxLoader.isIdx(put("anything", idx)));
        assertTrue(IdxLoader.isIdx(put("anything.gz", gzip(idx))));
        assertFalse(IdxLoader.isIdx(put("text", "1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertFalse(IdxLoader.isIdx(put("empty", new byte[0])));
    }

    // ---- bad files ----------------------------------------------------------------------------------------

    @Test
    void refusesAWrongMagic() throws IOException {
        assertEquals(
                "bad-idx3-ubyte: not an IDX file: it starts with 0x31 0x2C instead of the two zero bytes of "
                        + "the IDX magic",
                refuse("1,2,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .getMessage());
        assertEquals("bad-idx3-ubyte: the file is empty", refuse(new byte[0]).getMessage());
        assertEquals(
                "bad-idx3-ubyte: the file is cut short inside the IDX header (expected 4 magic bytes, found 3)",
                refuse(new byte[] {0, 0, 8}).getMessage());
    }

    @Test
    void refusesAnUnknownTypeByte() throws IOException {
        assertEquals(
                "bad-idx3-ubyte: unknown IDX data type byte 0x0A; expected 0x08 (unsigned byte), 0x09 (signed "
                        + "byte), 0x0B (short), 0x0C (int), 0x0D (float) or 0x0E (double)",
                refuse(concat(header(0x0A, 2, 1), new byte[2])).getMessage());
    }

    @Test
    void refusesBadDimensions() throws IOException {
        assertEquals(
                "the IDX header declares 0 dimensions; at least one is needed",
                refuse(header(0x08)).problem());
        assertEquals(
                "dimension 2 of 3 has size 0; sizes must be at least 1",
                refuse(header(0x08, 2, 0, 3)).problem());
        assertEquals(
                "dimension 1 of 3 has size -5 (4294967291 unsigned); sizes must be at least 1",
                refuse(header(0x08, -5, 2, 3)).problem());
        assertEquals(
                "the file is cut short inside the IDX header (3 dimension sizes need 12 bytes, found 6)",
                refuse(Arrays.copyOf(header(0x08, 2, 2, 3), 10)).problem());
    }

    @Test
    void refusesAHugeHeaderWithoutAllocating() throws IOException {
        // 10^12 items: refused from the header alone.
        assertEquals(
                "the data is too large to load: dimensions (1000000, 1000, 1000) make more than 2147483639 items",
                refuse(header(0x08, 1_000_000, 1000, 1000)).problem());
        // Below the limit but far beyond the file: cut short, found before the doubles are allocated.
        assertEquals(
                "the file is cut short: dimensions (2000000, 1000) of 64-bit floats need 16000000000 bytes "
                        + "(2000000000 items) after the header, but only 16 bytes (2 items) follow it",
                refuse(concat(header(0x0E, 2_000_000, 1000), new byte[16])).problem());
    }

    @Test
    void refusesTruncatedData() throws IOException {
        byte[] whole = file(0x0B, dims(2, 3), 1, 2, 3, 4, 5, 6);
        assertEquals(
                "bad-idx3-ubyte: the file is cut short: dimensions (2, 3) of 16-bit integers need 12 bytes "
                        + "(6 items) after the header, but only 9 bytes (4 items) follow it",
                refuse(Arrays.copyOf(whole, whole.length - 3)).getMessage());
        byte[] gz = gzip(file(0x08, dims(2, 2, 3), PIXELS));
        String problem = refuse(Arrays.copyOf(gz, gz.length - 10)).problem();
        assertTrue(problem.startsWith("the compressed data is damaged or cut short ("), problem);
    }

    @Test
    void refusesTrailingGarbage() throws IOException {
        byte[] extra = concat(file(0x08, dims(2, 2, 3), PIXELS), new byte[] {9, 9, 9});
        assertEquals(
                "bad-idx3-ubyte: 3 unexpected bytes after the data: dimensions (2, 2, 3) of unsigned bytes "
                        + "need exactly 12 bytes after the header",
                refuse(extra).getMessage());
        assertEquals(
                "1 unexpected byte after the data: dimensions (2, 2, 3) of unsigned bytes need exactly 12 "
                        + "bytes after the header",
                refuse(gzip(concat(file(0x08, dims(2, 2, 3), PIXELS), new byte[1])))
                        .problem());
    }

    @Test
    void refusesALabelCountDifferentFromTheImageCount() throws IOException {
        Path images = put("x-idx3-ubyte", file(0x08, dims(2, 2, 3), PIXELS));
        Path labels = put("y-idx1-ubyte", file(0x08, dims(3), 0, 1, 0));
        assertEquals(
                "y-idx1-ubyte: has 3 labels but x-idx3-ubyte has 2 rows",
                refuse(images, labels).getMessage());
    }

    @Test
    void refusesLabelsThatAreNotOneDimensionalOrNotWhole() throws IOException {
        Path images = put("x-idx3-ubyte", file(0x08, dims(2, 2, 3), PIXELS));
        assertEquals(
                "y.idx: IDX labels must be 1-D (one label per row), got dimensions (2, 1)",
                refuse(images, put("y.idx", file(0x08, dims(2, 1), 0, 1))).getMessage());
        assertEquals(
                "y.idx: the label 0.5 at row 2 is not a whole number; labels must be class numbers",
                refuse(images, put("y.idx", file(0x0D, dims(2), 1, 0.5))).getMessage());
    }

    @Test
    void refusesLabelsAsFeaturesAndASingleRow() throws IOException {
        assertEquals(
                "this 1-D IDX file (3,) holds labels; features need at least 2 dimensions (rows x features, "
                        + "or rows x height x width)",
                refuse(file(0x08, dims(3), 1, 2, 3)).problem());
        assertEquals(
                "the file has only one row (dimensions (1, 2, 3)); at least two rows are needed",
                refuse(file(0x08, dims(1, 2, 3), 1, 2, 3, 4, 5, 6)).problem());
    }

    @Test
    void refusesNonFiniteFloats() throws IOException {
        assertEquals(
                "the value at row 2, column 1 is NaN; NaN and infinite values are not supported",
                refuse(file(0x0E, dims(2, 2), 1, 2, Double.NaN, 4)).problem());
    }
}

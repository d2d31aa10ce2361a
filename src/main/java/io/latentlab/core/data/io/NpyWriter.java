package io.latentlab.core.data.io;

import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes NumPy .npy files (format version 1.0) that {@code numpy.load} reads: features as float64 in C order,
 * images as float32 (N, H, W), labels as int32 or as unicode strings. Files are written atomically.
 */
public final class NpyWriter {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    /** NumPy pads the header so the data starts on a 64-byte boundary. */
    private static final int ALIGN = 64;

    private static final int CHUNK = 1 << 16;

    private NpyWriter() {}

    /** Writes {@code x} as a {@code <f8} array of shape (rows, cols), C order. */
    public static void writeFeatures(Path file, Matrix x) throws IOException {
        Objects.requireNonNull(x, "x");
        double[] data = x.data();
        writeNumbers(
                file,
                "<f8",
                "(" + x.rows() + ", " + x.cols() + ")",
                data.length,
                Double.BYTES,
                (buf, i) -> buf.putDouble(data[i]));
    }

    /**
     * Writes rows that are images as a {@code <f4} array of shape (rows, height, width), C order (each row's pixels
     * row by row, as {@link ImageShape} stores them); values are rounded to float32.
     */
    public static void writeImages(Path file, Matrix x, ImageShape shape) throws IOException {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(shape, "shape");
        if (shape.pixels() != x.cols()) {
            throw new IllegalArgumentException("images of " + shape + " have " + shape.pixels()
                    + " pixels, the rows have " + x.cols() + " values");
        }
        double[] data = x.data();
        writeNumbers(
                file,
                "<f4",
                "(" + x.rows() + ", " + shape.height() + ", " + shape.width() + ")",
                data.length,
                Float.BYTES,
                (buf, i) -> buf.putFloat((float) data[i]));
    }

    /** Writes labels as an {@code <i4} array of shape (n,). */
    public static void writeLabels(Path file, int[] labels) throws IOException {
        Objects.requireNonNull(labels, "labels");
        writeNumbers(
                file,
                "<i4",
                "(" + labels.length + ",)",
                labels.length,
                Integer.BYTES,
                (buf, i) -> buf.putInt(labels[i]));
    }

    /** Puts element {@code i} into a little-endian buffer. */
    private interface ElementWriter {
        void put(ByteBuffer buf, int i);
    }

    /** Header, then {@code count} fixed-size elements through a reused buffer. */
    private static void writeNumbers(
            Path file, String descr, String shape, int count, int elementBytes, ElementWriter element)
            throws IOException {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, out -> {
            writeHeader(out, descr, shape);
            ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < count; i++) {
                if (buf.remaining() < elementBytes) {
                    flush(buf, out);
                }
                element.put(buf, i);
            }
            flush(buf, out);
        });
    }

    /** Writes labels as a unicode array ({@code <U}n, n = longest label) of shape (n,), e.g. class names. */
    public static void writeStringLabels(Path file, List<String> labels) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(labels, "labels");
        int width = 1;
        for (String label : labels) {
            Objects.requireNonNull(label, "label");
            width = Math.max(width, label.codePointCount(0, label.length()));
        }
        int chars = width;
        AtomicFiles.write(file, raw -> {
            OutputStream out = new BufferedOutputStream(raw, CHUNK);
            writeHeader(out, "<U" + chars, "(" + labels.size() + ",)");
            ByteBuffer buf = ByteBuffer.allocate(chars * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (String label : labels) {
                buf.clear();
                label.codePoints().forEach(buf::putInt);
                while (buf.hasRemaining()) {
                    buf.putInt(0);
                }
                out.write(buf.array(), 0, buf.position());
            }
            out.flush();
        });
    }

    private static void writeHeader(OutputStream out, String descr, String shape) throws IOException {
        StringBuilder dict = new StringBuilder("{'descr': '")
                .append(descr)
                .append("', 'fortran_order': False, 'shape': ")
                .append(shape)
                .append(", }");
        int unpadded = MAGIC.length + 2 + dict.length() + 1; // + length field + final newline
        int pad = (ALIGN - unpadded % ALIGN) % ALIGN;
        dict.append(" ".repeat(pad)).append('\n');
        byte[] header = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        out.write(MAGIC);
        out.write(header.length & 0xFF);
        out.write((header.length >>> 8) & 0xFF);
        out.write(header);
    }

    private static void flush(ByteBuffer buf, OutputStream out) throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
    }
}

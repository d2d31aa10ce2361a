package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Loads IDX files, the format of MNIST and Fashion-MNIST, optionally gzip-compressed (recognised by content).
 * A file of N x H x W (x ...) elements becomes N rows of H*W*... features in raw units (0..255 for pixels); a
 * 3-D file carries the image shape H x W. A 1-D file holds labels, one per row, whole numbers that become the
 * class names "0", "1", ... sorted numerically.
 */
public final class IdxLoader {

    /** Data is read in chunks of this many bytes (a multiple of every element size). */
    private static final int CHUNK = 1 << 20;
    /** The MNIST naming: {@code train-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}. */
    private static final Pattern IDX_NAME = Pattern.compile(".*idx\\d+-[a-z0-9]+");

    private IdxLoader() {}

    /**
     * @param images the IDX features file (at least 2-D); the dataset is named after it
     * @param labels a labels file (IDX, .npy or text, see {@link LabelFiles}), or null for unlabelled data
     */
    public static Dataset load(Path images, Path labels) throws IOException {
        Objects.requireNonNull(images, "images");
        Dataset features;
        try (InputStream in = Decompression.open(images)) {
            features = loadFeatures(in, images, displayName(images));
        }
        if (labels == null) {
            return features;
        }
        LabelEncoder.Encoded encoded = LabelFiles.read(labels, features.rows(), images);
        return features.withLabels(encoded.labels(), encoded.classNames());
    }

    /** Images and IDX labels from streams, e.g. class path resources; the paths only name them in messages. */
    static Dataset load(InputStream images, Path imagesName, InputStream labels, Path labelsName, String datasetName)
            throws IOException {
        Dataset features = loadFeatures(images, imagesName, datasetName);
        LabelEncoder.Encoded encoded =
                LabelFiles.checkCount(readLabels(labels, labelsName), features.rows(), labelsName, imagesName, false);
        return features.withLabels(encoded.labels(), encoded.classNames());
    }

    /**
     * Whether a file is IDX: its name says so ({@code train-images-idx3-ubyte}, {@code *.idx}, either with
     * {@code .gz}) or its content, once decompressed, starts with the two zero bytes of the IDX magic.
     */
    static boolean isIdx(Path file) throws IOException {
        String name = LabelFiles.lowerName(file);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".idx") || IDX_NAME.matcher(base).matches()) {
            return true;
        }
        try (InputStream in = Decompression.maybeGunzip(Decompression.open(file), file)) {
            return in.read() == 0 && in.read() == 0;
        } catch (EOFException | ZipException e) {
            return false; // damaged gzip: let the reader chosen by name report it
        }
    }

    /** Reads an IDX labels file: 1-D, whole numbers. */
    static LabelEncoder readLabels(Path file) throws IOException {
        try (InputStream in = Decompression.open(file)) {
            return readLabels(in, file);
        }
    }

    private static LabelEncoder readLabels(InputStream raw, Path file) throws IOException {
        try (InputStream in = Decompression.maybeGunzip(raw, file)) {
            IdxHeader header = IdxHeader.read(in, file);
            if (header.dims().length != 1) {
                throw new DataFormatException(
                        file, "IDX labels must be 1-D (one label per row), got dimensions " + header.dimsText());
            }
            double[] values = readData(in, header, file);
            LabelEncoder labels = new LabelEncoder();
            for (int r = 0; r < values.length; r++) {
                double v = values[r];
                if (!Double.isFinite(v) || v != Math.rint(v)) {
                    throw new DataFormatException(
                            file,
                            "the label " + v + " at row " + (r + 1)
                                    + " is not a whole number; labels must be class numbers");
                }
                labels.add(Long.toString((long) v));
            }
            return labels;
        } catch (EOFException | ZipException e) {
            throw damaged(file, e);
        }
    }

    private static Dataset loadFeatures(InputStream raw, Path file, String datasetName) throws IOException {
        try (InputStream in = Decompression.maybeGunzip(raw, file)) {
            IdxHeader header = IdxHeader.read(in, file);
            int[] dims = header.dims();
            if (dims.length == 1) {
                throw new DataFormatException(
                        file,
                        "this 1-D IDX file " + header.dimsText()
                                + " holds labels; features need at least 2 dimensions (rows x features, or rows x height x width)");
            }
            if (dims[0] == 1) {
                throw new DataFormatException(
                        file,
                        "the file has only one row (dimensions " + header.dimsText()
                                + "); at least two rows are needed");
            }
            double[] data = readData(in, header, file);
            int rows = dims[0];
            int cols = data.length / rows;
            if (header.dtype().isFloatingPoint()) {
                checkFinite(data, cols, file);
            }
            ImageShape shape = dims.length == 3 ? new ImageShape(dims[1], dims[2]) : null;
            return new Dataset(datasetName, new Matrix(rows, cols, data), null, List.of(), shape);
        } catch (EOFException | ZipException e) {
            throw damaged(file, e);
        }
    }

    /**
     * Reads all elements after the header and checks nothing follows them. The bytes are collected in chunks
     * before the doubles are allocated, so a header claiming far more data than the file holds fails as "cut
     * short" instead of exhausting memory.
     */
    private static double[] readData(InputStream in, IdxHeader header, Path file) throws IOException {
        long expected = header.dataBytes();
        List<byte[]> chunks = new ArrayList<>();
        long found = 0;
        while (found < expected) {
            byte[] chunk = new byte[(int) Math.min(CHUNK, expected - found)];
            int got = NpyInput.readFully(in, chunk, 0, chunk.length);
            found += got;
            if (got < chunk.length) {
                throw truncated(file, header, found);
            }
            chunks.add(chunk);
        }
        long extra = countRemaining(in);
        if (extra > 0) {
            throw new DataFormatException(
                    file,
                    extra + " unexpected byte" + (extra == 1 ? "" : "s")
                            + " after the data: dimensions " + header.dimsText() + " of "
                            + header.dtype().plural()
                            + " need exactly " + expected + " bytes after the header");
        }
        IdxDtype dtype = header.dtype();
        Decompression.checkMemory(file, header.itemCount());
        double[] out = new double[header.itemCount()];
        int k = 0;
        for (byte[] chunk : chunks) {
            ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.BIG_ENDIAN);
            while (buf.hasRemaining()) {
                out[k++] = dtype.read(buf);
            }
        }
        return out;
    }

    private static long countRemaining(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
        }
        return total;
    }

    private static DataFormatException truncated(Path file, IdxHeader header, long found) {
        int size = header.dtype().size();
        return new DataFormatException(
                file,
                "the file is cut short: dimensions " + header.dimsText() + " of "
                        + header.dtype().plural() + " need " + header.dataBytes() + " bytes (" + header.itemCount()
                        + " items) after the header, but only " + found + " bytes (" + found / size
                        + " items) follow it");
    }

    private static DataFormatException damaged(Path file, IOException e) {
        return new DataFormatException(
                file, 0, 0, "the compressed data is damaged or cut short (" + e.getMessage() + ")", e);
    }

    private static void checkFinite(double[] rowMajor, int cols, Path file) {
        for (int k = 0; k < rowMajor.length; k++) {
            if (!Double.isFinite(rowMajor[k])) {
                throw new DataFormatException(
                        file,
                        "the value at row " + (k / cols + 1) + ", column " + (k % cols + 1) + " is " + rowMajor[k]
                                + "; NaN and infinite values are not supported");
            }
        }
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}

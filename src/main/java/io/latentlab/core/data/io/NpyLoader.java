package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads features from a NumPy .npy file (format versions 1-3; float32/float64 or integer types, either byte
 * order, C or Fortran order; 2-D, or 1-D for a single feature, or 3-D images (rows x height x width) flattened
 * to height*width features with their image shape) and optional labels from a second file (.npy of integers or
 * strings, IDX, or a text file with one label per line).
 */
public final class NpyLoader {

    private NpyLoader() {}

    /**
     * @param features the .npy features file; the dataset is named after it
     * @param labels   the labels file, or null for an unlabelled dataset
     */
    public static Dataset load(Path features, Path labels) throws IOException {
        Objects.requireNonNull(features, "features");
        Path name = features.getFileName();
        String datasetName = name == null ? features.toString() : name.toString();
        Dataset unlabelled = readFeatures(features, datasetName);
        if (labels == null) {
            return unlabelled;
        }
        LabelEncoder.Encoded encoded = LabelFiles.read(labels, unlabelled.rows(), features);
        return unlabelled.withLabels(encoded.labels(), encoded.classNames());
    }

    private static Dataset readFeatures(Path file, String datasetName) throws IOException {
        try (InputStream in = new BufferedInputStream(Decompression.open(file), 1 << 16)) {
            NpyHeader header = NpyHeader.read(in, file);
            NpyDtype dtype = header.dtype();
            if (dtype == null || !dtype.isNumeric()) {
                throw new DataFormatException(
                        file,
                        "unsupported data type '" + header.descr() + "' ("
                                + NpyDtype.describeKind(header.descr()) + "); features must be float64/float32 "
                                + "(<f8, <f4, >f8, >f4) or integers (<i8, <i4, |u1, |i1, ...)");
            }
            long[] shape = header.shape();
            if (shape.length < 1 || shape.length > 3) {
                throw new DataFormatException(
                        file,
                        "expected a 2-D array (rows x features) or 3-D images " + "(rows x height x width), got shape "
                                + header.shapeText());
            }
            long rows = shape[0];
            long cols = shape.length == 1 ? 1 : shape.length == 2 ? shape[1] : shape[1] * shape[2];
            if (rows == 0) {
                throw new DataFormatException(file, "the array has no rows (shape " + header.shapeText() + ")");
            }
            if (cols == 0) {
                throw new DataFormatException(
                        file, "the array has no feature columns (shape " + header.shapeText() + ")");
            }
            if (rows == 1) {
                throw new DataFormatException(
                        file,
                        "the array has only one row (shape " + header.shapeText() + "); at least two rows are needed");
            }
            long count = header.elementCount();
            if (count < 0 || count > Integer.MAX_VALUE - 8 || cols > Integer.MAX_VALUE) {
                throw new DataFormatException(
                        file, "the array is too large to load (shape " + header.shapeText() + ")");
            }
            NpyInput.checkAnnounced(header, file);
            double[] data = NpyInput.readDoubles(in, header, (int) count, file);
            int r = (int) rows;
            int c = (int) cols;
            ImageShape image = shape.length == 3 ? new ImageShape((int) shape[1], (int) shape[2]) : null;
            if (header.fortranOrder() && c > 1) {
                data = image == null
                        ? columnMajorToRowMajor(data, r, c, 1)
                        : columnMajorToRowMajor(data, r, image.height(), image.width());
            }
            checkFinite(data, c, file);
            return new Dataset(datasetName, new Matrix(r, c, data), null, List.of(), image);
        }
    }

    /**
     * Reorders a Fortran-order array of shape (rows, height, width) to C order, where element [i, h, w] is at
     * {@code (i * height + h) * width + w}; a 2-D array is the case width = 1.
     */
    private static double[] columnMajorToRowMajor(double[] data, int rows, int height, int width) {
        double[] out = new double[data.length];
        int from = 0;
        for (int w = 0; w < width; w++) {
            for (int h = 0; h < height; h++) {
                for (int i = 0; i < rows; i++) {
                    out[(i * height + h) * width + w] = data[from++];
                }
            }
        }
        return out;
    }

    private static void checkFinite(double[] rowMajor, int cols, Path file) {
        for (int k = 0; k < rowMajor.length; k++) {
            double v = rowMajor[k];
            if (!Double.isFinite(v)) {
                int row = k / cols;
                int col = k % cols;
                throw new DataFormatException(
                        file,
                        "the value at row " + (row + 1) + ", column " + (col + 1)
                                + " (NumPy index [" + row + ", " + col + "]) is " + v
                                + "; NaN and infinite values are not supported");
            }
        }
    }
}

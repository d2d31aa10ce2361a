package io.latentlab.core.data.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads labels kept in their own file, next to a features file: a NumPy .npy array of integers or strings, a 1-D
 * IDX file (MNIST's {@code *-labels-idx1-ubyte}), or a text file (.txt, .csv, ...) with one label per line.
 */
final class LabelFiles {

    private LabelFiles() {}

    /** Reads the labels and checks there is one per feature row and at least two classes. */
    static LabelEncoder.Encoded read(Path file, int expectedRows, Path featuresFile) throws IOException {
        boolean npy = lowerName(file).endsWith(".npy");
        boolean idx = !npy && IdxLoader.isIdx(file);
        LabelEncoder labels = npy ? readNpy(file) : idx ? IdxLoader.readLabels(file) : readText(file);
        return checkCount(labels, expectedRows, file, featuresFile, !npy && !idx);
    }

    /**
     * Checks there is one label per feature row and at least two classes, then encodes them.
     *
     * @param text whether the labels came from a text file, where one extra label is most likely a header line
     */
    static LabelEncoder.Encoded checkCount(
            LabelEncoder labels, int expectedRows, Path file, Path featuresFile, boolean text) {
        if (labels.size() != expectedRows) {
            String hint = text && labels.size() == expectedRows + 1 ? " (is line 1 a header? remove it)" : "";
            throw new DataFormatException(
                    file,
                    "has " + labels.size() + " labels but " + featuresFile.getFileName() + " has " + expectedRows
                            + " rows" + hint);
        }
        return labels.encode(file);
    }

    static String lowerName(Path file) {
        Path name = file.getFileName();
        return (name == null ? file.toString() : name.toString()).toLowerCase(Locale.ROOT);
    }

    private static LabelEncoder readNpy(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Decompression.open(file), 1 << 16)) {
            NpyHeader header = NpyHeader.read(in, file);
            int count = labelCount(header, file);
            if (header.dtype() != null) {
                NpyInput.checkAnnounced(header, file);
            }
            NpyDtype dtype = header.dtype();
            LabelEncoder labels = new LabelEncoder();
            if (dtype != null && dtype.isText()) {
                String[] values = NpyInput.readStrings(in, header, count, file);
                for (int r = 0; r < count; r++) {
                    String label = values[r].trim();
                    if (label.isEmpty()) {
                        throw new DataFormatException(
                                file, "the label at row " + (r + 1) + " (NumPy index [" + r + "]) is empty");
                    }
                    labels.add(label);
                }
            } else if (dtype != null && dtype.isNumeric()) {
                double[] values = NpyInput.readDoubles(in, header, count, file);
                for (int r = 0; r < count; r++) {
                    labels.add(integerLabel(values[r], r, dtype, file));
                }
            } else {
                throw new DataFormatException(
                        file,
                        "unsupported label data type '" + header.descr() + "' ("
                                + NpyDtype.describeKind(header.descr())
                                + "); labels must be integers (<i8, <i4, |u1, ...) "
                                + "or strings (<U...)");
            }
            return labels;
        }
    }

    private static int labelCount(NpyHeader header, Path file) {
        long[] shape = header.shape();
        boolean column = shape.length == 2 && (shape[1] == 1 || shape[0] == 1);
        if (shape.length != 1 && !column) {
            throw new DataFormatException(file, "labels must be a 1-D array, got shape " + header.shapeText());
        }
        long count = header.elementCount();
        if (count > Integer.MAX_VALUE - 8) {
            throw new DataFormatException(file, "too many labels: shape " + header.shapeText());
        }
        return (int) count;
    }

    private static String integerLabel(double value, int row, NpyDtype dtype, Path file) {
        if (dtype.isInteger() && dtype.kind() == 'u' && dtype.size() == 8 && value >= 0x1p63) {
            return Double.toString(value); // beyond long; still a distinct class name
        }
        if (value != Math.rint(value) || !Double.isFinite(value)) {
            throw new DataFormatException(
                    file,
                    "the label " + value + " at row " + (row + 1) + " (NumPy index [" + row
                            + "]) is not a whole number; save class labels as integers or strings");
        }
        return Long.toString((long) value);
    }

    private static LabelEncoder readText(Path file) throws IOException {
        String lower = lowerName(file);
        Character delimiter = lower.endsWith(".csv") || lower.endsWith(".csv.gz")
                ? Character.valueOf(',')
                : lower.endsWith(".tsv") || lower.endsWith(".tsv.gz") ? Character.valueOf('\t') : null;
        LabelEncoder labels = new LabelEncoder();
        List<String> cells = new ArrayList<>();
        try (Reader raw = TextLines.utf8(Decompression.maybeGunzip(Decompression.open(file), file))) {
            TextLines reader = new TextLines(raw, file, "a text file of labels");
            String line;
            long lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String label = line;
                if (delimiter != null) {
                    CsvCells.split(line, delimiter, cells, file, lineNo);
                    if (cells.size() != 1) {
                        throw new DataFormatException(
                                file,
                                lineNo,
                                0,
                                "expected one label per line but got " + cells.size()
                                        + " cells (save the labels without an index column)");
                    }
                    label = cells.get(0);
                }
                label = label.trim();
                if (label.isEmpty()) {
                    throw new DataFormatException(file, lineNo, 1, "the label is empty");
                }
                labels.add(label);
            }
        }
        if (labels.size() == 0) {
            throw new DataFormatException(file, "the labels file is empty");
        }
        if (labels.firstLooksLikeHeader()) {
            labels.dropFirst(); // e.g. "label" above numeric labels, as pandas writes it
        }
        return labels;
    }
}

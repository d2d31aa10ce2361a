package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** Loads a data set from a file, choosing the reader from the file name (and for IDX, from the content). */
public final class DatasetFiles {

    /** What {@link #load} accepts, for messages and file choosers. */
    public static final String SUPPORTED =
            ".csv, .tsv, .txt (optionally .gz-compressed), .npy or IDX " + "(MNIST's *-idx3-ubyte, optionally .gz)";

    private DatasetFiles() {}

    /**
     * Loads {@code file}: .csv, .tsv, .txt and their .gz forms as delimited text, .npy as a NumPy array, and
     * any other file as IDX when its name ({@code *-idx3-ubyte[.gz]}, {@code *.idx}) or its first bytes say so.
     *
     * @param labels  a separate labels file (IDX, .npy or text), only for .npy and IDX features
     *                (null = unlabelled); CSV files keep their labels in a column chosen by {@code options}
     * @param options how to read CSV files; null means {@link CsvOptions#defaults()}; ignored for .npy and IDX
     * @throws DataFormatException      if the file type is unknown or the content is unusable
     * @throws IllegalArgumentException if a labels file is given for a CSV file
     */
    public static Dataset load(Path file, Path labels, CsvOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = LabelFiles.lowerName(file);
        if (name.endsWith(".npy")) {
            return NpyLoader.load(file, labels);
        }
        if (isDelimitedText(name)) {
            if (labels != null) {
                throw new IllegalArgumentException(
                        "a separate labels file (" + labels.getFileName()
                                + ") is only used with .npy or IDX features; in " + file.getFileName()
                                + " the labels are a column (choose it with the label column option: last, none, an index or a name)");
            }
            return CsvLoader.load(file, options == null ? CsvOptions.defaults() : options);
        }
        if (IdxLoader.isIdx(file)) {
            return IdxLoader.load(file, labels);
        }
        throw new DataFormatException(file, "unsupported file type; use " + SUPPORTED);
    }

    /** Whether {@link #load} reads this file name as delimited text. */
    static boolean isDelimitedText(String lowerName) {
        String base = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
        return base.endsWith(".csv") || base.endsWith(".tsv") || base.endsWith(".txt");
    }
}

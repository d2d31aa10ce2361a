package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/**
 * Data read from files: one file that is split, or a train and a test file used as they are.
 *
 * @param path            CSV (.csv, .tsv, .txt, .gz) or NumPy .npy file with the (train) rows
 * @param testPath        optional file with test rows; when set, no split is made
 * @param labelsPath      for .npy features: optional labels file (.npy or one label per line)
 * @param testLabelsPath  labels for {@code testPath} when it is a .npy file
 * @param labelColumn     CSV label column: "last", "none", a 0-based index, or a header name
 * @param header          CSV has a header row; null to detect
 * @param delimiter       CSV delimiter: ",", ";" or "\t"; null to detect
 */
public record FileDataConfig(String path, String testPath, String labelsPath, String testLabelsPath,
                             String labelColumn, Boolean header, String delimiter) {

    public FileDataConfig {
        labelColumn = labelColumn == null || labelColumn.isBlank() ? "last" : labelColumn.trim();
        if (delimiter != null && !(delimiter.equals(",") || delimiter.equals(";") || delimiter.equals("\t"))) {
            throw new InvalidValueException("delimiter", "must be \",\", \";\" or a tab, got \"" + delimiter + "\"");
        }
        if (path != null && path.isBlank()) {
            path = null;
        }
        if (testPath != null && testPath.isBlank()) {
            testPath = null;
        }
    }

    public static FileDataConfig none() {
        return new FileDataConfig(null, null, null, null, "last", null, null);
    }

    public static FileDataConfig of(String path) {
        return new FileDataConfig(path, null, null, null, "last", null, null);
    }
}

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
 * @param imageShape      "HxW" when each row is an H x W image (e.g. "28x28"), so rows are shown as pictures;
 *                        null for tabular data or to take the shape from the file (IDX, 3-D .npy)
 */
public record FileDataConfig(
        String path,
        String testPath,
        String labelsPath,
        String testLabelsPath,
        String labelColumn,
        Boolean header,
        String delimiter,
        String imageShape) {

    public FileDataConfig {
        if (imageShape != null && imageShape.isBlank()) {
            imageShape = null;
        }
        if (imageShape != null) {
            imageShape = imageShape.trim().toLowerCase(java.util.Locale.ROOT);
            parseShape(imageShape);
        }
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

    /** {@code "28x28"} as {height, width}; throws naming {@code imageShape} when it is not of that form. */
    public static int[] parseShape(String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,5})x(\\d{1,5})").matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(2)) < 1) {
            throw new InvalidValueException("imageShape", "must be HEIGHTxWIDTH such as 28x28, got \"" + text + "\"");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /**
     * The same files named by absolute paths (resolved against the current folder), so that the config written
     * beside a run's results reproduces it from any folder.
     */
    public FileDataConfig absolute() {
        return new FileDataConfig(
                absolute(path),
                absolute(testPath),
                absolute(labelsPath),
                absolute(testLabelsPath),
                labelColumn,
                header,
                delimiter,
                imageShape);
    }

    private static String absolute(String p) {
        if (p == null) {
            return null;
        }
        try {
            return java.nio.file.Path.of(p).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return p; // reading it will say what is wrong with it
        }
    }

    public FileDataConfig withImageShape(String shape) {
        return new FileDataConfig(path, testPath, labelsPath, testLabelsPath, labelColumn, header, delimiter, shape);
    }

    public static FileDataConfig none() {
        return new FileDataConfig(null, null, null, null, "last", null, null, null);
    }

    public static FileDataConfig of(String path) {
        return new FileDataConfig(path, null, null, null, "last", null, null, null);
    }
}

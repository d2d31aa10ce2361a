package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Loads a delimited text file (CSV, TSV, optionally gzip-compressed) into a {@link Dataset}: one row per
 * non-blank line, every cell a finite number except the label cell. Problems are reported as
 * {@link DataFormatException}s naming the file, line and column.
 */
public final class CsvLoader {

    private CsvLoader() {}

    /** Loads {@code file}; the dataset is named after the file. Gzip data is recognised and unpacked. */
    public static Dataset load(Path file, CsvOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Decompression.open(file)) {
            Path name = file.getFileName();
            return load(in, file, name == null ? file.toString() : name.toString(), options);
        }
    }

    /**
     * Loads from a stream; {@code file} is only used to name the source in error messages.
     */
    static Dataset load(InputStream raw, Path file, String datasetName, CsvOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        Parser parser = new Parser(file, options);
        try (Reader reader = TextLines.utf8(Decompression.maybeGunzip(raw, file))) {
            return parser.parse(new TextLines(reader, file, "CSV text"), datasetName);
        } catch (EOFException | ZipException e) {
            throw new DataFormatException(
                    file, parser.lineNo, 0, "the compressed data is damaged or cut short (" + e.getMessage() + ")", e);
        }
    }

    /** The state of one parse. */
    private static final class Parser {
        private final Path file;
        private final CsvOptions options;
        private final List<String> cells = new ArrayList<>();
        private final DoubleList values;
        private final LabelEncoder labels = new LabelEncoder();
        private long lineNo;
        private char delimiter;
        private int expectedCells;
        private long firstRowLine;
        private boolean firstRowIsHeader;
        private int labelIndex = -1;
        private long lastDataLine;
        private int rows;

        Parser(Path file, CsvOptions options) {
            this.file = file;
            this.options = options;
            this.values = new DoubleList(file);
        }

        Dataset parse(TextLines reader, String datasetName) throws IOException {
            String line = nextNonBlank(reader);
            if (line == null) {
                throw new DataFormatException(
                        file, lineNo == 0 ? "the file is empty" : "the file has only blank lines, no data");
            }
            delimiter = options.delimiter() != null ? options.delimiter() : CsvCells.detectDelimiter(line);
            CsvCells.split(line, delimiter, cells, file, lineNo);
            firstRowLine = lineNo;
            expectedCells = cells.size();
            readFirstRow();

            while ((line = nextNonBlank(reader)) != null) {
                CsvCells.split(line, delimiter, cells, file, lineNo);
                addRow();
            }
            return finish(datasetName);
        }

        private String nextNonBlank(TextLines reader) throws IOException {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // byte order mark written by some spreadsheet programs
                }
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        }

        /** Decides header and label column from the first row, then keeps the row unless it is a header. */
        private void readFirstRow() {
            LabelColumn column = options.labelColumn();
            boolean header;
            if (column instanceof LabelColumn.Name name) {
                header = options.header() != null ? options.header() : anyNonNumeric(-1);
                if (!header) {
                    throw new DataFormatException(
                            file,
                            lineNo,
                            0,
                            "the label column is named '" + name.header() + "' but the file has no header row (line "
                                    + lineNo + " holds only numbers)");
                }
                labelIndex = findHeader(name.header());
            } else {
                labelIndex = resolveIndex(column);
                header = options.header() != null ? options.header() : anyNonNumeric(labelIndex);
            }
            if (expectedCells - (labelIndex >= 0 ? 1 : 0) == 0) {
                throw new DataFormatException(
                        file, lineNo, 0, "no feature columns: the only column is the label column");
            }
            firstRowIsHeader = header;
            if (!header) {
                addRow();
            }
        }

        private int resolveIndex(LabelColumn column) {
            if (column instanceof LabelColumn.Index index) {
                if (index.zeroBased() >= expectedCells) {
                    throw new DataFormatException(
                            file,
                            lineNo,
                            0,
                            "label column index " + index.zeroBased()
                                    + " is out of range: rows have " + expectedCells + " columns (indices 0.."
                                    + (expectedCells - 1) + ")");
                }
                return index.zeroBased();
            }
            if (column instanceof LabelColumn.Last) {
                return expectedCells - 1;
            }
            return -1; // none
        }

        private int findHeader(String wanted) {
            int found = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (cells.get(k).trim().equals(wanted)) {
                    if (found >= 0) {
                        throw new DataFormatException(
                                file,
                                lineNo,
                                k + 1,
                                "the label column name '" + wanted + "' appears twice in the header (columns "
                                        + (found + 1) + " and " + (k + 1) + ")");
                    }
                    found = k;
                }
            }
            if (found < 0) {
                throw new DataFormatException(
                        file,
                        lineNo,
                        0,
                        "the label column '" + wanted + "' is not in the header; columns are: " + headerList());
            }
            return found;
        }

        private String headerList() {
            StringBuilder sb = new StringBuilder();
            int shown = Math.min(cells.size(), 12);
            for (int k = 0; k < shown; k++) {
                sb.append(k == 0 ? "" : ", ").append(CsvCells.quote(cells.get(k).trim()));
            }
            if (shown < cells.size()) {
                sb.append(", ... (").append(cells.size()).append(" in all)");
            }
            return sb.toString();
        }

        /** Whether a cell other than {@code skip} is text; empty cells are missing values, not header names. */
        private boolean anyNonNumeric(int skip) {
            for (int k = 0; k < cells.size(); k++) {
                String cell = cells.get(k);
                // "1,5" is a number written with a decimal comma: data (refused later with a hint), not a name.
                if (k != skip && !cell.isBlank() && !isNumeric(cell) && !isNumeric(cell.replace(',', '.'))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isNumeric(String cell) {
            try {
                Double.parseDouble(cell);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private void addRow() {
            if (cells.size() != expectedCells) {
                String like = firstRowIsHeader ? "the header on line " : "line ";
                throw new DataFormatException(
                        file,
                        lineNo,
                        0,
                        "expected " + expectedCells + " cells (like " + like + firstRowLine + ") but got "
                                + cells.size());
            }
            for (int k = 0; k < expectedCells; k++) {
                if (k == labelIndex) {
                    String label = cells.get(k).trim();
                    if (label.isEmpty()) {
                        throw new DataFormatException(file, lineNo, k + 1, "the label is empty");
                    }
                    labels.add(label);
                } else {
                    values.add(parseNumber(cells.get(k), k));
                }
            }
            lastDataLine = lineNo;
            rows++;
        }

        private double parseNumber(String cell, int k) {
            double v;
            try {
                v = DecimalParser.parse(cell);
            } catch (NumberFormatException e) {
                throw new DataFormatException(file, lineNo, k + 1, notANumber(cell, k));
            }
            if (!Double.isFinite(v)) {
                throw new DataFormatException(
                        file,
                        lineNo,
                        k + 1,
                        CsvCells.quote(cell.trim())
                                + " is not a finite number; NaN and infinite values are not supported");
            }
            return v;
        }

        private String notANumber(String cell, int k) {
            String trimmed = cell.trim();
            if (trimmed.isEmpty()) {
                return "the cell is empty; missing values are not supported";
            }
            String problem = CsvCells.quote(trimmed) + " is not a number";
            if (isNumeric(trimmed.replace(',', '.'))) {
                return problem + " (use a dot as the decimal separator)";
            }
            if (rows == 0 && labelIndex != k) {
                // Text in the first data row is typical of labels kept in another column than the chosen one.
                return problem + " (if column " + (k + 1) + " holds the labels, set the label column to " + k + ")";
            }
            return problem;
        }

        private Dataset finish(String datasetName) {
            int skipValues = 0;
            if (options.header() == null && !firstRowIsHeader && labelIndex >= 0 && labels.firstLooksLikeHeader()) {
                // e.g. "0,1,label" over numeric rows: only the label cell is text, so the first row is a header.
                labels.dropFirst();
                skipValues = expectedCells - 1;
                rows--;
                firstRowIsHeader = true;
            }
            if (rows == 0) {
                throw new DataFormatException(
                        file, firstRowLine, 0, "the file has a header (line " + firstRowLine + ") but no data rows");
            }
            if (rows == 1) {
                throw new DataFormatException(
                        file, lastDataLine, 0, "the file has only one data row; at least two rows are needed");
            }
            int features = expectedCells - (labelIndex >= 0 ? 1 : 0);
            Matrix x = new Matrix(rows, features, values.toArray(skipValues));
            if (labelIndex < 0) {
                return new Dataset(datasetName, x, null, List.of());
            }
            LabelEncoder.Encoded encoded = labels.encode(file);
            return new Dataset(datasetName, x, encoded.labels(), encoded.classNames());
        }
    }
}

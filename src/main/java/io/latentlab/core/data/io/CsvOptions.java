package io.latentlab.core.data.io;

/**
 * How to read a CSV file.
 *
 * @param header      whether the first row is a header; {@code null} = detect: the first row is a header iff one
 *                    of its feature cells is not a number (the label cell may hold a string label, so a lone
 *                    non-numeric label cell counts as a header only when every other row's label is a number)
 * @param labelColumn where the labels are; {@code null} means {@link LabelColumn#last()}
 * @param delimiter   the cell separator; {@code null} = detect comma, semicolon or tab from the first non-empty line
 */
public record CsvOptions(Boolean header, LabelColumn labelColumn, Character delimiter) {

    public CsvOptions {
        if (labelColumn == null) {
            labelColumn = LabelColumn.last();
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException(
                    "CSV delimiter cannot be " + describe(delimiter) + "; use comma, semicolon or tab");
        }
        if (Boolean.FALSE.equals(header) && labelColumn instanceof LabelColumn.Name name) {
            throw new IllegalArgumentException("label column '" + name.header()
                    + "' is given by name, but header is false; a name needs a header row (or give a 0-based index)");
        }
    }

    /** Detect the header and the delimiter; labels in the last column. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, LabelColumn.last(), null);
    }

    public CsvOptions withHeader(Boolean newHeader) {
        return new CsvOptions(newHeader, labelColumn, delimiter);
    }

    public CsvOptions withLabelColumn(LabelColumn newLabelColumn) {
        return new CsvOptions(header, newLabelColumn, delimiter);
    }

    public CsvOptions withDelimiter(Character newDelimiter) {
        return new CsvOptions(header, labelColumn, newDelimiter);
    }

    static String describe(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case '\n' -> "a line break";
            case '\r' -> "a carriage return";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '"' -> "a double quote";
            default -> "'" + c + "'";
        };
    }
}

package io.latentlab.core.pipeline;

/**
 * The one CSV cell writer of latent.csv and metrics.csv. Text follows RFC 4180 (a cell holding a comma, quote, CR or
 * LF is quoted, quotes doubled), so every row count is right; and a text cell that a spreadsheet would take for a
 * formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) gets a leading apostrophe inside
 * quotes, as OWASP recommends. Numbers are written as numbers, so {@code -0.5} stays a number.
 */
public final class CsvCell {
    private CsvCell() {}

    /** A text cell (a label, a measure's name). */
    public static String text(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (formula) {
            return "\"'" + s.replace("\"", "\"\"") + "\"";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A number cell: shortest round-trip form, empty for NaN and infinities (not a number, not text). */
    public static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}

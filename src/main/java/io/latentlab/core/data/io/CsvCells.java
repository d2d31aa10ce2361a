package io.latentlab.core.data.io;

import java.nio.file.Path;
import java.util.List;

/**
 * Splits one CSV line into cells, without regular expressions (this runs once per line of large files).
 * Quoting follows RFC 4180 within a line: a cell that starts with {@code "} ends at the next lone {@code "},
 * and {@code ""} inside it stands for one quote. Cells spanning several lines are not supported.
 */
final class CsvCells {

    private static final char QUOTE = '"';
    private static final char[] CANDIDATES = {',', '\t', ';'};

    private CsvCells() {}

    /**
     * Clears {@code out} and fills it with the cells of {@code line}. Unquoted cells are returned as they are
     * (not trimmed); quoted cells without their quotes.
     */
    static void split(String line, char delimiter, List<String> out, Path file, long lineNo) {
        out.clear();
        int n = line.length();
        int i = 0;
        while (true) {
            int start = i;
            // A quote may follow leading blanks: ` "a,b"` is still one quoted cell.
            while (delimiter != ' ' && i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == QUOTE) {
                i = readQuoted(line, i, delimiter, out, file, lineNo);
            } else {
                int end = line.indexOf(delimiter, start);
                if (end < 0) {
                    end = n;
                }
                out.add(line.substring(start, end));
                i = end;
            }
            if (i >= n) {
                return;
            }
            i++; // skip the delimiter
            if (i == n) {
                out.add(""); // a trailing delimiter leaves one empty cell
                return;
            }
        }
    }

    /** Reads a quoted cell starting at the quote at {@code open}; returns the index of the delimiter or line end. */
    private static int readQuoted(String line, int open, char delimiter, List<String> out, Path file, long lineNo) {
        int n = line.length();
        StringBuilder cell = new StringBuilder();
        int i = open + 1;
        while (true) {
            int q = line.indexOf(QUOTE, i);
            if (q < 0) {
                throw new DataFormatException(
                        file,
                        lineNo,
                        out.size() + 1,
                        "a quote opens this cell but is not closed on the same line (cells spanning lines are not supported)");
            }
            cell.append(line, i, q);
            if (q + 1 < n && line.charAt(q + 1) == QUOTE) {
                cell.append(QUOTE);
                i = q + 2;
                continue;
            }
            i = q + 1;
            break;
        }
        while (delimiter != ' ' && i < n && line.charAt(i) == ' ') {
            i++;
        }
        if (i < n && line.charAt(i) != delimiter) {
            throw new DataFormatException(
                    file,
                    lineNo,
                    out.size() + 1,
                    "unexpected text after the closing quote: " + quote(line.substring(i, Math.min(n, i + 20))));
        }
        out.add(cell.toString());
        return i;
    }

    /**
     * Picks the delimiter of a line: whichever of comma, tab and semicolon occurs most often outside quotes
     * (ties go to comma, then tab). A line with none of them is a single column; comma is returned.
     */
    static char detectDelimiter(String line) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
                continue;
            }
            if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** A cell value as shown in messages: quoted, shortened if long. */
    static String quote(String cell) {
        String s = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "\"" + s + "\"";
    }
}

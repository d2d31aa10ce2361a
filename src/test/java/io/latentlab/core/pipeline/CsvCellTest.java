package io.latentlab.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.latentlab.core.data.Matrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile labels: the catalogue of text cells, each with what it must become. */
class CsvCellTest {

    @TempDir
    Path dir;

    static final String[][] CATALOGUE = {
        {"=1+2", "\"'=1+2\""},
        {"-x", "\"'-x\""},
        {"+x", "\"'+x\""},
        {"@a", "\"'@a\""},
        {"\tx", "\"'\tx\""},
        {"\rx", "\"'\rx\""},
        {"a\rb", "\"a\rb\""},
        {"a\nb", "\"a\nb\""},
        {"a,b", "\"a,b\""},
        {"\"q\"", "\"\"\"q\"\"\""},
        {"=\"q\"", "\"'=\"\"q\"\"\""},
        {"plain", "plain"},
        {"", ""},
    };

    @Test
    void everyCatalogueLabelIsQuotedOrEscaped() {
        for (String[] c : CATALOGUE) {
            assertEquals(c[1], CsvCell.text(c[0]), "label " + c[0]);
        }
    }

    @ParameterizedTest
    @CsvSource({"-0.5,-0.5", "1.0E-5,1.0E-5", "0.25,0.25"})
    void negativeNumbersStayNumbers(double v, String expected) {
        assertEquals(expected, CsvCell.number(v));
    }

    @Test
    void nonFiniteNumbersAreEmptyCells() {
        assertEquals("", CsvCell.number(Double.NaN));
        assertEquals("", CsvCell.number(Double.POSITIVE_INFINITY));
        assertEquals("", CsvCell.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void latentCsvKeepsOneRecordPerRowAndNoFormulas() throws IOException {
        int n = CATALOGUE.length;
        List<String> names = new ArrayList<>();
        int[] labels = new int[n];
        double[] z = new double[2 * n];
        for (int i = 0; i < n; i++) {
            names.add(CATALOGUE[i][0]);
            labels[i] = i;
            z[2 * i] = -0.5 * i;
            z[2 * i + 1] = i;
        }
        Path file = dir.resolve("latent.csv");
        LatentCsv.write(file, new Matrix(n, 2, z), labels, names);
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(n + 1, records.size());
        for (int i = 0; i < n; i++) {
            List<String> rec = records.get(i + 1);
            assertEquals(3, rec.size(), "row " + i);
            assertEquals(Double.toString(-0.5 * i), rec.get(0), "a negative number stays a number");
            String label = rec.get(2);
            assertFalse(!label.isEmpty() && "=+-@\t\r".indexOf(label.charAt(0)) >= 0, "formula in row " + i);
            String expected = CATALOGUE[i][0];
            assertEquals(
                    !expected.isEmpty() && "=+-@\t\r".indexOf(expected.charAt(0)) >= 0 ? "'" + expected : expected,
                    label);
        }
    }

    /** A strict RFC 4180 reader: records end at an unquoted LF (CRLF also ends one). */
    static List<List<String>> parse(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                rec.add(cell.toString());
                cell.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return out;
    }
}

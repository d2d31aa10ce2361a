package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    private static void same(String s) {
        assertEquals(
                Double.doubleToRawLongBits(Double.parseDouble(s)),
                Double.doubleToRawLongBits(DecimalParser.parse(s)),
                () -> "parsing " + s);
    }

    @Test
    void matchesParseDoubleOnHandPickedCases() {
        for (String s : new String[] {
            "0",
            "-0",
            "+0.0",
            "-0.0",
            "1",
            "-13",
            "0.1",
            "0.2",
            "0.3",
            ".5",
            "5.",
            "1e22",
            "1e23",
            "123456789012345",
            "1234567890123456",
            "9007199254740993",
            "0.000001",
            "1.5e-3",
            "1.5E+3",
            "-2.2250738585072014E-308",
            "4.9e-324",
            "1e-22",
            "1e-23",
            "7e22",
            "0.1e1",
            "1e0",
            "00012.500",
            "1.7976931348623157e308",
            " 1.5 ",
            "1d",
            "1f",
            "NaN",
            "-Infinity",
            "0x1p3",
            "3.14159265358979"
        }) {
            same(s);
        }
    }

    @Test
    void matchesParseDoubleOnRandomDecimals() {
        Random random = new Random(42);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(18);
            int dot = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == dot) {
                    sb.append('.');
                }
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(3) == 0) {
                sb.append(random.nextBoolean() ? 'e' : 'E');
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? '-' : '+');
                }
                sb.append(random.nextInt(40));
            }
            same(sb.toString());
        }
    }

    @Test
    void refusesWhatParseDoubleRefuses() {
        for (String s : new String[] {"", "-", ".", "1e", "1e+", "abc", "1.2.3", "1,5", "--1", "1e1000x"}) {
            assertThrows(NumberFormatException.class, () -> DecimalParser.parse(s), s);
            assertThrows(NumberFormatException.class, () -> Double.parseDouble(s), s);
        }
    }
}

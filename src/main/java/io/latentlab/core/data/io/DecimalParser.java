package io.latentlab.core.data.io;

/**
 * {@link Double#parseDouble} with a fast path for short decimals such as {@code 0.25}, {@code -13} or
 * {@code 1.5e-3}, which make up most data files. When the digits fit in 15 significant figures and the decimal
 * exponent is within +-22, both the digits and the power of ten are exact doubles, so one multiplication or
 * division gives the correctly rounded result (Clinger's fast path): bit for bit what parseDouble returns.
 * Anything else (long mantissas, whitespace, NaN, hex, errors) goes to parseDouble.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    private static final int MAX_DIGITS = 15;

    private DecimalParser() {}

    /** Same result and exceptions as {@link Double#parseDouble}. */
    static double parse(String s) {
        int n = s.length();
        int i = 0;
        if (n == 0) {
            return Double.parseDouble(s);
        }
        boolean negative = false;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int scale = 0;
        boolean anyDigit = false;
        while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
            if ((mantissa != 0 || c != '0') && ++significant > MAX_DIGITS) {
                return Double.parseDouble(s);
            }
            mantissa = mantissa * 10 + (c - '0');
            anyDigit = true;
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
                if ((mantissa != 0 || c != '0') && ++significant > MAX_DIGITS) {
                    return Double.parseDouble(s);
                }
                mantissa = mantissa * 10 + (c - '0');
                scale--;
                anyDigit = true;
                i++;
            }
        }
        if (!anyDigit) {
            return Double.parseDouble(s);
        }
        if (i < n && ((c = s.charAt(i)) == 'e' || c == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && ((c = s.charAt(i)) == '-' || c == '+')) {
                negativeExponent = c == '-';
                i++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
                if (++exponentDigits > 3) {
                    return Double.parseDouble(s);
                }
                exponent = exponent * 10 + (c - '0');
                i++;
            }
            if (exponentDigits == 0) {
                return Double.parseDouble(s);
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != n || scale > 22 || scale < -22) {
            return Double.parseDouble(s);
        }
        double value = mantissa;
        if (scale > 0) {
            value *= POWERS_OF_TEN[scale];
        } else if (scale < 0) {
            value /= POWERS_OF_TEN[-scale];
        }
        return negative ? -value : value;
    }
}

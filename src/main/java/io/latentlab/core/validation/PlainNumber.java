package io.latentlab.core.validation;

/** Numbers as a user reads and types them: the form's fields, status lines and stop messages alike. */
public final class PlainNumber {
    private PlainNumber() {}

    /**
     * The shortest text that reads back as {@code v}, without an exponent where that stays short: a learning rate
     * shows as 0.0005, as typed, not 5.0E-4; an extreme value (1e-300) keeps its exponent rather than 300 digits.
     */
    public static String of(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double magnitude = Math.abs(v);
        if (Double.isFinite(v) && magnitude >= 1e-7 && magnitude < 1e15) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }
}

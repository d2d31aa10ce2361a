package io.latentlab.core.ae;

import io.latentlab.core.validation.InvalidValueException;

/**
 * Argument checks that throw {@link InvalidValueException} naming the offending field and value, e.g. path
 * {@code batchSize}, message "batchSize must be >= 1, got 0".
 */
final class Check {

    private Check() {}

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw InvalidValueException.notSet(field);
        }
        return value;
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new InvalidValueException(field, "must be >= " + min + ", got " + value);
        }
        return value;
    }

    static double positive(double value, String field) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidValueException(field, "must be a finite number > 0, got " + value);
        }
        return value;
    }

    static double nonNegative(double value, String field) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new InvalidValueException(field, "must be a finite number >= 0, got " + value);
        }
        return value;
    }

    /** min <= value < max. */
    static double inHalfOpen(double value, double min, double max, String field) {
        if (!(value >= min && value < max)) {
            throw new InvalidValueException(field, "must be in [" + min + ", " + max + "), got " + value);
        }
        return value;
    }

    /** min <= value <= max. */
    static double inClosed(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new InvalidValueException(field, "must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }
}

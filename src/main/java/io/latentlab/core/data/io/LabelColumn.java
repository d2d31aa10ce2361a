package io.latentlab.core.data.io;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a CSV file keeps its class labels. The string form ({@link #parse}, {@link #toString}) is what config
 * files and the command line use: {@code last}, {@code none}, a 0-based column index such as {@code 3}, or a
 * header name such as {@code species}. A header name that would read as one of the other forms (say a column
 * called {@code last} or {@code 7}) is written {@code name:last}.
 */
public sealed interface LabelColumn {

    /** Prefix that forces the rest to be read as a column name. */
    String NAME_PREFIX = "name:";

    /** The last column holds the labels (the default). */
    static LabelColumn last() {
        return Last.INSTANCE;
    }

    /** The file has no labels; every column is a feature. */
    static LabelColumn none() {
        return None.INSTANCE;
    }

    /** The column at this 0-based index holds the labels. */
    static LabelColumn index(int zeroBased) {
        return new Index(zeroBased);
    }

    /** The column with this header name holds the labels (the file must have a header). */
    static LabelColumn name(String header) {
        return new Name(header);
    }

    /** Reads the string form: {@code last}, {@code none}, a 0-based index, or a column name. */
    static LabelColumn parse(String text) {
        Objects.requireNonNull(text, "label column");
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(
                    "label column is empty; use last, none, a 0-based column index or a column name");
        }
        if (s.startsWith(NAME_PREFIX)) {
            return name(s.substring(NAME_PREFIX.length()));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("last")) {
            return last();
        }
        if (lower.equals("none")) {
            return none();
        }
        if (looksLikeInteger(s)) {
            int index;
            try {
                index = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("label column index " + s + " is too large");
            }
            if (index < 0) {
                throw new IllegalArgumentException(
                        "label column index must be >= 0 (0-based), got " + s + "; use 'last' for the last column");
            }
            return index(index);
        }
        return name(s);
    }

    /** Whether {@code s} would be read as a column index rather than a name. */
    private static boolean looksLikeInteger(String s) {
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The last column. */
    final class Last implements LabelColumn {
        private static final Last INSTANCE = new Last();

        private Last() {}

        @Override
        public String toString() {
            return "last";
        }
    }

    /** No label column. */
    final class None implements LabelColumn {
        private static final None INSTANCE = new None();

        private None() {}

        @Override
        public String toString() {
            return "none";
        }
    }

    /** A column by 0-based index. */
    record Index(int zeroBased) implements LabelColumn {
        public Index {
            if (zeroBased < 0) {
                throw new IllegalArgumentException("label column index must be >= 0 (0-based), got " + zeroBased);
            }
        }

        @Override
        public String toString() {
            return Integer.toString(zeroBased);
        }
    }

    /** A column by header name. */
    record Name(String header) implements LabelColumn {
        public Name {
            Objects.requireNonNull(header, "label column name");
            header = header.trim();
            if (header.isEmpty()) {
                throw new IllegalArgumentException("label column name is empty");
            }
        }

        @Override
        public String toString() {
            // Keep parse(toString()) equal to this, even for a column called "last" or "3".
            String lower = header.toLowerCase(Locale.ROOT);
            boolean ambiguous = header.startsWith(NAME_PREFIX)
                    || lower.equals("last")
                    || lower.equals("none")
                    || looksLikeInteger(header);
            return ambiguous ? NAME_PREFIX + header : header;
        }
    }
}

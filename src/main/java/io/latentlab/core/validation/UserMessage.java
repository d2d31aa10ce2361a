package io.latentlab.core.validation;

import java.io.UncheckedIOException;

/**
 * The words a user reads for a failure, the same on the command line and in the window: the message of the real
 * cause (an {@link UncheckedIOException} only carries an I/O error through a lambda), with the two file errors whose
 * JDK message is a bare path made into sentences.
 */
public final class UserMessage {
    private UserMessage() {}

    /** Longest message shown; the rest of a message that quotes a huge input is cut. */
    static final int MAX_CHARS = 2000;

    public static String of(Throwable e) {
        return printable(raw(e));
    }

    private static String raw(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return raw(u.getCause());
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Messages quote the input (a field name, a path, a cell): control characters in it (but the line breaks
     * messages use), the Unicode line separators and the bidirectional overrides are written as escapes, so a
     * hostile file cannot clear a terminal or reorder what it shows, and a 25 MB string is not echoed whole.
     */
    public static String printable(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_CHARS) + 16);
        for (int i = 0; i < message.length(); i++) {
            if (out.length() >= MAX_CHARS) {
                return out.append("… (")
                        .append(message.length() - i)
                        .append(" more characters)")
                        .toString();
            }
            char c = message.charAt(i);
            boolean hidden = c < 0x20 && c != '\n'
                    || c == 0x7f
                    || (c >= 0x80 && c < 0xa0)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (!hidden) {
                out.append(c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}

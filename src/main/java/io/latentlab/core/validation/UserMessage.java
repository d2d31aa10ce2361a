package io.latentlab.core.validation;

import java.io.UncheckedIOException;

/**
 * The words a user reads for a failure, the same on the command line and in the window: the message of the real
 * cause (an {@link UncheckedIOException} only carries an I/O error through a lambda), with the two file errors whose
 * JDK message is a bare path made into sentences.
 */
public final class UserMessage {
    private UserMessage() {}

    public static String of(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return of(u.getCause());
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

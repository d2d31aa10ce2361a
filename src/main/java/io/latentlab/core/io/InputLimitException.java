package io.latentlab.core.io;

import java.io.IOException;

/**
 * An input file refused before or while reading it because it is not a regular file or goes past one of
 * {@link SafeInput}'s limits. The message names the file and the limit and is meant for the user as is.
 */
public class InputLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    public InputLimitException(String message) {
        super(message);
    }
}

package io.latentlab.cli;

import io.latentlab.core.config.ConfigException;
import io.latentlab.core.data.io.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Tells user mistakes (bad files, bad parameters, unwritable folders) from our own failures. */
final class BadInput {
    private BadInput() {}

    static boolean isBadInput(Throwable e) {
        return e instanceof ConfigException
                || e instanceof DataFormatException
                || e instanceof IllegalArgumentException
                || e instanceof IOException
                || e instanceof UncheckedIOException;
    }

    static String message(Throwable e) {
        return io.latentlab.core.validation.UserMessage.of(e);
    }
}

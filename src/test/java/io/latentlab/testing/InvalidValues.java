package io.latentlab.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.latentlab.core.validation.InvalidValueException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/** Table-driven checks that a config record names the offending component: path, message and reason. */
public final class InvalidValues {
    private InvalidValues() {}

    public static Arguments invalid(Executable build, String path, String message) {
        return Arguments.of(build, path, message);
    }

    public static void assertReportedByPath(Executable build, String path, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build);
        assertEquals(path, e.path());
        assertEquals(message, e.getMessage());
        assertEquals(message.substring(path.length() + 1), e.reason());
    }
}

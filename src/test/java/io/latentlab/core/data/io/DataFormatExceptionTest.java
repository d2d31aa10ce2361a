package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

    @Test
    void messageNamesFileLineColumnAndProblem() {
        var e = new DataFormatException(Path.of("/data/sets/points.csv"), 12, 5, "\"abc\" is not a number");
        assertEquals("points.csv, line 12, column 5: \"abc\" is not a number", e.getMessage());
        assertEquals(Path.of("/data/sets/points.csv"), e.file());
        assertEquals(12, e.line());
        assertEquals(5, e.column());
        assertEquals("\"abc\" is not a number", e.problem());
    }

    @Test
    void unknownLineAndColumnAreLeftOut() {
        assertEquals(
                "points.csv, line 3: ragged",
                new DataFormatException(Path.of("points.csv"), 3, 0, "ragged").getMessage());
        assertEquals("x.npy: bad magic", new DataFormatException(Path.of("dir", "x.npy"), "bad magic").getMessage());
    }

    @Test
    void negativePositionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DataFormatException(Path.of("a.csv"), -1, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new DataFormatException(Path.of("a.csv"), 1, -2, "x"));
    }
}

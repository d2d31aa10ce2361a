package io.latentlab.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static List<String> lines(String text) throws IOException {
        TextLines in = new TextLines(new StringReader(text), Path.of("t.csv"), "CSV text");
        List<String> out = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            out.add(line);
        }
        return out;
    }

    @Test
    void endsLinesLikeBufferedReader() throws IOException {
        assertEquals(List.of("a", "b", "", "c", "d"), lines("a\nb\r\n\rc\rd"));
        assertEquals(List.of("a", ""), lines("a\n\n"));
        assertEquals(List.of(), lines(""));
    }

    @Test
    void aCrLfSplitAcrossTheBufferIsOneLineEnd() throws IOException {
        String first = "x".repeat((1 << 16) - 1);
        assertEquals(List.of(first, "y", "z"), lines(first + "\r\ny\nz"));
    }

    @Test
    void aLongLineAcrossBuffersIsKeptWhole() throws IOException {
        String longLine = "1,".repeat(100_000) + "a";
        assertEquals(List.of(longLine, "b"), lines(longLine + "\nb"));
    }

    @Test
    void aLineOverTheLimitAndNulBytesAreRefused() {
        System.setProperty("latentlab.limit.line", "10");
        try {
            DataFormatException e = assertThrows(DataFormatException.class, () -> lines("short\n" + "x".repeat(11)));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("longer than 10 characters"), e.getMessage());
        } finally {
            System.clearProperty("latentlab.limit.line");
        }
        DataFormatException nul = assertThrows(DataFormatException.class, () -> lines("a\nb\u0000c"));
        assertTrue(nul.getMessage().contains("looks binary (NUL bytes, near line 2), not CSV text"), nul.getMessage());
    }
}

package io.latentlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeInputTest {

    @TempDir
    Path dir;

    @Test
    void sizesReadAsUsersWriteThem() {
        assertEquals("100 bytes", SafeInput.size(100));
        assertEquals("1 KB", SafeInput.size(1024));
        assertEquals("512 MB", SafeInput.size(SafeInput.Limit.JSON.bytes()));
        assertEquals("4 GB", SafeInput.size(SafeInput.Limit.DATA.bytes()));
        assertEquals("1.5 GB", SafeInput.size(3L << 29));
    }

    @Test
    void utf8IsCheckedWithTheOffendingByteAndOffset() throws IOException {
        Path f = dir.resolve("c.json");
        byte[] ok = "{\"name\":\"café ✓\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(f, ok);
        assertArrayEquals(ok, SafeInput.readUtf8Bytes(f, SafeInput.Limit.JSON));
        Files.write(f, new byte[] {'a', 'b', (byte) 0xff, 'c'});
        InputLimitException e =
                assertThrows(InputLimitException.class, () -> SafeInput.readUtf8Bytes(f, SafeInput.Limit.JSON));
        assertEquals("c.json is not UTF-8 text (byte 0xFF at offset 2)", e.getMessage());
    }

    @Test
    void aBoundedStreamStopsAtTheLimit() throws IOException {
        System.setProperty("latentlab.limit.data", "10");
        try (InputStream in = SafeInput.bounded(
                new java.io.ByteArrayInputStream(new byte[11]),
                SafeInput.Limit.DATA,
                Path.of("x.gz"),
                "decompressed ")) {
            assertEquals(10, in.readNBytes(10).length);
            InputLimitException e = assertThrows(InputLimitException.class, in::read);
            assertEquals(
                    "x.gz: the decompressed data is larger than 10 bytes, the limit for data files", e.getMessage());
        } finally {
            System.clearProperty("latentlab.limit.data");
        }
    }
}

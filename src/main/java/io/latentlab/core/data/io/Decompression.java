package io.latentlab.core.data.io;

import io.latentlab.core.io.SafeInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens gzip data transparently, recognised by its magic bytes rather than by the file name. Decompressed data is
 * bounded by {@link SafeInput.Limit#DATA}, so a gzip bomb ends in a clear message instead of filling the memory.
 */
final class Decompression {

    private static final int BUFFER = 1 << 16;

    private Decompression() {}

    /** {@code file} only names the source in messages. */
    static InputStream maybeGunzip(InputStream raw, Path file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return SafeInput.bounded(new GZIPInputStream(in, BUFFER), SafeInput.Limit.DATA, file, "decompressed ");
        }
        return in;
    }

    /**
     * Refuses, before allocating it, an array of {@code values} doubles that does not fit the JVM's memory (with
     * room for one copy), e.g. "needs about 16 GB of memory (2,000,000,000 values), this JVM has 4.0 GB".
     */
    static void checkMemory(Path file, long values) {
        long bytes = values * 8 * 2;
        long available = Runtime.getRuntime().maxMemory();
        if (values > Integer.MAX_VALUE - 8 || bytes > available) {
            throw new DataFormatException(
                    file,
                    "holding the data needs about " + SafeInput.size(bytes) + " of memory ("
                            + String.format(java.util.Locale.ROOT, "%,d", values) + " values), this JVM has "
                            + SafeInput.size(available) + " (java -Xmx sets it)");
        }
    }

    /** Opens a user's data file through {@link SafeInput}: a regular file within the data limit. */
    static InputStream open(Path file) throws IOException {
        return SafeInput.open(file, SafeInput.Limit.DATA);
    }
}

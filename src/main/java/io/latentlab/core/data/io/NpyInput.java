package io.latentlab.core.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Reads the data part of an .npy file in chunks, so big arrays are not held twice (bytes and doubles). */
final class NpyInput {

    private static final int CHUNK = 1 << 16;

    private NpyInput() {}

    /** Reads up to {@code length} bytes; returns how many were read (fewer only at the end of the stream). */
    static int readFully(InputStream in, byte[] buf, int offset, int length) throws IOException {
        int total = 0;
        while (total < length) {
            int n = in.read(buf, offset + total, length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /**
     * Checks, before anything is allocated, that the file holds the bytes its header announces: a header claiming
     * a huge shape over a small file fails as "cut short" instead of exhausting memory.
     */
    static void checkAnnounced(NpyHeader header, Path file) throws IOException {
        long size = java.nio.file.Files.size(file);
        long expected = header.elementCount() * header.dtype().size();
        if (header.elementCount() > 0
                        && expected / header.elementCount() != header.dtype().size()
                || expected > size) {
            throw new DataFormatException(
                    file,
                    "the file is cut short: shape " + header.shapeText() + " of " + header.descr() + " needs "
                            + expected + " bytes of data, but the whole file has " + size);
        }
        if (header.dtype().isNumeric()) {
            Decompression.checkMemory(file, header.elementCount());
        }
    }

    /** Reads {@code count} numeric values in file order. */
    static double[] readDoubles(InputStream in, NpyHeader header, int count, Path file) throws IOException {
        NpyDtype dtype = header.dtype();
        double[] out = new double[count];
        int perChunk = Math.max(1, CHUNK / dtype.size());
        byte[] bytes = new byte[perChunk * dtype.size()];
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(dtype.order());
        int done = 0;
        while (done < count) {
            int items = Math.min(perChunk, count - done);
            int want = items * dtype.size();
            int got = readFully(in, bytes, 0, want);
            if (got < want) {
                throw truncated(file, header, (long) done * dtype.size() + got);
            }
            buf.clear();
            for (int k = 0; k < items; k++) {
                out[done + k] = dtype.readDouble(buf);
            }
            done += items;
        }
        return out;
    }

    /** Reads {@code count} string values (kinds U and S) in file order. */
    static String[] readStrings(InputStream in, NpyHeader header, int count, Path file) throws IOException {
        NpyDtype dtype = header.dtype();
        String[] out = new String[count];
        byte[] bytes = new byte[dtype.size()];
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(dtype.order());
        for (int k = 0; k < count; k++) {
            int got = readFully(in, bytes, 0, bytes.length);
            if (got < bytes.length) {
                throw truncated(file, header, (long) k * dtype.size() + got);
            }
            buf.clear();
            try {
                out[k] = dtype.readString(buf);
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(file, "element " + k + " is not valid " + header.descr() + " text");
            }
        }
        return out;
    }

    private static DataFormatException truncated(Path file, NpyHeader header, long found) {
        long expected = header.elementCount() * header.dtype().size();
        return new DataFormatException(
                file,
                "the file is cut short: shape " + header.shapeText() + " of " + header.descr() + " needs " + expected
                        + " bytes of data, but only " + found + " follow the header");
    }
}

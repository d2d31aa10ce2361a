package io.latentlab.core.data.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Builds IDX file bytes by hand, following the MNIST format description: 0, 0, type, rank, sizes, data. */
final class IdxBytes {

    private IdxBytes() {}

    /** The header for a type byte and dimension sizes. */
    static byte[] header(int typeCode, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length); // big-endian by default
        b.put((byte) 0).put((byte) 0).put((byte) typeCode).put((byte) dims.length);
        for (int d : dims) {
            b.putInt(d);
        }
        return b.array();
    }

    /** A whole file: header and the values encoded as the type says (0x08 ubyte ... 0x0E double). */
    static byte[] file(int typeCode, int[] dims, double... values) {
        int size = switch (typeCode) {
            case 0x08, 0x09 -> 1;
            case 0x0B -> 2;
            case 0x0C, 0x0D -> 4;
            case 0x0E -> 8;
            default -> throw new IllegalArgumentException("type " + typeCode);
        };
        ByteBuffer data = ByteBuffer.allocate(values.length * size);
        for (double v : values) {
            switch (typeCode) {
                case 0x08, 0x09 -> data.put((byte) (int) v);
                case 0x0B -> data.putShort((short) v);
                case 0x0C -> data.putInt((int) v);
                case 0x0D -> data.putFloat((float) v);
                default -> data.putDouble(v);
            }
        }
        return concat(header(typeCode, dims), data.array());
    }

    static int[] dims(int... dims) {
        return dims;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

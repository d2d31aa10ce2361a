package io.latentlab.core.data.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A NumPy scalar type as written in an .npy header ({@code descr}), e.g. {@code <f8}: byte order, kind, size.
 *
 * @param descr the text from the header, kept for messages
 * @param kind  {@code f} float, {@code i} signed int, {@code u} unsigned int, {@code U} unicode, {@code S} bytes
 * @param size  bytes per element (for {@code U}: 4 per character)
 * @param order byte order of multi-byte values
 */
record NpyDtype(String descr, char kind, int size, ByteOrder order) {

    /** Reads a descr such as {@code <f8}, {@code |u1} or {@code <U12}; null if it is not a simple scalar type. */
    static NpyDtype parse(String descr) {
        if (descr.length() < 3) {
            return null;
        }
        char orderChar = descr.charAt(0);
        ByteOrder order = switch (orderChar) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            case '|', '=' -> ByteOrder.nativeOrder();
            default -> null;
        };
        if (order == null) {
            return null;
        }
        char kind = descr.charAt(1);
        int count;
        try {
            count = Integer.parseInt(descr.substring(2));
        } catch (NumberFormatException e) {
            return null;
        }
        if (count <= 0) {
            return null;
        }
        if (kind == 'U') {
            if (count > Integer.MAX_VALUE / 4) {
                return null;
            }
            return new NpyDtype(descr, kind, count * 4, order);
        }
        return new NpyDtype(descr, kind, count, order);
    }

    /** Whether values of this type can be read as doubles. */
    boolean isNumeric() {
        return switch (kind) {
            case 'f' -> size == 4 || size == 8;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            default -> false;
        };
    }

    boolean isInteger() {
        return isNumeric() && kind != 'f';
    }

    boolean isText() {
        return kind == 'U' || kind == 'S';
    }

    /** Reads one numeric value at the buffer's position (whose byte order must be {@link #order}). */
    double readDouble(ByteBuffer buf) {
        return switch (kind) {
            case 'f' -> size == 8 ? buf.getDouble() : buf.getFloat();
            case 'i' -> (double) readLong(buf);
            case 'u' -> unsigned(buf);
            default -> throw new IllegalStateException("not a numeric type: " + descr);
        };
    }

    /** Reads one integer value at the buffer's position. */
    long readLong(ByteBuffer buf) {
        return switch (size) {
            case 1 -> kind == 'u' ? buf.get() & 0xFFL : buf.get();
            case 2 -> kind == 'u' ? buf.getShort() & 0xFFFFL : buf.getShort();
            case 4 -> kind == 'u' ? buf.getInt() & 0xFFFF_FFFFL : buf.getInt();
            default -> buf.getLong();
        };
    }

    private double unsigned(ByteBuffer buf) {
        if (size == 8) {
            long v = buf.getLong();
            // The top bit is a value bit for uint64, not a sign.
            return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
        }
        return (double) readLong(buf);
    }

    /** Reads one string element (trailing NUL padding removed). */
    String readString(ByteBuffer buf) {
        if (kind == 'S') {
            byte[] bytes = new byte[size];
            buf.get(bytes);
            int end = size;
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            return new String(bytes, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        int chars = size / 4;
        int[] codePoints = new int[chars];
        int end = 0;
        for (int k = 0; k < chars; k++) {
            codePoints[k] = buf.getInt();
            if (codePoints[k] != 0) {
                end = k + 1;
            }
        }
        return new String(codePoints, 0, end);
    }

    /** What the kind of an unsupported descr is, for messages. */
    static String describeKind(String descr) {
        if (descr.length() < 2) {
            return "unknown";
        }
        return switch (descr.charAt(1)) {
            case 'b' -> "boolean";
            case 'c' -> "complex";
            case 'O' -> "Python objects (pickled)";
            case 'M' -> "datetime";
            case 'm' -> "timedelta";
            case 'V' -> "raw/structured";
            case 'U', 'S' -> "text";
            case 'f' -> "float of this size";
            case 'i', 'u' -> "integer of this size";
            default -> "unknown";
        };
    }
}

package io.latentlab.core.data.io;

import java.nio.ByteBuffer;

/** The element types of the IDX format (the third magic byte), all stored big-endian. */
enum IdxDtype {
    UBYTE(0x08, 1, "unsigned bytes"),
    BYTE(0x09, 1, "signed bytes"),
    SHORT(0x0B, 2, "16-bit integers"),
    INT(0x0C, 4, "32-bit integers"),
    FLOAT(0x0D, 4, "32-bit floats"),
    DOUBLE(0x0E, 8, "64-bit floats");

    /** The codes as a reader would list them in a message. */
    static final String KNOWN =
            "0x08 (unsigned byte), 0x09 (signed byte), 0x0B (short), 0x0C (int), " + "0x0D (float) or 0x0E (double)";

    private final int code;
    private final int size;
    private final String plural;

    IdxDtype(int code, int size, String plural) {
        this.code = code;
        this.size = size;
        this.plural = plural;
    }

    /** The type with this code byte, or null when the code is not one of the six. */
    static IdxDtype ofCode(int code) {
        for (IdxDtype t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    int code() {
        return code;
    }

    /** Bytes per element. */
    int size() {
        return size;
    }

    /** For messages: "unsigned bytes", "32-bit floats". */
    String plural() {
        return plural;
    }

    boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }

    /** Reads one element from a big-endian buffer. */
    double read(ByteBuffer buf) {
        return switch (this) {
            case UBYTE -> buf.get() & 0xFF;
            case BYTE -> buf.get();
            case SHORT -> buf.getShort();
            case INT -> buf.getInt();
            case FLOAT -> buf.getFloat();
            case DOUBLE -> buf.getDouble();
        };
    }
}

package io.latentlab.core.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy .npy file (format versions 1, 2 and 3): magic, version, header length, then a Python
 * dict literal such as {@code {'descr': '<f8', 'fortran_order': False, 'shape': (100, 3), }}.
 *
 * @param descr        the dtype text ({@code <f8}); for structured arrays the literal as text
 * @param dtype        the parsed scalar type, or null when {@code descr} is not a simple scalar type
 * @param fortranOrder whether the data is stored column by column
 * @param shape        the array's dimensions
 */
record NpyHeader(String descr, NpyDtype dtype, boolean fortranOrder, long[] shape) {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_HEADER_BYTES = 1 << 20;

    /** Reads the header, leaving {@code in} at the first data byte. */
    static NpyHeader read(InputStream in, Path file) throws IOException {
        byte[] start = new byte[8];
        int got = NpyInput.readFully(in, start, 0, start.length);
        if (got >= 2 && start[0] == 'P' && start[1] == 'K') {
            throw new DataFormatException(
                    file,
                    "this is a zip archive (.npz?), not a single .npy array; " + "save one array with numpy.save");
        }
        for (int k = 0; k < MAGIC.length; k++) {
            if (k >= got || start[k] != MAGIC[k]) {
                throw new DataFormatException(
                        file,
                        got == 0 ? "the file is empty" : "not a NumPy .npy file (it does not start with \\x93NUMPY)");
            }
        }
        if (got < 8) {
            throw new DataFormatException(file, "the file is cut short inside the .npy header");
        }
        int major = start[6] & 0xFF;
        if (major < 1 || major > 3) {
            throw new DataFormatException(
                    file,
                    "unsupported .npy format version " + major + "." + (start[7] & 0xFF)
                            + "; versions 1, 2 and 3 are supported");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] len = new byte[lengthBytes];
        if (NpyInput.readFully(in, len, 0, lengthBytes) < lengthBytes) {
            throw new DataFormatException(file, "the file is cut short inside the .npy header");
        }
        long headerLength = 0;
        for (int k = lengthBytes - 1; k >= 0; k--) {
            headerLength = (headerLength << 8) | (len[k] & 0xFF); // little-endian
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new DataFormatException(
                    file, "the .npy header claims " + headerLength + " bytes; the file is damaged");
        }
        byte[] header = new byte[(int) headerLength];
        int read = NpyInput.readFully(in, header, 0, header.length);
        if (read < header.length) {
            throw new DataFormatException(
                    file,
                    "the file is cut short inside the .npy header (expected " + headerLength + " header bytes, found "
                            + read + ")");
        }
        Charset charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        return parse(new String(header, charset), file);
    }

    static NpyHeader parse(String text, Path file) {
        Object literal;
        try {
            literal = new Literal(text).parseWhole();
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(
                    file, "the .npy header is malformed (" + e.getMessage() + "): " + CsvCells.quote(text.strip()));
        }
        if (!(literal instanceof Map<?, ?> dict)) {
            throw new DataFormatException(file, "the .npy header is not a dictionary: " + CsvCells.quote(text.strip()));
        }
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shape = dict.get("shape");
        if (descr == null || !(fortran instanceof Boolean) || !(shape instanceof List<?> dims)) {
            throw new DataFormatException(
                    file, "the .npy header lacks descr, fortran_order or shape: " + CsvCells.quote(text.strip()));
        }
        long[] sizes = new long[dims.size()];
        for (int k = 0; k < sizes.length; k++) {
            if (!(dims.get(k) instanceof Long size) || size < 0) {
                throw new DataFormatException(file, "the .npy shape is malformed: " + shape);
            }
            sizes[k] = size;
        }
        String descrText = descr instanceof String s ? s : String.valueOf(descr);
        NpyDtype dtype = descr instanceof String s ? NpyDtype.parse(s) : null;
        return new NpyHeader(descrText, dtype, (Boolean) fortran, sizes);
    }

    /** Shape as NumPy prints it: {@code (3, 4)}, {@code (5,)}. */
    String shapeText() {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Total number of elements, or -1 if it overflows a long. */
    long elementCount() {
        long n = 1;
        for (long s : shape) {
            try {
                n = Math.multiplyExact(n, s);
            } catch (ArithmeticException e) {
                return -1;
            }
        }
        return n;
    }

    /** A minimal reader for the Python literals found in .npy headers: dicts, tuples, lists, strings, ints, booleans. */
    private static final class Literal {
        private final String s;
        private int i;

        Literal(String s) {
            this.s = s;
        }

        Object parseWhole() {
            Object value = value();
            skipSpace();
            if (i != s.length()) {
                throw new IllegalArgumentException("unexpected " + s.charAt(i) + " at offset " + i);
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{') {
                return dict();
            }
            if (c == '(' || c == '[') {
                return sequence(c == '(' ? ')' : ']');
            }
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return integer();
            }
            if (Character.isLetter(c)) {
                return name();
            }
            throw new IllegalArgumentException("unexpected " + c + " at offset " + i);
        }

        private Map<String, Object> dict() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++; // {
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    i++;
                    return map;
                }
                Object key = value();
                if (!(key instanceof String k)) {
                    throw new IllegalArgumentException("dictionary key is not a string");
                }
                skipSpace();
                expect(':');
                map.put(k, value());
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != '}') {
                    throw new IllegalArgumentException("expected , or } at offset " + i);
                }
            }
        }

        private List<Object> sequence(char close) {
            List<Object> items = new ArrayList<>();
            i++; // ( or [
            while (true) {
                skipSpace();
                if (peek() == close) {
                    i++;
                    return items;
                }
                items.add(value());
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != close) {
                    throw new IllegalArgumentException("expected , or " + close + " at offset " + i);
                }
            }
        }

        private String string(char quote) {
            StringBuilder sb = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != quote) {
                char c = s.charAt(i++);
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                sb.append(c);
            }
            expect(quote);
            return sb.toString();
        }

        private Long integer() {
            int start = i;
            if (peek() == '-') {
                i++;
            }
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            long value;
            try {
                value = Long.parseLong(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad integer at offset " + start);
            }
            if (i < s.length() && (s.charAt(i) == 'L' || s.charAt(i) == 'l')) {
                i++; // Python 2 long suffix, seen in old files
            }
            return value;
        }

        private Object name() {
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                case "None" -> "None";
                default -> throw new IllegalArgumentException("unknown name " + word);
            };
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected " + c + " at offset " + i);
            }
            i++;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}

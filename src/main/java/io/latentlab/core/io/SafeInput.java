package io.latentlab.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The one way user files are opened: never read for ever, never allocate blindly. Every reader (data, labels,
 * configs, experiments, weights) goes through here, so that
 * <ul>
 *   <li>only regular files are read (after following symbolic links): a FIFO, a device such as /dev/zero or a
 *       directory is refused up front with "X is not a regular file";
 *   <li>a file's size and, for gzip data, its decompressed size are bounded: {@link Limit#DATA} 4 GB for data and
 *       labels, {@link Limit#JSON} 512 MB for JSON files (configs, weights and saved experiments, which embed a
 *       trained model and are read as configs too);
 *   <li>a text line is at most {@link Limit#LINE} 16 M characters;
 *   <li>JSON is parsed with {@link #jsonConstraints()}: numbers of at most 1000 characters, nesting at most 200
 *       levels, strings of at most 64 M characters.
 * </ul>
 * Each limit can be lowered (or raised) with the system property {@code latentlab.limit.NAME} (bytes or characters),
 * which the tests use to stay fast.
 */
public final class SafeInput {

    /** The documented limits; {@link #bytes()} reads the system property override at each call. */
    public enum Limit {
        DATA("data", 4L << 30),
        JSON("json", 512L << 20),
        LINE("line", 16L << 20);

        private final String id;
        private final long defaultValue;

        Limit(String id, long defaultValue) {
            this.id = id;
            this.defaultValue = defaultValue;
        }

        public long bytes() {
            String override = System.getProperty("latentlab.limit." + id);
            if (override != null) {
                try {
                    return Long.parseLong(override.trim());
                } catch (NumberFormatException e) {
                    return defaultValue;
                }
            }
            return defaultValue;
        }
    }

    public static final int MAX_NUMBER_LENGTH = 1000;
    public static final int MAX_NESTING_DEPTH = 200;
    public static final int MAX_STRING_LENGTH = 64 << 20;

    private SafeInput() {}

    /**
     * Checks that {@code file} is a regular file once symbolic links are followed and at most {@code limit} bytes.
     *
     * @throws java.nio.file.NoSuchFileException if it does not exist
     * @throws InputLimitException               if it is not a regular file or too big
     */
    public static long checkFile(Path file, Limit limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
            String kind = attrs.isDirectory() ? "a directory" : attrs.isOther() ? kindOf(file) : "not a plain file";
            throw new InputLimitException(file + " is not a regular file (" + kind + ")");
        }
        long size = attrs.size();
        if (size > limit.bytes()) {
            throw new InputLimitException(
                    file + " is " + size(size) + "; the limit for " + what(limit) + " is " + size(limit.bytes()));
        }
        return size;
    }

    /** Opens a checked file; the stream also stops at the limit should the file grow while it is read. */
    public static InputStream open(Path file, Limit limit) throws IOException {
        checkFile(file, limit);
        return bounded(Files.newInputStream(file), limit, file, "");
    }

    /** A stream that fails once more than the limit has been read, e.g. from a gzip decompressor. */
    public static InputStream bounded(InputStream in, Limit limit, Path file, String decompressed) {
        return new Bounded(in, limit, file, decompressed);
    }

    /** The whole file, at most {@code limit} bytes. */
    public static byte[] readAllBytes(Path file, Limit limit) throws IOException {
        try (InputStream in = open(file, limit)) {
            return in.readAllBytes();
        }
    }

    /** The whole file, which must be UTF-8 text: other bytes are refused with their value and offset. */
    public static byte[] readUtf8Bytes(Path file, Limit limit) throws IOException {
        byte[] bytes = readAllBytes(file, limit);
        checkUtf8(bytes, file);
        return bytes;
    }

    /** Refuses bytes that are not UTF-8 with "FILE is not UTF-8 text (byte 0xE9 at offset 12)". */
    public static void checkUtf8(byte[] bytes, Path file) throws InputLimitException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                throw new InputLimitException(name(file) + " is not UTF-8 text (byte 0x"
                        + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff) + " at offset " + offset + ")");
            }
            out.clear();
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    /** The parsing limits for every JSON reader of user files. */
    public static StreamReadConstraints jsonConstraints() {
        return StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build();
    }

    /**
     * A JSON factory with {@link #jsonConstraints()}, to build an ObjectMapper that reads user files. A key given
     * twice in one object is refused: the last one silently winning hides a typo in a hand-edited config.
     */
    public static JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(jsonConstraints())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Jackson's message for a broken limit in plain words, e.g. "a number is too long (over 1000 characters)". */
    public static String describe(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Number value length") || m.contains("getMaxNumberLength")) {
            return "a number is too long (over " + MAX_NUMBER_LENGTH + " characters)";
        }
        if (m.contains("nesting depth") || m.contains("getMaxNestingDepth")) {
            return "the nesting is too deep (over " + MAX_NESTING_DEPTH + " levels of lists and objects)";
        }
        if (m.contains("String value length") || m.contains("getMaxStringLength")) {
            return "a string is too long (over " + size(MAX_STRING_LENGTH) + ")";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A size for messages: "512 MB", "3.2 GB", "100 bytes". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }

    private static String what(Limit limit) {
        return switch (limit) {
            case DATA -> "data files";
            case JSON -> "JSON files (configs, weights, experiments)";
            case LINE -> "a line";
        };
    }

    private static String kindOf(Path file) {
        try {
            Path real = file.toRealPath();
            Object dev = Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (dev instanceof Integer mode) {
                int type = mode & 0170000;
                if (type == 0010000) {
                    return "a FIFO";
                }
                if (type == 0020000 || type == 0060000) {
                    return "a device: " + real;
                }
                if (type == 0140000) {
                    return "a socket";
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through
        }
        return "a device or FIFO";
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final Path file;
        private final String decompressed;
        private final Limit kind;
        private long count;

        Bounded(InputStream in, Limit kind, Path file, String decompressed) {
            super(in);
            this.kind = kind;
            this.limit = kind.bytes();
            this.file = file;
            this.decompressed = decompressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            if (s > 0) {
                advance(s);
            }
            return s;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void advance(long n) throws InputLimitException {
            count += n;
            if (count > limit) {
                throw new InputLimitException(file + ": the " + decompressed + "data is larger than " + size(limit)
                        + ", the limit for " + what(kind));
            }
        }
    }
}

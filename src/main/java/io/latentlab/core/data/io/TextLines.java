package io.latentlab.core.data.io;

import io.latentlab.core.io.SafeInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads text lines like {@link java.io.BufferedReader#readLine()} (ends at \n, \r or \r\n), but a line is at most
 * {@link SafeInput.Limit#LINE} characters and a NUL character ends the read: a binary file given as text is
 * refused as such instead of being parsed as one huge cell.
 */
final class TextLines {

    private final Reader in;
    private final Path file;
    private final String kind;
    private final long maxChars = SafeInput.Limit.LINE.bytes();
    private final char[] buf = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int end;
    private long lineNo;
    private boolean skipLf;

    /** @param kind what the file should be, for the message about binary content, e.g. "CSV text" */
    TextLines(Reader in, Path file, String kind) {
        this.in = in;
        this.file = file;
        this.kind = kind;
    }

    /**
     * A reader that refuses bytes that are not UTF-8, instead of turning them into replacement characters that
     * would become labels such as "caf\uFFFD" without a word.
     */
    static Reader utf8(java.io.InputStream in) {
        return new java.io.InputStreamReader(
                in,
                java.nio.charset.StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /** The next line without its terminator, or null at the end. */
    String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == end) {
                try {
                    end = in.read(buf, 0, buf.length);
                } catch (java.nio.charset.CharacterCodingException e) {
                    // The decoder reads ahead, so the exact line is not known: only that it is not before this one.
                    throw new DataFormatException(
                            file,
                            "the text is not UTF-8 (a byte sequence UTF-8 does not allow"
                                    + (lineNo == 0 ? "" : ", after line " + lineNo)
                                    + "); save the file as UTF-8, e.g. iconv -f latin1 -t utf-8");
                }
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish() : null;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < end) {
                char c = buf[pos];
                if (c == '\n' || c == '\r') {
                    append(start, pos);
                    pos++;
                    skipLf = c == '\r';
                    return finish();
                }
                if (c == 0) {
                    throw new DataFormatException(
                            file, "the file looks binary (NUL bytes, near line " + (lineNo + 1) + "), not " + kind);
                }
                pos++;
            }
            append(start, pos);
        }
    }

    private void append(int from, int to) {
        if (line.length() + (long) (to - from) > maxChars) {
            throw new DataFormatException(
                    file,
                    lineNo + 1,
                    0,
                    "the line is longer than " + maxChars + " characters, the limit for a line (is this " + kind
                            + "?)");
        }
        line.append(buf, from, to - from);
    }

    private String finish() {
        lineNo++;
        return line.toString();
    }
}

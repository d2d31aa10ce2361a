package io.latentlab.core.data.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A data file that cannot be loaded because of its content. The message is meant for the user as is:
 * it names the file, the line and column when they are known, and the problem, e.g.
 * {@code points.csv, line 12, column 5: "abc" is not a number}.
 */
public class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final int column;
    private final String problem;

    /**
     * @param file    the offending file
     * @param line    1-based line number, or 0 when it does not apply
     * @param column  1-based column (cell) number, or 0 when it does not apply
     * @param problem what is wrong, phrased for the user
     */
    public DataFormatException(Path file, long line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    public DataFormatException(Path file, long line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem with the file as a whole (no line or column). */
    public DataFormatException(Path file, String problem) {
        this(file, 0, 0, problem, null);
    }

    private static String format(Path file, long line, int column, String problem) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 (0 = not applicable), got " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0 (0 = not applicable), got " + column);
        }
        Path name = file.getFileName();
        StringBuilder sb = new StringBuilder(name == null ? file.toString() : name.toString());
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column > 0) {
            sb.append(", column ").append(column);
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, 0 when not applicable. */
    public long line() {
        return line;
    }

    /** 1-based column number, 0 when not applicable. */
    public int column() {
        return column;
    }

    /** The problem alone, without file, line and column. */
    public String problem() {
        return problem;
    }
}

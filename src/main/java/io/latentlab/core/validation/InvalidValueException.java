package io.latentlab.core.validation;

/**
 * A value a record refused, with where it is: {@link #path()} names the record component relative to the record that
 * threw it ({@code clusterStd}, {@code centers[3]}, {@code optimizer.learningRate}), and {@link #reason()} says what
 * is wrong without the name ({@code must be >= 1, got 0}). Whoever built the record from a larger tree prefixes its
 * own position with {@link #under(String)}, so readers and forms find the field without parsing the message.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    public InvalidValueException(String path, String reason) {
        this(path, reason, null);
    }

    private InvalidValueException(String path, String reason, Throwable cause) {
        super(path.isEmpty() ? reason : path + " " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** A required value that is missing, e.g. "precision must be set". */
    public static InvalidValueException notSet(String path) {
        return new InvalidValueException(path, "must be set");
    }

    /** The component path relative to the record that threw, e.g. {@code centers[3]}; empty for the record itself. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path, e.g. "must be zero or positive, got -1.0". */
    public String reason() {
        return reason;
    }

    /** The same error seen from the record that holds this one as {@code parent}, e.g. {@code network.bottleneck}. */
    public InvalidValueException under(String parent) {
        return new InvalidValueException(join(parent, path), reason, this);
    }

    /** {@code parent.child}, or {@code parent[i]} for an index; either side may be empty. */
    public static String join(String parent, String child) {
        if (parent == null || parent.isEmpty()) {
            return child;
        }
        if (child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }
}

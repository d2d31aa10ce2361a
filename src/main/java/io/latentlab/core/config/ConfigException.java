package io.latentlab.core.config;

/** A config that cannot be read or is invalid; the message names the field by path, e.g. {@code data.blobs.samples}. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    public ConfigException(String path, String message, Throwable cause) {
        super(path == null || path.isEmpty() ? message : path + ": " + message, cause);
        this.path = path == null ? "" : path;
        this.detail = message;
    }

    /** Where in the config the problem is, e.g. {@code data.blobs.clusterStd}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** The message without the leading path, e.g. "clusterStd must be zero or positive, got -1.0". */
    public String detail() {
        return detail;
    }
}

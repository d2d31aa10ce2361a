package io.latentlab.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the experiment's rows come from. */
public enum DataSource {
    BLOBS, DIGITS, FILE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DataSource parse(String text) {
        for (DataSource s : values()) {
            if (s.id().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown data source '" + text + "' (expected blobs, digits or file)");
    }
}

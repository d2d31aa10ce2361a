package io.latentlab.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Where the experiment's rows come from. */
public enum DataSource {
    BLOBS("blobs"),
    /** The bundled 8x8 handwritten digits (1797 rows), split like blobs. */
    DIGITS("digits"),
    /** The bundled Fashion-MNIST with its official split: 60,000 train and 10,000 test images of 28x28. */
    FASHION_MNIST("fashion-mnist"),
    FILE("file");

    private final String id;

    DataSource(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /**
     * The features of a bundled data set, known before it is loaded (64 pixels of the digits, 784 of
     * Fashion-MNIST); 0 for blobs and files, whose width comes from their settings or their content.
     */
    public int bundledFeatures() {
        return switch (this) {
            case DIGITS -> 64;
            case FASHION_MNIST -> 784;
            case BLOBS, FILE -> 0;
        };
    }

    /** True for data that comes with its own train/test split. */
    public boolean preSplit() {
        return this == FASHION_MNIST;
    }

    @JsonCreator
    public static DataSource parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (DataSource s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown data source '" + text + "' (expected "
                + String.join(", ", Arrays.stream(values()).map(DataSource::id).toList()) + ")");
    }
}

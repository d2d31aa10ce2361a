package io.latentlab.core.generate;

import java.util.Locale;

/** Where generated latent points are drawn from. */
public enum SamplingMode {
    /** Each class from a Gaussian (mean and full covariance) fitted to its latent points; an equal share per class. */
    PER_CLASS("per-class"),
    /** Uniformly in the bounding box of the latent points, labelled {@value GeneratedData#UNIFORM_LABEL}. */
    UNIFORM("uniform");

    private final String id;

    SamplingMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SamplingMode parse(String s) {
        for (SamplingMode m : values()) {
            if (m.id.equals(s.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("sampling mode must be per-class or uniform, got '" + s + "'");
    }
}

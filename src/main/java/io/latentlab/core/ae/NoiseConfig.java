package io.latentlab.core.ae;

/**
 * Denoising: how training inputs are corrupted (the reconstruction target stays clean). {@code level} is the
 * standard deviation for {@link NoiseType#GAUSSIAN} and the drop probability (in [0, 1)) for {@link NoiseType#MASKING}.
 */
public record NoiseConfig(NoiseType type, double level) {

    public NoiseConfig {
        Check.notNull(type, "type");
        Check.nonNegative(level, "level");
        if (type == NoiseType.MASKING) {
            Check.inHalfOpen(level, 0, 1, "level");
        }
    }

    public static NoiseConfig none() {
        return new NoiseConfig(NoiseType.NONE, 0);
    }

    public static NoiseConfig gaussian(double stdDev) {
        return new NoiseConfig(NoiseType.GAUSSIAN, stdDev);
    }

    public static NoiseConfig masking(double probability) {
        return new NoiseConfig(NoiseType.MASKING, probability);
    }

    /** True when inputs are actually changed. */
    public boolean active() {
        return type != NoiseType.NONE && level > 0;
    }
}

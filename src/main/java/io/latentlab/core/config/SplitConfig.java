package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/**
 * Train/test split; ignored when the data comes pre-split.
 *
 * @param testFraction share of rows held out for testing and plotting, in (0, 1)
 * @param seed         random seed of the split
 * @param stratify     keep each class's share in both parts
 */
public record SplitConfig(double testFraction, long seed, boolean stratify) {

    public SplitConfig {
        if (seed < 0 || seed > 0xFFFFFFFFL) {
            throw new InvalidValueException("seed", "must be between 0 and 4294967295 (NumPy's range), got " + seed);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new InvalidValueException("testFraction", "must be between 0 and 1 (exclusive), got " + testFraction);
        }
    }

    /** The notebook's train_test_split(test_size=0.2, random_state=1). */
    public static SplitConfig notebook() {
        return new SplitConfig(0.2, 1, false);
    }

    public SplitConfig withSeed(long newSeed) {
        return new SplitConfig(testFraction, newSeed, stratify);
    }
}

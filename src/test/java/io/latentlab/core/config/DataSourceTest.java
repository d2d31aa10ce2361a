package io.latentlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.data.io.BundledData;
import org.junit.jupiter.api.Test;

/** The widths the window shows while a bundled data set loads are the ones it has once loaded. */
class DataSourceTest {

    @Test
    void bundledFeaturesAreThoseOfTheBundledData() {
        assertEquals(BundledData.digits().features(), DataSource.DIGITS.bundledFeatures());
        assertEquals(BundledData.fashionMnistTest().features(), DataSource.FASHION_MNIST.bundledFeatures());
        assertEquals(0, DataSource.BLOBS.bundledFeatures());
        assertEquals(0, DataSource.FILE.bundledFeatures());
    }
}

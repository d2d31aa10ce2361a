package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Data sets shipped inside the application (see assets/datasets/README.md for sources and licences). */
public final class BundledData {

    private static final String DIGITS = "/datasets/digits.csv.gz";

    private BundledData() {
    }

    /**
     * The UCI handwritten digits: 1797 rows of 8x8 pixel counts (64 features, 0..16), classes "0".."9".
     */
    public static Dataset digits() {
        CsvOptions options = new CsvOptions(false, LabelColumn.last(), ',');
        try (InputStream in = BundledData.class.getResourceAsStream(DIGITS)) {
            if (in == null) {
                throw new IllegalStateException("the bundled data set " + DIGITS
                        + " is missing from the class path; the build did not copy assets/datasets");
            }
            return CsvLoader.load(in, Path.of("digits.csv.gz"), "digits", options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data set " + DIGITS, e);
        }
    }
}

package io.latentlab.core.data.io;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Data sets shipped inside the application (see assets/datasets/README.md for sources and licences). */
public final class BundledData {

    private static final String DIGITS = "/datasets/digits.csv.gz";

    /** Fashion-MNIST's class names, indexed by the label numbers 0..9 in its label files. */
    public static final List<String> FASHION_MNIST_CLASSES = List.of(
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    /** A file of the class path with the SHA-256 it must have (listed in assets/datasets/README.md). */
    private record Resource(String path, String sha256) {
        Path fileName() {
            return Path.of(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    private static final Resource TRAIN_IMAGES = new Resource(
            "/datasets/fashion-mnist/train-images-idx3-ubyte.gz",
            "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7");
    private static final Resource TRAIN_LABELS = new Resource(
            "/datasets/fashion-mnist/train-labels-idx1-ubyte.gz",
            "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056");
    private static final Resource TEST_IMAGES = new Resource(
            "/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz",
            "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa");
    private static final Resource TEST_LABELS = new Resource(
            "/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz",
            "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05");

    private BundledData() {}

    /**
     * The UCI handwritten digits: 1797 rows of 8x8 pixel counts (64 features, 0..16), classes "0".."9".
     */
    public static Dataset digits() {
        CsvOptions options = new CsvOptions(false, LabelColumn.last(), ',');
        try (InputStream in = open(DIGITS)) {
            return CsvLoader.load(in, Path.of("digits.csv.gz"), "digits", options)
                    .withImageShape(new ImageShape(8, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data set " + DIGITS, e);
        }
    }

    /**
     * Fashion-MNIST's official training split: 60,000 images of 28x28 pixels (784 features, 0..255), ten classes
     * ({@link #FASHION_MNIST_CLASSES}). About 380 MB as doubles; reading takes a second or two.
     */
    public static Dataset fashionMnistTrain() {
        return fashionMnist("fashion-mnist-train", TRAIN_IMAGES, TRAIN_LABELS, 60_000);
    }

    /** Fashion-MNIST's official test split: 10,000 images of 28x28 pixels, like {@link #fashionMnistTrain()}. */
    public static Dataset fashionMnistTest() {
        return fashionMnist("fashion-mnist-test", TEST_IMAGES, TEST_LABELS, 10_000);
    }

    private static Dataset fashionMnist(String name, Resource images, Resource labels, int expectedRows) {
        try {
            Dataset d = IdxLoader.load(
                    new ByteArrayInputStream(verifiedBytes(images)),
                    images.fileName(),
                    new ByteArrayInputStream(verifiedBytes(labels)),
                    labels.fileName(),
                    name);
            ImageShape shape = new ImageShape(28, 28);
            List<String> numbers = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
            if (d.rows() != expectedRows || !shape.equals(d.imageShape()) || !numbers.equals(d.classNames())) {
                throw new IllegalStateException("the bundled " + images.path() + " has " + d.rows() + " images of "
                        + d.imageShape() + " in classes " + d.classNames() + "; expected " + expectedRows
                        + " of 28x28 in classes 0..9");
            }
            // Label number k sorts to index k, so the names can replace the numbers in place.
            return d.withLabels(d.labels(), FASHION_MNIST_CLASSES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data set " + images.path(), e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BundledData.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the bundled data set " + path
                    + " is missing from the class path; the build did not copy assets/datasets");
        }
        return in;
    }

    /** The resource's bytes (compressed: 26 MB at most), refused unless their SHA-256 is the one listed. */
    private static byte[] verifiedBytes(Resource resource) throws IOException {
        byte[] bytes;
        try (InputStream in = open(resource.path())) {
            bytes = in.readAllBytes();
        }
        String actual;
        try {
            actual = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
        if (!actual.equals(resource.sha256())) {
            throw new IllegalStateException("the bundled file " + resource.path() + " is damaged or replaced: its "
                    + "SHA-256 is " + actual + ", expected " + resource.sha256());
        }
        return bytes;
    }
}

package io.latentlab.core.pipeline;

import io.latentlab.core.config.BlobsConfig;
import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.DataSource;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.FileDataConfig;
import io.latentlab.core.data.Blobs;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.NumpyRandomState;
import io.latentlab.core.data.Scaler;
import io.latentlab.core.data.TrainTestSplit;
import io.latentlab.core.data.io.BundledData;
import io.latentlab.core.data.io.CsvOptions;
import io.latentlab.core.data.io.DatasetFiles;
import io.latentlab.core.data.io.LabelColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads or generates the data, splits it (unless pre-split) and scales it with a scaler fitted on train only. */
public final class DataPreparation {

    private DataPreparation() {}

    /** Loads or generates the rows the config describes, before any split. */
    public static Dataset load(DataConfig data) {
        return switch (data.source()) {
            case BLOBS -> generate(data.blobs());
            case DIGITS -> BundledData.digits();
            case FASHION_MNIST -> throw new IllegalArgumentException("Fashion-MNIST comes pre-split; use prepare()");
            case FILE -> loadFile(data.file().path(), data.file().labelsPath(), data.file());
        };
    }

    /**
     * Copies of the generated values held at the peak of preparing them: the rows and their shuffled copy, then
     * the split rows and their scaled copy.
     */
    static final int BLOB_COPIES = 4;

    /**
     * Refuses, before generating anything, blobs that one array cannot hold or that need more memory than this JVM
     * has, with the figure.
     */
    static void checkBlobMemory(BlobsConfig b) {
        long values = (long) b.samples() * b.features();
        long bytes = values * 8 * BLOB_COPIES;
        long available = Runtime.getRuntime().maxMemory();
        String shape =
                String.format(java.util.Locale.ROOT, "%,d x %,d = %,d values", b.samples(), b.features(), values);
        if (values > Integer.MAX_VALUE - 8) {
            throw new io.latentlab.core.validation.InvalidValueException(
                    "data.blobs.samples",
                    "is too large: " + shape + ", more than the "
                            + String.format(java.util.Locale.ROOT, "%,d", Integer.MAX_VALUE - 8)
                            + " one array holds; use fewer samples or features");
        }
        if (bytes > available) {
            throw new io.latentlab.core.validation.InvalidValueException(
                    "data.blobs.samples",
                    "is too large for this JVM: " + shape + " need about "
                            + io.latentlab.core.io.SafeInput.size(bytes) + " of memory while preparing, this JVM has "
                            + io.latentlab.core.io.SafeInput.size(available)
                            + "; use fewer samples or features, or give Java more (java -Xmx)");
        }
    }

    public static Dataset generate(BlobsConfig b) {
        checkBlobMemory(b);
        double[][] centers = null;
        if (!b.centers().isEmpty()) {
            centers = new double[b.clusters()][];
            for (int i = 0; i < centers.length; i++) {
                centers[i] = b.centers().get(i).stream()
                        .mapToDouble(Double::doubleValue)
                        .toArray();
            }
        }
        return Blobs.make(
                b.samples(),
                b.clusters(),
                b.features(),
                centers,
                b.stdPerCluster(),
                b.centerBox().get(0),
                b.centerBox().get(1),
                b.shuffle(),
                b.seed());
    }

    public static PreparedData prepare(ExperimentConfig config) {
        DataConfig data = config.data();
        Dataset train;
        Dataset test;
        boolean preSplit = data.source().preSplit()
                || (data.source() == DataSource.FILE && data.file().testPath() != null);
        if (data.source() == DataSource.FASHION_MNIST) {
            train = BundledData.fashionMnistTrain();
            test = BundledData.fashionMnistTest();
        } else if (preSplit) {
            FileDataConfig f = data.file();
            train = loadFile(f.path(), f.labelsPath(), f);
            test = loadFile(f.testPath(), f.testLabelsPath(), f);
            if (train.features() != test.features()) {
                throw new IllegalArgumentException("train file " + f.path() + " has " + train.features()
                        + " features but test file " + f.testPath() + " has " + test.features());
            }
            DataChecks.classes(train, f.path(), true);
            Dataset[] aligned = alignClasses(train, test);
            train = aligned[0];
            test = aligned[1];
        } else {
            Dataset all = load(data);
            DataChecks.classes(
                    all, data.source() == DataSource.FILE ? data.file().path() : null, true);
            TrainTestSplit.Split split = TrainTestSplit.split(
                    all,
                    config.split().testFraction(),
                    config.split().seed(),
                    config.split().stratify() && all.hasLabels());
            train = split.train();
            test = split.test();
        }
        // Data the lab splits itself is sized by its own settings (samples, test fraction): trainRows is left alone
        // there, as before, and Pipeline.prepare says so (trainRowsWarning).
        if (preSplit && data.trainRows() != null && data.trainRows() < train.rows()) {
            train = train.subset(
                    subsetRows(train.rows(), data.trainRows(), config.split().seed()));
        }
        Scaler scaler = Scaler.fit(config.scaling().method(), train.x());
        String name = data.source() == DataSource.FASHION_MNIST ? DataSource.FASHION_MNIST.id() : train.name();
        return new PreparedData(
                name,
                train,
                test,
                train.withX(scaler.transform(train.x())),
                test.withX(scaler.transform(test.x())),
                scaler,
                preSplit);
    }

    /**
     * Why {@code data.trainRows} did not take effect, or null when it did (or was not set): it applies to pre-split
     * data only, and asking for more rows than there are uses all of them. A warning, not an error, so that a
     * config that set it keeps reproducing its run.
     */
    static String trainRowsWarning(ExperimentConfig config, PreparedData data) {
        Integer wanted = config.data().trainRows();
        if (wanted == null) {
            return null;
        }
        if (!data.preSplit() && config.data().source() != DataSource.FASHION_MNIST) {
            return "data.trainRows (" + wanted + ") applies to data with its own split (Fashion-MNIST, a train"
                    + " and a test file) and was not used: the split gave "
                    + data.train().rows() + " training rows";
        }
        if (wanted > data.train().rows()) {
            return "data.trainRows asks for " + wanted + " training rows, but the data has "
                    + data.train().rows() + ": all of them were used";
        }
        return null;
    }

    /**
     * {@code k} of {@code n} row indices, the same for the same seed: the first k of a NumPy-style permutation, in
     * ascending order so the subset keeps the file's row order.
     */
    static int[] subsetRows(int n, int k, long seed) {
        int[] perm = new NumpyRandomState(seed).permutation(n);
        int[] chosen = java.util.Arrays.copyOf(perm, k);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** Two files may list their classes in different orders (or miss some); map both onto one class list. */
    private static Dataset[] alignClasses(Dataset train, Dataset test) {
        if (train.hasLabels() != test.hasLabels()) {
            throw new IllegalArgumentException("either both the train and the test file have labels, or neither");
        }
        if (!train.hasLabels() || train.classNames().equals(test.classNames())) {
            return new Dataset[] {train, test};
        }
        List<String> names = new ArrayList<>(train.classNames());
        for (String n : test.classNames()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return new Dataset[] {relabel(train, names), relabel(test, names)};
    }

    private static Dataset relabel(Dataset d, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] labels = new int[d.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = index.get(d.classNames().get(d.labels()[i]));
        }
        return d.withLabels(labels, names);
    }

    private static Dataset loadFile(String path, String labels, FileDataConfig f) {
        Dataset d;
        try {
            d = DatasetFiles.load(Path.of(path), pathOrNull(labels), csvOptions(f));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("file not found: " + e.getFile(), e));
        } catch (io.latentlab.core.io.InputLimitException e) {
            // Names its own file, which may be the labels file rather than the data file.
            throw new java.io.UncheckedIOException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(
                    new java.io.IOException("cannot read " + path + ": " + e.getMessage(), e));
        }
        if (f.imageShape() == null) {
            return d;
        }
        int[] hw = FileDataConfig.parseShape(f.imageShape());
        if ((long) hw[0] * hw[1] != d.features()) {
            throw new io.latentlab.core.validation.InvalidValueException(
                    "data.file.imageShape",
                    "is "
                            + f.imageShape() + " = " + (long) hw[0] * hw[1] + " pixels, but "
                            + Path.of(path).getFileName()
                            + " has " + d.features() + " features per row");
        }
        return d.withImageShape(new ImageShape(hw[0], hw[1]));
    }

    static CsvOptions csvOptions(FileDataConfig f) {
        Character delimiter = f.delimiter() == null ? null : f.delimiter().charAt(0);
        return new CsvOptions(f.header(), LabelColumn.parse(f.labelColumn()), delimiter);
    }

    private static Path pathOrNull(String p) {
        return p == null || p.isBlank() ? null : Path.of(p);
    }
}

package io.latentlab.core.config;

import static io.latentlab.testing.InvalidValues.invalid;

import io.latentlab.testing.InvalidValues;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every config record names its own offending component, relative to itself. */
class ConfigRecordsTest {

    private static final List<Double> BOX = List.of(-1.0, 1.0);
    private static final List<Double> STD = List.of(0.2);

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                invalid(
                        () -> new BlobsConfig(1, 5, 1, null, STD, BOX, true, 1),
                        "samples",
                        "samples must be between 2 and 2000000, got 1"),
                invalid(
                        () -> new BlobsConfig(10, 0, 1, null, STD, BOX, true, 1),
                        "features",
                        "features must be between 1 and 10000, got 0"),
                invalid(
                        () -> new BlobsConfig(10, 5, 11, null, STD, BOX, true, 1),
                        "clusters",
                        "clusters must be between 1 and samples (10), got 11"),
                invalid(
                        () -> new BlobsConfig(10, 5, 2, null, List.of(0.1, 0.2, 0.3), BOX, true, 1),
                        "clusterStd",
                        "clusterStd must have one value or one per cluster (2), got 3"),
                invalid(
                        () -> new BlobsConfig(10, 5, 2, null, List.of(-1.0), BOX, true, 1),
                        "clusterStd",
                        "clusterStd must be zero or positive, got -1.0"),
                invalid(
                        () -> new BlobsConfig(10, 5, 2, null, STD, List.of(1.0), true, 1),
                        "centerBox",
                        "centerBox must be [low, high], got 1 values"),
                invalid(
                        () -> new BlobsConfig(10, 5, 2, null, STD, List.of(1.0, -1.0), true, 1),
                        "centerBox",
                        "centerBox must be [low, high] with low < high, got [1.0, -1.0]"),
                invalid(
                        () -> new BlobsConfig(10, 5, 2, null, STD, BOX, true, -1),
                        "seed",
                        "seed must be between 0 and 4294967295 (NumPy's range), got -1"),
                invalid(
                        () -> new BlobsConfig(10, 0, 0, List.of(List.of(0.0, 0.0), List.of(1.0)), STD, BOX, true, 1),
                        "centers[1]",
                        "centers[1] has 1 coordinates, but centers[0] has 2"),
                invalid(
                        () -> new BlobsConfig(10, 0, 0, List.of(List.of(0.0), List.of(Double.NaN)), STD, BOX, true, 1),
                        "centers[1]",
                        "centers[1] must hold finite numbers, got NaN"),
                invalid(() -> new DataConfig(null, null, null), "source", "source must be set"),
                invalid(
                        () -> new DataConfig(DataSource.FILE, null, FileDataConfig.none()),
                        "file.path",
                        "file.path is required when source is \"file\""),
                invalid(
                        () -> new FileDataConfig("a.csv", null, null, null, null, null, "|", null),
                        "delimiter",
                        "delimiter must be \",\", \";\" or a tab, got \"|\""),
                invalid(
                        () -> new SplitConfig(0, 1, false),
                        "testFraction",
                        "testFraction must be between 0 and 1 (exclusive), got 0.0"),
                invalid(
                        () -> new SplitConfig(0.2, -1, false),
                        "seed",
                        "seed must be between 0 and 4294967295 (NumPy's range), got -1"),
                invalid(() -> new ScalingConfig(null), "method", "method must be set"),
                invalid(() -> new PcaConfig(0), "components", "components must be between 1 and 1000, got 0"),
                invalid(() -> new MetricsConfig(0), "neighbors", "neighbors must be between 1 and 100, got 0"),
                invalid(() -> new ExperimentConfig(null, null, null, null, null, null), "data", "data must be set"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidValues")
    void invalidValuesAreReportedByPath(Executable build, String path, String message) {
        InvalidValues.assertReportedByPath(build, path, message);
    }
}

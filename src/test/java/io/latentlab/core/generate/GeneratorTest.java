package io.latentlab.core.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.PreparedData;
import io.latentlab.core.validation.InvalidValueException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated rows: the data's width, its original units, the requested count, the same rows for the same seed. */
class GeneratorTest {

    /** 300 blobs in 6-D (3 clusters, std 0.2, centres in [-1, 1]), a 6-8-2-8-6 network trained for 200 epochs. */
    static final ExperimentConfig SMALL = ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,"
            + "\"clusters\":3,\"seed\":4}},\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":"
            + "{\"maxEpochs\":200,\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}");

    private static Outcome trained;

    @BeforeAll
    static void train() {
        trained = Pipeline.run(SMALL, message -> {});
    }

    private static GeneratedData generate(int n, SamplingMode mode, long seed) {
        return Generator.generate(trained.baseline().data(), trained.model(), new GenerateConfig(n, mode, seed));
    }

    @Test
    void perClassRowsHaveTheDataWidthTheCountAndAnEqualShareOfEachClass() {
        GeneratedData g = generate(301, SamplingMode.PER_CLASS, 7);
        assertEquals(301, g.rows().rows());
        assertEquals(6, g.rows().cols());
        assertEquals(List.of("x1", "x2", "x3", "x4", "x5", "x6"), g.featureNames());
        Map<String, Integer> counts = g.countsByLabel();
        assertEquals(List.of(101, 100, 100), List.copyOf(counts.values()));
        assertEquals(trained.baseline().data().test().classNames(), List.copyOf(counts.keySet()));
        assertEquals("301 rows of 6 features: 100–101 per class for 3 classes", g.describe());
    }

    /**
     * Original units: the generated class means land on the raw data's class means. The tolerance is a tenth of the
     * smallest distance between two class means (about 1.5 here, in the data's units): the classes' spread (std 0.2
     * per feature) and the decoder's reconstruction error (its test MSE is about 0.005 on [0, 1]-scaled data, i.e.
     * 0.07 × a range of about 1.6) each move a mean by far less, while a row left in scaled units would miss by the
     * data's offset and range, and a row drawn for the wrong class by the full distance.
     */
    @Test
    void generatedClassMeansAreTheDataClassMeansInOriginalUnits() {
        GeneratedData g = generate(3000, SamplingMode.PER_CLASS, 1);
        Dataset raw = trained.baseline().data().rawTest();
        List<String> names = raw.classNames();
        double[][] rawMeans = new double[names.size()][];
        for (int c = 0; c < names.size(); c++) {
            rawMeans[c] = meanOf(raw.x(), rowsWith(raw.labels(), c));
        }
        double closest = Double.POSITIVE_INFINITY;
        for (int a = 0; a < rawMeans.length; a++) {
            for (int b = a + 1; b < rawMeans.length; b++) {
                closest = Math.min(closest, distance(rawMeans[a], rawMeans[b]));
            }
        }
        assertTrue(closest > 0.5, "the classes are apart: " + closest);
        for (int c = 0; c < names.size(); c++) {
            int[] mine = new int[0];
            for (int i = 0; i < g.labels().size(); i++) {
                if (g.labels().get(i).equals(names.get(c))) {
                    mine = java.util.Arrays.copyOf(mine, mine.length + 1);
                    mine[mine.length - 1] = i;
                }
            }
            double miss = distance(meanOf(g.rows(), mine), rawMeans[c]);
            assertTrue(
                    miss < closest / 10,
                    "class " + names.get(c) + " is " + miss + " from its mean, the classes " + closest + " apart");
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        GeneratedData a = generate(50, SamplingMode.PER_CLASS, 11);
        GeneratedData b = generate(50, SamplingMode.PER_CLASS, 11);
        GeneratedData c = generate(50, SamplingMode.PER_CLASS, 12);
        assertArrayEquals(a.rows().data(), b.rows().data());
        assertEquals(a.labels(), b.labels());
        assertFalse(java.util.Arrays.equals(a.rows().data(), c.rows().data()));
        assertArrayEquals(
                generate(20, SamplingMode.UNIFORM, 3).rows().data(),
                generate(20, SamplingMode.UNIFORM, 3).rows().data());
    }

    @Test
    void uniformPointsFillTheTestRowsLatentBoxAndAreLabelledGenerated() {
        GeneratedData g = generate(500, SamplingMode.UNIFORM, 5);
        assertEquals(
                List.of(GeneratedData.UNIFORM_LABEL),
                List.copyOf(g.countsByLabel().keySet()));
        Matrix test = trained.latent().latentTest();
        for (int j = 0; j < test.cols(); j++) {
            double lo = java.util.Arrays.stream(test.column(j)).min().orElseThrow();
            double hi = java.util.Arrays.stream(test.column(j)).max().orElseThrow();
            double[] z = g.latent().column(j);
            double zLo = java.util.Arrays.stream(z).min().orElseThrow();
            double zHi = java.util.Arrays.stream(z).max().orElseThrow();
            assertTrue(zLo >= lo && zHi <= hi, "unit " + j + ": " + zLo + ".." + zHi + " outside " + lo + ".." + hi);
            // 500 uniform draws reach within 5 % of both ends (missing one has probability 0.95^500 ≈ 7e-12).
            assertTrue(zLo < lo + 0.05 * (hi - lo) && zHi > hi - 0.05 * (hi - lo), "unit " + j + " not filled");
        }
        assertEquals(6, g.rows().cols());
    }

    @Test
    void decodedRowsAreTheDecoderOutputUnscaled() {
        GeneratedData g = generate(10, SamplingMode.PER_CLASS, 2);
        PreparedData data = trained.baseline().data();
        Matrix scaledBack = data.scaler().transform(g.rows());
        Matrix decoded = trained.model().decode(g.latent());
        for (int i = 0; i < decoded.data().length; i++) {
            assertEquals(decoded.data()[i], scaledBack.data()[i], 1e-12);
        }
    }

    @Test
    void refusesWhatCannotBeGenerated() {
        assertEquals(
                "count must be between 1 and 1000000, got 0",
                assertThrows(InvalidValueException.class, () -> new GenerateConfig(0, SamplingMode.UNIFORM, 1))
                        .getMessage());
        PreparedData data = trained.baseline().data();
        PreparedData unlabelled = new PreparedData(
                data.name(),
                data.rawTrain(),
                data.rawTest(),
                data.train(),
                data.test().withLabels(null, List.of()),
                data.scaler(),
                data.preSplit());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Generator.generate(
                        unlabelled, trained.model(), new GenerateConfig(5, SamplingMode.PER_CLASS, 1)));
        assertTrue(e.getMessage().startsWith("the data has no labels"), e.getMessage());
        assertEquals(
                5,
                Generator.generate(unlabelled, trained.model(), new GenerateConfig(5, SamplingMode.UNIFORM, 1))
                        .rows()
                        .rows());
    }

    private static int[] rowsWith(int[] labels, int c) {
        return java.util.stream.IntStream.range(0, labels.length)
                .filter(i -> labels[i] == c)
                .toArray();
    }

    private static double[] meanOf(Matrix x, int[] rows) {
        double[] m = new double[x.cols()];
        for (int r : rows) {
            for (int j = 0; j < x.cols(); j++) {
                m[j] += x.get(r, j) / rows.length;
            }
        }
        return m;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return Math.sqrt(s);
    }
}

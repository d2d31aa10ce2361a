package io.latentlab.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.metrics.ScoreSample;
import io.latentlab.core.metrics.Trustworthiness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Above {@link ScoreScope#EXACT_MAX_ROWS} test rows the quadratic scores are estimated, and say so. */
class ScoresAtScaleTest {

    private static ExperimentConfig large;
    private static Baseline sampled;
    private static Baseline exact;

    @BeforeAll
    static void prepare() {
        // 12,500 test rows: above the exact limit, small enough that the exact scores take a second or two.
        large = ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":62500,\"features\":8,\"clusters\":6,"
                + "\"clusterStd\":3.0,\"seed\":3}}}");
        sampled = Pipeline.prepare(large, ProgressListener.SILENT);
        exact = Pipeline.prepare(large.withMetrics(large.metrics().withExactScores(true)), ProgressListener.SILENT);
    }

    @Test
    void theSampleSizeIsPartOfTheScoresAndTheReport() {
        assertEquals(12_500, sampled.data().test().rows());
        assertEquals(ScoreSample.DEFAULT_ROWS, sampled.pcaScores().sampleRows());
        assertNull(exact.pcaScores().sampleRows());
        assertEquals(
                ScoreSample.DEFAULT_ROWS,
                ReportBuilder.build(large, sampled, null, null, null, sampled.timing(), sampled.warnings())
                        .metrics()
                        .sampleRows());
    }

    @Test
    void sampledScoresAreDeterministicAndCloseToTheExactOnes() {
        Baseline again = Pipeline.prepare(large, ProgressListener.SILENT);
        assertEquals(sampled.pcaScores(), again.pcaScores());
        assertEquals(sampled.originalSilhouette(), again.originalSilhouette());

        assertEquals(exact.originalSilhouette(), sampled.originalSilhouette(), 0.01);
        assertEquals(exact.pcaScores().silhouette(), sampled.pcaScores().silhouette(), 0.01);
        assertEquals(exact.pcaScores().trustworthiness(), sampled.pcaScores().trustworthiness(), 0.01);
        // kNN accuracy is exact either way (the spatial index, not a sample).
        assertEquals(exact.pcaScores().knnAccuracy(), sampled.pcaScores().knnAccuracy());
        assertTrue(sampled.pcaScores().silhouette() != exact.pcaScores().silhouette(), "a sample was used");
    }

    @Test
    void keptOriginalDistancesGiveTheScoresOfAFreshComputation() {
        ExperimentConfig c = ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":3000,\"features\":20,"
                + "\"clusters\":4,\"clusterStd\":2.0,\"seed\":5}}}");
        Baseline b = Pipeline.prepare(c, ProgressListener.SILENT);
        io.latentlab.core.data.Dataset test = b.data().test();
        assertTrue(b.distances().kept());
        assertEquals(
                Trustworthiness.compute(test.x(), b.pcaPlane(), c.metrics().neighbors()),
                b.pcaScores().trustworthiness(),
                0.0);
        // Any other embedding of the same rows (a trained latent, say) too.
        java.util.Random random = new java.util.Random(2);
        double[] e = new double[test.rows() * 3];
        for (int i = 0; i < e.length; i++) {
            e[i] = test.x().data()[(i / 3) * 20 + i % 3] + random.nextGaussian() * 0.2;
        }
        io.latentlab.core.data.Matrix embedded = new io.latentlab.core.data.Matrix(test.rows(), 3, e);
        ScoreScope scope = ScoreScope.of(test, c.metrics());
        assertEquals(
                EmbeddingScores.evaluate(test.x(), embedded, test.labels(), 5, scope),
                EmbeddingScores.evaluate(b.distances(), embedded, test.labels(), 5, scope, s -> {}));
        // Sampled: the same query rows as the sampled trustworthiness itself.
        assertTrue(sampled.distances().kept());
        int[] queries = ScoreScope.of(sampled.data().test(), large.metrics()).queries();
        assertEquals(
                Trustworthiness.sampled(sampled.data().test().x(), sampled.pcaPlane(), 5, queries),
                sampled.pcaScores().trustworthiness(),
                0.0);
    }

    @Test
    void smallDataIsScoredExactly() {
        Baseline small = Pipeline.prepare(
                ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":2000,\"features\":8,\"clusters\":3}}}"),
                ProgressListener.SILENT);
        assertNull(small.pcaScores().sampleRows());
        assertNotNull(small.pcaScores().silhouette());
    }
}

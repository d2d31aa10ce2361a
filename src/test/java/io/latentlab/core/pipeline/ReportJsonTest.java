package io.latentlab.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Report report(double score, double mse) {
        return new Report(
                Report.FORMAT,
                Report.VERSION,
                new Report.DatasetInfo("d", "blobs", 10, 5, 3, 2, List.of("a", "b")),
                new Report.SilhouetteScores(0.5, -0.25, score),
                new Report.PcaInfo(
                        2, new double[] {0.75, NAN}, new double[] {1.5, 0.5}, new Report.Reconstruction(0.25, 0.5)),
                new Report.Metrics(
                        5, null, new Report.EmbeddingMetrics(0.9, 0.8), new Report.EmbeddingMetrics(score, 1.0)),
                new Report.Training(
                        3, "diverged", "m", new double[] {0.3, INF, NAN}, new double[0], new double[3], 1.0, 0.3),
                new Report.Reconstruction(mse, 0.125),
                new Report.Latent(2, new int[0], new double[] {1, 1}, new double[] {0.5, -INF}),
                Map.of("total", NAN),
                List.of());
    }

    @Test
    void nonFiniteValuesAreNullNeverStrings() throws IOException {
        String json = ReportJson.toJson(report(NAN, INF));
        assertFalse(json.contains("NaN"), json);
        assertFalse(json.contains("Infinity"), json);
        JsonNode r = new ObjectMapper().readTree(json);
        assertTrue(r.at("/silhouette/latent").isNull());
        assertEquals(-0.25, r.at("/silhouette/pca").doubleValue());
        assertTrue(r.at("/metrics/latent/trustworthiness").isNull());
        assertTrue(r.at("/reconstruction_mse/train").isNull());
        assertEquals(0.125, r.at("/reconstruction_mse/test").doubleValue());
        assertTrue(r.at("/training/loss_curve/1").isNull());
        assertTrue(r.at("/training/loss_curve/2").isNull());
        assertEquals(0.3, r.at("/training/loss_curve/0").doubleValue());
        assertTrue(r.at("/pca/explained_variance_ratio/1").isNull());
        assertTrue(r.at("/latent/variance/1").isNull());
        assertTrue(r.at("/timing/total").isNull());
        assertEquals(3, r.at("/dataset/features").intValue());
    }

    @Test
    void theProgramVersionFollowsTheFormatVersion() throws IOException {
        JsonNode r = new ObjectMapper().readTree(ReportJson.toJson(report(0.1, 0.2)));
        List<String> keys = new java.util.ArrayList<>();
        r.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("format", "version", ReportJson.APP_VERSION_KEY, "dataset"), keys.subList(0, 4));
        assertEquals(
                io.latentlab.core.about.LatentLabVersion.get(),
                r.path(ReportJson.APP_VERSION_KEY).asText());
        assertEquals(Report.FORMAT, r.path("format").asText());
        assertEquals(Report.VERSION, r.path("version").intValue());
        assertEquals("warnings", keys.get(keys.size() - 1));
    }

    @Test
    void finiteNumbersAreWrittenAsBefore() {
        String json = ReportJson.toJson(report(0.1, 1e-7));
        assertTrue(json.contains("\"latent\" : 0.1"), json);
        assertTrue(json.contains("\"train\" : 1.0E-7"), json);
    }

    @Test
    void everyNonFiniteScoreIsNamedInAWarning() {
        List<String> w = NonFiniteScores.warnings(report(NAN, INF));
        String all = String.join("\n", w);
        for (String at : List.of(
                "silhouette.latent",
                "metrics.latent.trustworthiness",
                "reconstruction_mse.train",
                "pca.explained_variance_ratio",
                "training.loss_curve has 2 values",
                "latent.variance")) {
            assertTrue(all.contains(at), at + " in " + all);
        }
        assertEquals(6, w.size(), all);
        assertTrue(NonFiniteScores.warnings(report(0.1, 0.2)).size() == 3, "the curve and two arrays remain");
    }
}

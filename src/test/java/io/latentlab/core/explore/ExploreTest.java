package io.latentlab.core.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.NoiseConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decoding, reconstruction, grids and lines, on a small trained model and its PCA baseline. */
class ExploreTest {

    private static Outcome run;

    @BeforeAll
    static void train() {
        run = Pipeline.run(
                ConfigJson.read(
                        "{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4}},\"pca\":{\"components\":6},"
                                + "\"autoencoder\":{\"network\":{\"encoder\":[8],\"bottleneck\":3},\"training\":{"
                                + "\"maxEpochs\":30,\"batchSize\":32,\"stopping\":{\"rule\":\"none\"}}}}"),
                ProgressListener.SILENT);
    }

    @Test
    void decodingTheEncodersOutputOfATrainingRowIsTheModelsReconstruction() {
        TrainedAutoencoder model = run.model();
        LatentMap map = LatentMap.of(model);
        Matrix train = run.baseline().data().train().x();
        double sum = 0;
        for (int i = 0; i < train.rows(); i++) {
            double[] row = train.row(i);
            double[] code = map.encode(new Matrix(1, row.length, row)).row(0);
            double[] decoded = map.decode(code);
            double[] reconstructed =
                    model.reconstruct(new Matrix(1, row.length, row)).row(0);
            assertArrayEquals(reconstructed, decoded, 1e-6, "row " + i);
            Reconstruction r = Reconstruction.of(map, row, NoiseConfig.none(), 0);
            assertArrayEquals(reconstructed, r.reconstructed(), 1e-6);
            assertNull(r.noisy());
            sum += r.error() * row.length;
        }
        // Per-row errors add up to the report's training reconstruction error.
        assertEquals(run.report().reconstructionMse().train(), sum / (train.rows() * (double) train.cols()), 1e-12);
    }

    @Test
    void pcaInverseTransformUndoesTheProjectionAndDecodesThePlane() {
        Matrix test = run.baseline().data().test().x();
        var pca = run.baseline().pca();
        assertArrayEquals(test.data(), pca.inverseTransform(pca.transform(test)).data(), 1e-9);
        LatentMap plane = LatentMap.pcaPlane(run.baseline());
        assertEquals(2, plane.width());
        double[] row = test.row(0);
        Matrix code = plane.encode(new Matrix(1, row.length, row));
        assertArrayEquals(run.baseline().pcaPlane().row(0), code.row(0), 1e-12);
        double[] back = plane.decode(code).row(0);
        // What the plane cannot hold is orthogonal to it: the residual has no component along PC 1 or PC 2.
        for (int c = 0; c < 2; c++) {
            double dot = 0;
            for (int j = 0; j < row.length; j++) {
                dot += (row[j] - back[j]) * pca.components()[c][j];
            }
            assertEquals(0, dot, 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> pca.inverseTransform(new Matrix(1, 7, new double[7])));
    }

    @Test
    void aGridSpansTheBoxWithTheOtherUnitsAtTheirMean() {
        Matrix latent = run.latent().latentTest();
        LatentBox box = LatentBox.of(latent);
        int n = 5;
        Matrix codes = LatentGrid.codes(box, 0, 2, n);
        assertEquals(n * n, codes.rows());
        assertEquals(3, codes.cols());
        // Top-left: smallest z1, largest z3; bottom-right: largest z1, smallest z3.
        assertArrayEquals(new double[] {box.min(0), box.mean()[1], box.max(2)}, codes.row(0), 0);
        assertArrayEquals(new double[] {box.max(0), box.mean()[1], box.min(2)}, codes.row(n * n - 1), 0);
        assertEquals((box.min(0) + box.max(0)) / 2, codes.get(2, 0), 1e-12);
        Matrix decoded = LatentGrid.decode(LatentMap.of(run.model()), box, 0, 2, n);
        assertEquals(6, decoded.cols());
        assertArrayEquals(LatentMap.of(run.model()).decode(codes.row(7)), decoded.row(7), 0);
        assertThrows(IllegalArgumentException.class, () -> LatentGrid.codes(box, 0, 1, 1));
    }

    @Test
    void aLineHasItsEndsExactlyAndEvenSteps() {
        double[] a = {0.1, -3, 7};
        double[] b = {0.7, 5, 7};
        Matrix line = Interpolation.codes(a, b, 4);
        assertArrayEquals(a, line.row(0), 0);
        assertArrayEquals(b, line.row(3), 0);
        assertArrayEquals(new double[] {0.3, -1 / 3.0, 7}, line.row(1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Interpolation.codes(a, b, 1));
        assertThrows(IllegalArgumentException.class, () -> Interpolation.codes(a, new double[2], 3));
    }

    @Test
    void theNoisyInputIsTheModelsNoiseWithAFixedSeed() {
        double[] row = run.baseline().data().test().x().row(3);
        double[] big = new double[2000];
        java.util.Arrays.fill(big, 0.5);
        double[] masked = Reconstruction.corrupt(NoiseConfig.masking(0.25), big, 42);
        long zeros = java.util.Arrays.stream(masked).filter(v -> v == 0).count();
        assertTrue(zeros > 400 && zeros < 600, "a quarter masked, got " + zeros);
        assertArrayEquals(masked, Reconstruction.corrupt(NoiseConfig.masking(0.25), big, 42), 0);
        assertNotEquals(
                java.util.Arrays.toString(masked),
                java.util.Arrays.toString(Reconstruction.corrupt(NoiseConfig.masking(0.25), big, 43)));
        LatentMap map = LatentMap.of(run.model());
        Reconstruction r = Reconstruction.of(map, row, NoiseConfig.gaussian(0.1), 7);
        assertArrayEquals(Reconstruction.corrupt(NoiseConfig.gaussian(0.1), row, 7), r.noisy(), 0);
        assertArrayEquals(map.decode(map.encode(new Matrix(1, 6, r.noisy())).row(0)), r.denoised(), 0);
        assertTrue(r.denoisedError() >= 0);
    }
}

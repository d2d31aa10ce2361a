package io.latentlab.core.explore;

import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pca.PcaModel;
import io.latentlab.core.pipeline.Baseline;
import java.util.Objects;

/**
 * A way in and out of a low-dimensional code: the autoencoder's encoder and decoder, or PCA's projection onto its
 * plotted plane and the inverse transform. Both work in the scaled feature space, so their outputs compare
 * directly (and, for MinMax scaling, lie in about [0, 1]).
 */
public interface LatentMap {

    /** Width of a code (the bottleneck, or the number of PCA components used). */
    int width();

    /** Features of a row. */
    int features();

    /** Rows (scaled features) to codes: rows × {@link #width()}. */
    Matrix encode(Matrix rows);

    /** Codes back to rows: codes × {@link #features()}. */
    Matrix decode(Matrix codes);

    /** One code back to one row. */
    default double[] decode(double[] code) {
        return decode(new Matrix(1, code.length, code.clone())).row(0);
    }

    static LatentMap of(TrainedAutoencoder model) {
        Objects.requireNonNull(model, "model");
        return new LatentMap() {
            @Override
            public int width() {
                return model.bottleneckWidth();
            }

            @Override
            public int features() {
                return model.inputWidth();
            }

            @Override
            public Matrix encode(Matrix rows) {
                return model.encode(rows);
            }

            @Override
            public Matrix decode(Matrix codes) {
                return model.decode(codes);
            }
        };
    }

    /** PCA on the plane the PCA plot shows: its first two components (one when only one was fitted). */
    static LatentMap pcaPlane(Baseline baseline) {
        PcaModel pca = Objects.requireNonNull(baseline, "baseline").pca();
        int k = Math.min(2, pca.componentCount());
        return new LatentMap() {
            @Override
            public int width() {
                return k;
            }

            @Override
            public int features() {
                return pca.mean().length;
            }

            @Override
            public Matrix encode(Matrix rows) {
                Matrix all = pca.transform(rows);
                return all.topLeft(all.rows(), k);
            }

            @Override
            public Matrix decode(Matrix codes) {
                return pca.inverseTransform(codes);
            }
        };
    }
}

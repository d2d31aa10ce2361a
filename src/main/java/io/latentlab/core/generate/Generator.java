package io.latentlab.core.generate;

import io.latentlab.core.ae.SavedModel;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.DataPreparation;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.PreparedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Samples latent points, decodes them with a trained model and undoes the scaling.
 *
 * <p>The latent points the samples are fitted to are the <em>test</em> rows' — the points the latent plot shows —
 * encoded with the model: per class a Gaussian with their mean and full covariance, or for uniform sampling their
 * bounding box. Per class, the count is shared equally among the classes that have test rows (the first
 * {@code count % classes} classes get one more) and the rows come class by class. Draws come from
 * {@link Random} seeded with the config's seed, whose algorithm Java specifies, so the rows are the same on every
 * machine.
 */
public final class Generator {

    /** Refused beyond this many values (rows × features, 400 MB as doubles), with the figure. */
    public static final long MAX_VALUES = 50_000_000L;

    private Generator() {}

    /**
     * The data a saved model was trained on, prepared as its config describes and scaled with the model's own
     * scaler (so the model encodes it as where it was trained).
     */
    public static PreparedData dataFor(ExperimentConfig config, SavedModel saved) {
        return Pipeline.rescale(DataPreparation.prepare(config), saved);
    }

    public static GeneratedData generate(PreparedData data, TrainedAutoencoder model, GenerateConfig config) {
        if (model.inputWidth() != data.features()) {
            throw new IllegalArgumentException(
                    "the model takes " + model.inputWidth() + " features, but the data has " + data.features());
        }
        long values = (long) config.count() * data.features();
        if (values > MAX_VALUES) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%,d rows of %,d features are %,d values, more than the %,d a generated set may hold;"
                            + " ask for at most %,d rows",
                    config.count(),
                    data.features(),
                    values,
                    MAX_VALUES,
                    MAX_VALUES / data.features()));
        }
        Dataset test = data.test();
        Matrix latent = model.encode(test.x());
        Random random = new Random(config.seed());
        Sample sample = config.mode() == SamplingMode.PER_CLASS
                ? perClass(latent, test, config.count(), random)
                : uniform(latent, config.count(), random);
        Matrix rows = data.scaler().inverseTransform(model.decode(sample.latent()));
        List<String> names = new ArrayList<>(data.features());
        for (int j = 1; j <= data.features(); j++) {
            names.add("x" + j);
        }
        return new GeneratedData(rows, sample.labels(), names, test.imageShape(), sample.latent());
    }

    private record Sample(Matrix latent, List<String> labels) {}

    private static Sample perClass(Matrix latent, Dataset test, int count, Random random) {
        if (!test.hasLabels()) {
            throw new IllegalArgumentException("the data has no labels, so there are no classes to fit Gaussians"
                    + " to; sample uniformly in the latent box instead");
        }
        int classes = test.classCount();
        List<int[]> members = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            int[] rows = rowsOf(test.labels(), c);
            if (rows.length > 0) {
                members.add(rows);
                present.add(c);
            }
        }
        int k = latent.cols();
        double[] out = new double[count * k];
        double[] point = new double[k];
        double[] normals = new double[k];
        List<String> labels = new ArrayList<>(count);
        int at = 0;
        for (int i = 0; i < present.size(); i++) {
            int share = count / present.size() + (i < count % present.size() ? 1 : 0);
            LatentGaussian gaussian = LatentGaussian.fit(latent, members.get(i));
            String name = test.classNames().get(present.get(i));
            for (int s = 0; s < share; s++) {
                gaussian.sample(random, normals, point);
                System.arraycopy(point, 0, out, at * k, k);
                labels.add(name);
                at++;
            }
        }
        return new Sample(new Matrix(count, k, out), labels);
    }

    private static Sample uniform(Matrix latent, int count, Random random) {
        int k = latent.cols();
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < latent.rows(); r++) {
            for (int j = 0; j < k; j++) {
                lo[j] = Math.min(lo[j], latent.get(r, j));
                hi[j] = Math.max(hi[j], latent.get(r, j));
            }
        }
        double[] out = new double[count * k];
        for (int s = 0; s < count; s++) {
            for (int j = 0; j < k; j++) {
                out[s * k + j] = lo[j] + random.nextDouble() * (hi[j] - lo[j]);
            }
        }
        return new Sample(new Matrix(count, k, out), java.util.Collections.nCopies(count, GeneratedData.UNIFORM_LABEL));
    }

    private static int[] rowsOf(int[] labels, int c) {
        int n = 0;
        for (int label : labels) {
            n += label == c ? 1 : 0;
        }
        int[] rows = new int[n];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                rows[at++] = i;
            }
        }
        return rows;
    }
}

package io.latentlab.cli;

import io.latentlab.core.pipeline.Report;
import java.io.PrintWriter;
import java.util.Locale;

/** What {@code run} prints on stdout: the report's numbers, one line per part, to seven places. */
final class RunSummary {

    private RunSummary() {}

    static void print(PrintWriter out, Report r) {
        Report.DatasetInfo d = r.dataset();
        out.printf(
                Locale.ROOT,
                "data        %s: train %dx%d, test %dx%d, %s%n",
                d.name(),
                d.rowsTrain(),
                d.features(),
                d.rowsTest(),
                d.features(),
                d.labels() == null ? "no labels" : d.labels() + " classes");
        out.printf(
                Locale.ROOT,
                "pca         explained variance ratio %s%n",
                vector(r.pca().explainedVarianceRatio()));
        out.printf(
                Locale.ROOT,
                "silhouette  original %s | pca %s | latent %s%n",
                num(r.silhouette().original()),
                num(r.silhouette().pca()),
                num(r.silhouette().latent()));
        out.printf(
                Locale.ROOT,
                "pca 2-D     trustworthiness %s | kNN accuracy %s%n",
                num(r.metrics().pca().trustworthiness()),
                num(r.metrics().pca().knnAccuracy()));
        if (r.metrics().latent() != null) {
            out.printf(
                    Locale.ROOT,
                    "latent      trustworthiness %s | kNN accuracy %s%n",
                    num(r.metrics().latent().trustworthiness()),
                    num(r.metrics().latent().knnAccuracy()));
        }
        if (r.training() != null) {
            out.printf(
                    Locale.ROOT,
                    "training    %d epochs, %s (%.2fs, %.4fs per epoch)%n",
                    r.training().epochs(),
                    r.training().stoppedBecause(),
                    r.training().seconds(),
                    r.training().secondsPerEpoch());
        }
        if (r.reconstructionMse() != null) {
            out.printf(
                    Locale.ROOT,
                    "recon. MSE  train %.6g | test %.6g%n",
                    r.reconstructionMse().train(),
                    r.reconstructionMse().test());
        }
        if (r.pca().reconstructionMse() != null) {
            out.printf(
                    Locale.ROOT,
                    "pca recon.  train %.6g | test %.6g%n",
                    r.pca().reconstructionMse().train(),
                    r.pca().reconstructionMse().test());
        }
        if (r.latent() != null) {
            int[] dead = r.latent().deadUnits();
            // Named as the window and the warnings name units (z1, z2, …); report.json keeps the 0-based indices.
            out.printf(
                    Locale.ROOT,
                    "latent      dead units %s of %d%n",
                    dead.length == 0
                            ? "none"
                            : java.util.Arrays.stream(dead)
                                    .mapToObj(u -> "z" + (u + 1))
                                    .collect(java.util.stream.Collectors.joining(", ")),
                    r.latent().dimensions());
        }
        r.warnings().forEach(w -> out.println("warning     " + w));
        out.flush();
    }

    static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.7f", v);
    }

    static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.7f", v[i]));
        }
        return sb.append(']').toString();
    }
}

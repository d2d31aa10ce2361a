package io.latentlab.core.pipeline;

import io.latentlab.core.ae.LatentDiagnostics;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns pipeline results into the stable {@link Report} shape. */
final class ReportBuilder {

    private ReportBuilder() {}

    static Report build(
            ExperimentConfig config,
            Baseline b,
            TrainingResult training,
            LatentEvaluation latent,
            LatentDiagnostics diagnostics,
            Map<String, Double> timing,
            List<String> warnings) {
        Dataset train = b.data().train();
        Dataset test = b.data().test();
        Report.DatasetInfo info = new Report.DatasetInfo(
                b.data().name(),
                config.data().source().id(),
                train.rows(),
                test.rows(),
                train.features(),
                train.hasLabels() ? train.classCount() : null,
                train.hasLabels() ? train.classNames() : null);
        Report.SilhouetteScores silhouette = new Report.SilhouetteScores(
                b.originalSilhouette(),
                b.pcaScores().silhouette(),
                latent == null ? null : latent.scores().silhouette());
        Report.PcaInfo pca = new Report.PcaInfo(
                b.pca().componentCount(),
                b.pca().explainedVarianceRatio(),
                b.pca().explainedVariance(),
                b.pcaReconstructionMse());
        Report.Metrics metrics = new Report.Metrics(
                config.metrics().neighbors(),
                b.pcaScores().sampleRows(),
                Report.EmbeddingMetrics.of(b.pcaScores()),
                latent == null ? null : Report.EmbeddingMetrics.of(latent.scores()));
        Report.Training trainingPart = training == null
                ? null
                : new Report.Training(
                        training.epochs(),
                        training.stopReason().id(),
                        training.stopMessage(),
                        training.lossCurve(),
                        training.validationLossCurve(),
                        training.learningRates(),
                        round(training.secondsTotal()),
                        round(training.secondsPerEpoch()));
        Report.Reconstruction mse = latent == null
                ? null
                : new Report.Reconstruction(latent.reconstructionMseTrain(), latent.reconstructionMseTest());
        Report.Latent latentPart = null;
        if (latent != null) {
            LatentDiagnostics d = diagnostics;
            latentPart = new Report.Latent(d.width(), LatentWarnings.deadUnits(d), d.activeFraction(), d.variance());
        }
        Report report = new Report(
                Report.FORMAT,
                Report.VERSION,
                info,
                silhouette,
                pca,
                metrics,
                trainingPart,
                mse,
                latentPart,
                timing,
                List.copyOf(warnings));
        List<String> nonFinite = NonFiniteScores.warnings(report);
        if (nonFinite.isEmpty()) {
            return report;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(nonFinite);
        return report.withWarnings(all);
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}

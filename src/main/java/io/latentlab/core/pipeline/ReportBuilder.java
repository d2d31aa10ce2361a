package io.latentlab.core.pipeline;

import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.data.Dataset;
import java.util.List;
import java.util.Map;

/** Turns pipeline results into the stable {@link Report} shape. */
final class ReportBuilder {

    private ReportBuilder() {
    }

    static Report build(ExperimentConfig config, Experiment.Baseline b, Object latentPart, Map<String, Double> timing,
                        List<String> warnings) {
        Dataset train = b.data().train();
        Dataset test = b.data().test();
        Report.DatasetInfo info = new Report.DatasetInfo(b.data().name(), config.data().source().id(), train.rows(),
                test.rows(), train.features(), train.hasLabels() ? train.classCount() : null,
                train.hasLabels() ? train.classNames() : null);
        Report.SilhouetteScores silhouette = new Report.SilhouetteScores(b.originalSilhouette(),
                b.pcaScores().silhouette(), null);
        Report.PcaInfo pca = new Report.PcaInfo(b.pca().componentCount(), b.pca().explainedVarianceRatio(),
                b.pca().explainedVariance());
        Report.Metrics metrics = new Report.Metrics(config.metrics().neighbors(),
                Report.EmbeddingMetrics.of(b.pcaScores()), null);
        return new Report(Report.FORMAT, Report.VERSION, info, silhouette, pca, metrics, null, null, null, timing,
                List.copyOf(warnings));
    }
}

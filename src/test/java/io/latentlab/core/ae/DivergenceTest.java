package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.data.Scaler;
import io.latentlab.core.data.ScalingMethod;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Learning rates far too large: the run says it diverged and keeps the best weights it saw. */
class DivergenceTest {

    private static final Matrix TRAIN = Scaler.fit(ScalingMethod.MINMAX, NotebookLikeData.blobs(600, 10, 3, 5))
            .transform(NotebookLikeData.blobs(600, 10, 3, 5));

    private record Case(String name, OptimizerConfig optimizer) {}

    private static final List<Case> CASES = List.of(
            new Case("Adam, learning rate 30", OptimizerConfig.adam(30)),
            new Case("Adam, learning rate 3", OptimizerConfig.adam(3)),
            new Case("SGD, learning rate 0.3", OptimizerConfig.sgd(0.3, 0.9, true)),
            new Case("SGD, learning rate 1.0", OptimizerConfig.sgd(1.0, 0.9, true)),
            new Case("SGD, learning rate 50", OptimizerConfig.sgd(50, 0.9, true)));

    private static final Pattern KEPT =
            Pattern.compile("Kept the weights of (the initialisation|epoch (\\d+)) \\(loss ([^)]+)\\)");

    @Test
    void tooLargeLearningRatesNeverPassAsConverged() {
        int tried = 0;
        int handled = 0;
        for (Case c : CASES) {
            tried++;
            AutoencoderConfig config = AutoencoderConfig.builder()
                    .encoder(List.of(16))
                    .bottleneck(2)
                    .maxEpochs(40)
                    .optimizer(c.optimizer())
                    .build();
            TrainingResult r = new TrainingSession(config, TRAIN, null).run();
            String what =
                    c.name() + ": " + r.stopReason() + " " + r.stopMessage() + " " + Arrays.toString(r.lossCurve());
            System.out.println(what);
            double best = Arrays.stream(r.lossCurve()).min().orElse(Double.NaN);
            double worst = Arrays.stream(r.lossCurve()).max().orElse(Double.NaN);
            if (r.stopReason() == StopReason.DIVERGED) {
                Matcher m = KEPT.matcher(r.stopMessage());
                assertTrue(m.find(), what);
                if (m.group(2) != null) {
                    int epoch = Integer.parseInt(m.group(2));
                    assertEquals(best, r.lossCurve()[epoch - 1], what);
                }
            } else {
                assertTrue(worst <= DivergenceWatch.GROWTH * best, "a loss that grew 100-fold passed: " + what);
            }
            for (double w : r.model().weights(0)) {
                assertTrue(Double.isFinite(w), what);
            }
            handled++;
        }
        System.out.println("divergence catalogue: tried " + tried + ", handled " + handled);
        assertEquals(CASES.size(), handled);
    }

    @Test
    void theGrowthRuleNeedsBothTheBestAndTheFirstEpoch() {
        DivergenceWatch w = new DivergenceWatch();
        double[] p = {1, 2};
        w.start(0.3, p);
        assertNull(w.trouble(20, false, Double.NaN, 1), "epoch 1: below 100x the initial loss");
        assertNotNull(w.trouble(31, false, Double.NaN, 1), "epoch 1: above 100x the initial loss");
        w.accept(1, 0.25, new double[] {3, 4});
        assertNull(w.trouble(2.0, false, Double.NaN, 1));
        assertNull(w.trouble(24.0, false, Double.NaN, 1), "below 100x the best");
        assertNotNull(w.trouble(4e10, false, Double.NaN, 1));
        assertNotNull(w.trouble(Double.NaN, false, Double.NaN, 1));
        assertNotNull(w.trouble(0.1, true, Double.POSITIVE_INFINITY, 1));
        assertNotNull(w.trouble(0.1, false, Double.NaN, 2e6));
        assertEquals("Kept the weights of epoch 1 (loss 0.250000)", w.kept());
        assertEquals(3, w.bestParams()[0]);
        w.accept(2, 0.5, new double[] {5, 6});
        assertEquals(3, w.bestParams()[0], "a worse epoch does not replace the best");
        DivergenceWatch fromStart = new DivergenceWatch();
        fromStart.start(0.1, p);
        fromStart.accept(1, 0.2, new double[] {7, 8});
        assertEquals("Kept the weights of the initialisation (loss 0.100000)", fromStart.kept());
        assertEquals(1, fromStart.bestParams()[0]);
    }
}

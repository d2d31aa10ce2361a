package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Going on after a run stopped, and changing the learning rate while training, both leave a config behind that
 * reproduces the run bit for bit in one go.
 */
class ContinueAndScheduleTest {

    private static final Matrix TRAIN = NotebookLikeData.blobs(600, 12, 4, 7);
    private static final Matrix TEST = NotebookLikeData.blobs(80, 12, 4, 8);

    private static AutoencoderConfig small(int epochs, StoppingConfig stopping) {
        return AutoencoderConfig.builder()
                .layers(List.of(16), 2, List.of())
                .batchSize(50)
                .maxEpochs(epochs)
                .stopping(stopping)
                .seed(3)
                .build();
    }

    private static double[] weights(TrainedAutoencoder m) {
        int n = 0;
        for (int l = 0; l < m.layerCount(); l++) {
            n += m.weights(l).length + m.biases(l).length;
        }
        double[] all = new double[n];
        int at = 0;
        for (int l = 0; l < m.layerCount(); l++) {
            System.arraycopy(m.weights(l), 0, all, at, m.weights(l).length);
            at += m.weights(l).length;
            System.arraycopy(m.biases(l), 0, all, at, m.biases(l).length);
            at += m.biases(l).length;
        }
        return all;
    }

    @Test
    void goingOnAfterAStopEqualsOneLongerRun() {
        TrainingSession session = new TrainingSession(small(5, StoppingConfig.none()), TRAIN, TEST);
        TrainingResult first = session.run();
        TrainingResult more = session.continueTraining(4);
        assertEquals(5, first.epochs());
        assertEquals(9, more.epochs());
        assertEquals(9, more.testLossCurve().length, "the test loss is tracked with snapshot rows");
        assertEquals(StopRule.NONE, more.config().training().stopping().rule());
        assertEquals(9, more.config().training().maxEpochs());

        TrainingResult once = new TrainingSession(more.config(), TRAIN, null).run();
        assertArrayEquals(once.lossCurve(), more.lossCurve());
        assertArrayEquals(weights(once.model()), weights(more.model()));
        assertEquals(0, once.testLossCurve().length);
    }

    @Test
    void aRunThatConvergedGoesOnAndItsConfigSaysHowManyEpochs() {
        TrainingSession session = new TrainingSession(small(400, StoppingConfig.trainingLoss(1e-3, 2)), TRAIN, null);
        TrainingResult first = session.run();
        assertEquals(StopReason.CONVERGED, first.stopReason());
        assertEquals(first.config(), session.config(), "a run that was not continued keeps its config");
        TrainingResult more = session.continueTraining(3);
        assertTrue(more.epochs() > first.epochs());
        TrainingResult once = new TrainingSession(more.config(), TRAIN, null).run();
        assertEquals(more.epochs(), once.epochs());
        assertArrayEquals(weights(once.model()), weights(more.model()));
    }

    @Test
    void aRateChangedWhileTrainingBecomesTheScheduleThatReproducesTheRun() {
        TrainingSession session = new TrainingSession(small(6, StoppingConfig.none()), TRAIN, null);
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                if (e.epoch() == 2) {
                    session.setLearningRate(5e-4);
                }
            }
        });
        TrainingResult r = session.run();
        double start = session.config().training().optimizer().learningRate();
        assertArrayEquals(new double[] {start, start, 5e-4, 5e-4, 5e-4, 5e-4}, r.learningRates());
        assertEquals(
                List.of(new LearningRateChange(3, 5e-4)),
                r.config().training().optimizer().schedule());

        TrainingResult again = new TrainingSession(r.config(), TRAIN, null).run();
        assertArrayEquals(r.learningRates(), again.learningRates());
        assertArrayEquals(r.lossCurve(), again.lossCurve());
        assertArrayEquals(weights(r.model()), weights(again.model()));
    }

    @Test
    void aScheduleMustGoForwardAndOnlyAStoppedRunContinues() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OptimizerConfig.adam(1e-3)
                        .withSchedule(List.of(new LearningRateChange(5, 1e-4), new LearningRateChange(5, 1e-5))));
        TrainingSession fresh = new TrainingSession(small(2, StoppingConfig.none()), TRAIN, null);
        assertThrows(IllegalStateException.class, () -> fresh.continueTraining(1));
        fresh.cancel();
        fresh.run();
        assertThrows(IllegalStateException.class, () -> fresh.continueTraining(1));
    }
}

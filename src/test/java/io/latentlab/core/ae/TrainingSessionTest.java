package io.latentlab.core.ae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.data.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Matrix TRAIN = NotebookLikeData.notebookTrain();
    private static final Matrix TEST = NotebookLikeData.blobs(400, 50, 20, 99);

    private static List<EpochEvent> record(TrainingSession session) {
        List<EpochEvent> events = new CopyOnWriteArrayList<>();
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent event) {
                events.add(event);
            }
        });
        return events;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(1);
        }
    }

    private static double[] allWeights(TrainedAutoencoder m) {
        List<Double> all = new ArrayList<>();
        for (int l = 0; l < m.layerCount(); l++) {
            for (double w : m.weights(l)) {
                all.add(w);
            }
            for (double b : m.biases(l)) {
                all.add(b);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void notebookPresetLossDecreases() {
        TrainingSession session = new TrainingSession(
                AutoencoderConfig.notebook().toBuilder().maxEpochs(6).build(), TRAIN, TEST);
        List<EpochEvent> events = record(session);
        TrainingResult r = session.run();

        assertEquals(6, r.epochs());
        assertEquals(StopReason.MAX_EPOCHS, r.stopReason());
        double[] loss = r.lossCurve();
        assertEquals(6, loss.length);
        assertTrue(loss[5] < 0.7 * loss[0], "loss should fall clearly: " + Arrays.toString(loss));
        for (int i = 1; i < loss.length; i++) {
            assertTrue(loss[i] < loss[i - 1] * 1.02, "loss should not rise: " + Arrays.toString(loss));
        }
        assertEquals(0, r.validationLossCurve().length);
        assertEquals(6, events.size());
        for (int i = 0; i < 6; i++) {
            EpochEvent e = events.get(i);
            assertEquals(i + 1, e.epoch());
            assertEquals(loss[i], e.trainLoss());
            assertTrue(Double.isNaN(e.validationLoss()));
            assertEquals(1e-3, e.learningRate());
            assertNotNull(e.latentSnapshot(), "snapshotEvery 1 streams every epoch");
            assertEquals(400, e.latentSnapshot().rows());
            assertEquals(2, e.latentSnapshot().cols());
            assertEquals(2, e.latent().width());
            assertTrue(e.elapsedSeconds() >= e.epochSeconds() && e.epochSeconds() > 0);
        }
        // The streamed coordinates agree with the double-precision model (float64 training: to rounding).
        Matrix last = events.get(5).latentSnapshot();
        Matrix encoded = r.model().encode(TEST);
        for (int i = 0; i < last.data().length; i++) {
            assertEquals(encoded.data()[i], last.data()[i], 1e-9);
        }
        assertEquals(encoded, r.finalLatent());
        // The reported loss is sklearn's: half the MSE (alpha is negligible here), up to training drift in the epoch.
        assertEquals(0.5 * r.model().reconstructionMse(TRAIN), loss[5], 0.1 * loss[5]);
    }

    @Test
    void recommendedPresetKeepsEveryLatentUnitAlive() {
        TrainingSession session =
                new TrainingSession(AutoencoderConfig.builder().maxEpochs(8).build(), TRAIN, null);
        List<EpochEvent> events = record(session);
        TrainingResult r = session.run();
        assertEquals(8, events.size());
        for (EpochEvent e : events) {
            assertFalse(
                    e.latent().anyDead(),
                    "epoch " + e.epoch() + ": " + Arrays.toString(e.latent().variance()));
            assertNull(e.latentSnapshot());
        }
        assertFalse(r.latent().anyDead());
        assertEquals(2000, r.latent().rowsUsed(), "diagnostics use a fixed subset of at most 2000 rows");
        assertTrue(r.finalLoss() < r.lossCurve()[0]);
    }

    @Test
    void sameSeedGivesBitwiseIdenticalRuns() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(3)
                .noise(NoiseConfig.gaussian(0.05))
                .stopping(StoppingConfig.validation(1e-4, 5, 0.2))
                .build();
        TrainingResult a = new TrainingSession(c, TRAIN, TEST).run();
        TrainingResult b = new TrainingSession(c, TRAIN, TEST).run();
        assertArrayEquals(a.lossCurve(), b.lossCurve());
        assertArrayEquals(a.validationLossCurve(), b.validationLossCurve());
        assertArrayEquals(allWeights(a.model()), allWeights(b.model()));
        assertEquals(a.finalLatent(), b.finalLatent());

        TrainingResult other = new TrainingSession(c.toBuilder().seed(18).build(), TRAIN, TEST).run();
        assertFalse(Arrays.equals(a.lossCurve(), other.lossCurve()), "another seed should give another run");
    }

    @Test
    void epochsEvaluatedAsideGiveTheTrainingThreadsNumbersInOrder() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(5)
                .stopping(StoppingConfig.validation(1e-4, 5, 0.2))
                .build(); // float32, validation rows held out, a snapshot every epoch
        TrainingSession inline = new TrainingSession(c, TRAIN, TEST);
        List<EpochEvent> expected = record(inline);
        TrainingResult a = inline.run();

        TrainingSession aside = new TrainingSession(c, TRAIN, TEST);
        aside.evaluateAside();
        List<EpochEvent> events = record(aside);
        Thread training = Thread.currentThread();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        aside.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                threads.add(Thread.currentThread());
            }
        });
        TrainingResult b = aside.run();

        assertEquals(5, events.size(), "every epoch is delivered before run() returns");
        assertTrue(threads.stream().noneMatch(t -> t == training), "the listeners ran on another thread");
        for (int i = 0; i < 5; i++) {
            EpochEvent x = expected.get(i);
            EpochEvent y = events.get(i);
            assertEquals(i + 1, y.epoch());
            assertEquals(x.trainLoss(), y.trainLoss());
            assertEquals(x.validationLoss(), y.validationLoss());
            assertEquals(x.testLoss(), y.testLoss());
            assertTrue(Double.isFinite(y.testLoss()));
            assertEquals(x.learningRate(), y.learningRate());
            assertArrayEquals(x.latent().variance(), y.latent().variance());
            assertArrayEquals(x.latent().activeFraction(), y.latent().activeFraction());
            assertEquals(x.latentSnapshot(), y.latentSnapshot());
        }
        assertArrayEquals(a.testLossCurve(), b.testLossCurve());
        assertArrayEquals(a.lossCurve(), b.lossCurve());
        assertArrayEquals(allWeights(a.model()), allWeights(b.model()));
        assertArrayEquals(allWeights(a.model()), allWeights(aside.latestModel()));
    }

    @Test
    void aSessionEvaluatingAsideParksOnlyWhenEveryEpochIsOut() throws Exception {
        TrainingSession session =
                new TrainingSession(AutoencoderConfig.builder().maxEpochs(50).build(), TRAIN, TEST);
        session.evaluateAside();
        List<EpochEvent> events = new CopyOnWriteArrayList<>();
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                try {
                    Thread.sleep(150); // slow: without waiting, training would park before this epoch is out
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                events.add(e);
            }
        });
        session.pause();
        CompletableFuture<TrainingResult> run = CompletableFuture.supplyAsync(session::run);
        await(session::isPaused, "parked before the first epoch");
        for (int step = 1; step <= 3; step++) {
            long before = session.batchesCompleted();
            session.step();
            await(() -> session.batchesCompleted() > before, "step " + step + " trains");
            await(session::isPaused, "parked after step " + step);
            assertEquals(step, events.size(), "every epoch is out when the session shows as paused");
            assertEquals(step, events.get(step - 1).epoch());
        }
        session.cancel();
        assertEquals(StopReason.CANCELLED, run.get(20, TimeUnit.SECONDS).stopReason());
        assertEquals(3, events.size());
    }

    @Test
    void aListenersFailureAsideEndsTheRunWithTheLastEpochTrained() {
        AutoencoderConfig c = AutoencoderConfig.builder().maxEpochs(50).build();
        TrainingSession session = new TrainingSession(c, TRAIN, TEST);
        session.evaluateAside();
        session.addListener(BreakingListener.at(2));

        TrainingResult r = session.run();

        assertEquals(StopReason.FAILED, r.stopReason());
        assertTrue(r.epochs() >= 2 && r.epochs() < 50, "it stops soon after the failure: " + r.epochs());
        assertEquals(
                "Training failed (IllegalStateException: listener broke). The model has the weights of epoch "
                        + r.epochs() + ", the last one trained.",
                r.stopMessage());
        assertEquals(r.epochs(), r.lossCurve().length);
        // Those are exactly the weights of a run that stopped there, not a half-done mini-batch's, and the result's
        // config is that run's.
        assertEquals(r.epochs(), r.config().training().maxEpochs());
        TrainingResult clean = new TrainingSession(r.config(), TRAIN, TEST).run();
        assertEquals(StopReason.MAX_EPOCHS, clean.stopReason());
        assertArrayEquals(allWeights(clean.model()), allWeights(r.model()));
        assertArrayEquals(clean.lossCurve(), r.lossCurve());
        // Epochs after the failure were trained but never evaluated: no test loss rather than a made-up one.
        double[] test = r.testLossCurve();
        assertEquals(r.epochs(), test.length);
        assertEquals(clean.testLossCurve()[1], test[1], "epoch 2 was evaluated before its listener broke");
        for (int e = 3; e <= r.epochs(); e++) {
            assertTrue(Double.isNaN(test[e - 1]), "epoch " + e + " has no test loss: " + test[e - 1]);
        }
        IllegalStateException goOn = assertThrows(IllegalStateException.class, () -> session.continueTraining(1));
        assertEquals("a session that failed cannot continue", goOn.getMessage());
    }

    @Test
    void aListenersFailureOnTheTrainingThreadKeepsThatEpoch() {
        AutoencoderConfig c = AutoencoderConfig.builder().maxEpochs(20).build();
        TrainingSession session = new TrainingSession(c, TRAIN, null);
        session.addListener(BreakingListener.at(3));

        TrainingResult r = session.run();

        assertEquals(StopReason.FAILED, r.stopReason());
        assertEquals(3, r.epochs(), "epoch 3 was trained; its announcement failed");
        TrainingResult clean = new TrainingSession(c.toBuilder().maxEpochs(3).build(), TRAIN, null).run();
        assertArrayEquals(allWeights(clean.model()), allWeights(r.model()));
    }

    @Test
    void aFailedContinuationKeepsTheEpochsBeforeIt() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(3)
                .stopping(StoppingConfig.none())
                .build();
        TrainingSession session = new TrainingSession(c, TRAIN, null);
        session.run();
        session.addListener(BreakingListener.at(4));

        TrainingResult r = session.continueTraining(5);

        assertEquals(StopReason.FAILED, r.stopReason());
        assertEquals(4, r.epochs(), "the three before and the one whose announcement failed");
        TrainingResult clean = new TrainingSession(c.toBuilder().maxEpochs(4).build(), TRAIN, null).run();
        assertArrayEquals(clean.lossCurve(), r.lossCurve());
        assertArrayEquals(allWeights(clean.model()), allWeights(r.model()));
    }

    @Test
    void aFailureAfterTheRunStoppedByItselfKeepsTheWeightsItsStopChose() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(6)
                .stopping(StoppingConfig.validation(0.0, 100, 0.2))
                .build();
        TrainingSession session = new TrainingSession(c, TRAIN, null);
        session.addListener(BreakingListener.at(6)); // the last epoch's announcement, after the rule decided

        TrainingResult r = session.run();

        TrainingResult clean = new TrainingSession(c, TRAIN, null).run();
        assertEquals(StopReason.FAILED, r.stopReason());
        assertEquals(
                "Training failed (IllegalStateException: listener broke) after it had stopped: " + clean.stopMessage(),
                r.stopMessage());
        assertTrue(clean.stopMessage().contains("Restored the weights of epoch"), clean.stopMessage());
        assertArrayEquals(allWeights(clean.model()), allWeights(r.model()), "the best epoch's, as restored");
        assertEquals("listener broke", session.failure().getMessage(), "the error itself is kept, with its trace");
    }

    @Test
    void aFailureThatAlsoStopsTheResultIsThrownWithBoth() {
        TrainingSession session =
                new TrainingSession(AutoencoderConfig.builder().maxEpochs(20).build(), TRAIN, null);
        session.addListener(BreakingListener.at(2, true));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, session::run);

        assertEquals("listener broke", thrown.getMessage(), "the first error is the one told");
        assertEquals(1, thrown.getSuppressed().length);
        assertEquals("listener broke again", thrown.getSuppressed()[0].getMessage());
    }

    @Test
    void float64RunsAreDeterministicToo() {
        AutoencoderConfig c =
                AutoencoderConfig.notebook().toBuilder().maxEpochs(2).build();
        TrainingResult a = new TrainingSession(c, TRAIN, null).run();
        TrainingResult b = new TrainingSession(c, TRAIN, null).run();
        assertArrayEquals(a.lossCurve(), b.lossCurve());
        assertArrayEquals(allWeights(a.model()), allWeights(b.model()));
    }

    @Test
    void hugeLearningRateStopsAsDivergedWithFiniteWeights() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(20)
                .optimizer(OptimizerConfig.sgd(50, 0.9, true))
                .build();
        TrainingResult r = new TrainingSession(c, TRAIN, TEST).run();
        assertEquals(StopReason.DIVERGED, r.stopReason(), r.stopMessage());
        assertTrue(r.stopMessage().contains("diverged"), r.stopMessage());
        assertTrue(r.epochs() < 20);
        for (double w : allWeights(r.model())) {
            assertTrue(Double.isFinite(w) && Math.abs(w) <= TrainingSession.EXPLODED_WEIGHT);
        }
        for (double l : r.lossCurve()) {
            assertTrue(Double.isFinite(l));
        }
        for (double z : r.finalLatent().data()) {
            assertTrue(Double.isFinite(z));
        }
    }

    @Test
    void trainingLossRuleConvergesLikeSklearn() {
        // tol 1 makes every epoch after the first count as "no improvement": stop when the count exceeds patience.
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(50)
                .stopping(StoppingConfig.trainingLoss(1.0, 2))
                .build();
        TrainingResult r = new TrainingSession(c, TRAIN, null).run();
        assertEquals(StopReason.CONVERGED, r.stopReason());
        assertEquals(4, r.epochs());
        assertTrue(r.stopMessage().contains("3 consecutive epochs"), r.stopMessage());
    }

    @Test
    void validationRuleRestoresTheBestWeights() {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(50)
                .stopping(StoppingConfig.validation(1.0, 1, 0.25))
                .build();
        TrainingResult r = new TrainingSession(c, TRAIN, null).run();
        assertEquals(StopReason.EARLY_STOPPED, r.stopReason());
        assertEquals(3, r.epochs());
        assertEquals(3, r.validationLossCurve().length);
        int best = 0;
        for (int i = 1; i < 3; i++) {
            if (r.validationLossCurve()[i] < r.validationLossCurve()[best]) {
                best = i;
            }
        }
        TrainingResult shorter =
                new TrainingSession(c.toBuilder().maxEpochs(best + 1).build(), TRAIN, null).run();
        assertArrayEquals(allWeights(shorter.model()), allWeights(r.model()), "weights of epoch " + (best + 1));
        assertTrue(r.stopMessage().contains("Restored the weights of epoch " + (best + 1)), r.stopMessage());
    }

    @Test
    void cancelFromAnotherThreadStopsWithinOneBatch() throws Exception {
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(10000)
                .batchSize(16)
                .stopping(StoppingConfig.none())
                .build();
        TrainingSession session = new TrainingSession(c, TRAIN, null);
        CompletableFuture<TrainingResult> running = CompletableFuture.supplyAsync(session::run);
        await(() -> session.batchesCompleted() > 300, "some batches ran");
        session.cancel();
        // Read after cancel() returned: from here on only the batch already in flight may still finish.
        long atCancel = session.batchesCompleted();
        TrainingResult r = running.get(20, TimeUnit.SECONDS);
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertTrue(
                session.batchesCompleted() <= atCancel + 1,
                "at most the batch in flight finishes: " + atCancel + " -> " + session.batchesCompleted());
        int perEpoch = (TRAIN.rows() + 15) / 16;
        assertEquals(session.batchesCompleted() / perEpoch, r.epochs(), "only completed epochs count");
        assertEquals(r.epochs(), r.lossCurve().length);
        assertNotNull(r.model());
    }

    @Test
    void pauseStepResumeAndLearningRate() throws Exception {
        int perEpoch = (TRAIN.rows() + 31) / 32;
        AutoencoderConfig c = AutoencoderConfig.builder()
                .maxEpochs(10000)
                .batchSize(32)
                .stopping(StoppingConfig.none())
                .build();
        TrainingSession session = new TrainingSession(c, TRAIN, null);
        List<EpochEvent> events = record(session);
        session.pause(); // starts paused
        CompletableFuture<TrainingResult> running = CompletableFuture.supplyAsync(session::run);
        await(session::isPaused, "paused before the first batch");
        assertEquals(0, session.batchesCompleted());

        session.step(); // exactly one epoch, then paused again
        await(() -> events.size() == 1 && session.isPaused(), "one stepped epoch");
        assertEquals(perEpoch, session.batchesCompleted());
        Thread.sleep(50);
        assertEquals(perEpoch, session.batchesCompleted(), "stays paused after a step");

        session.setLearningRate(5e-4);
        session.step();
        await(() -> events.size() == 2 && session.isPaused(), "second stepped epoch");
        assertEquals(2L * perEpoch, session.batchesCompleted());
        assertEquals(5e-4, events.get(1).learningRate());

        session.resume();
        await(() -> events.size() >= 3, "training resumed");
        session.pause();
        await(session::isPaused, "paused mid-run");
        long atPause = session.batchesCompleted();
        int epochsAtPause = events.size();
        Thread.sleep(50);
        assertEquals(atPause, session.batchesCompleted(), "no batch runs while paused");
        session.step(); // from mid-epoch: finishes the current epoch
        await(() -> session.isPaused() && events.size() == epochsAtPause + 1, "finished the current epoch");
        assertEquals(0, session.batchesCompleted() % perEpoch, "paused at an epoch boundary");

        session.cancel(); // cancel also ends a pause
        TrainingResult r = running.get(20, TimeUnit.SECONDS);
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertEquals(epochsAtPause + 1, r.epochs());
        assertTrue(r.secondsTotal() < 20, "paused time is not counted");
    }

    @Test
    void newLearningRateAppliesFromTheNextBatch() {
        AutoencoderConfig c =
                AutoencoderConfig.notebook().toBuilder().maxEpochs(2).build();
        TrainedAutoencoder afterOne = new TrainingSession(
                        c.toBuilder().maxEpochs(1).build(), TRAIN, null)
                .run()
                .model();

        TrainingSession session = new TrainingSession(c, TRAIN, null);
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                if (e.epoch() == 1) {
                    session.setLearningRate(1e-30); // Adam steps of ~1e-30 leave float64 weights as they are
                }
            }
        });
        List<EpochEvent> events = record(session);
        TrainingResult r = session.run();
        assertEquals(1e-30, events.get(1).learningRate());
        assertArrayEquals(
                new double[] {c.training().optimizer().learningRate(), 1e-30}, r.learningRates(), "the schedule used");
        assertArrayEquals(allWeights(afterOne), allWeights(r.model()));
        assertThrows(IllegalArgumentException.class, () -> session.setLearningRate(-1));
    }

    @Test
    void aSessionRunsOnce() {
        TrainingSession session =
                new TrainingSession(AutoencoderConfig.builder().maxEpochs(1).build(), TRAIN, null);
        session.run();
        IllegalStateException e = assertThrows(IllegalStateException.class, session::run);
        assertTrue(e.getMessage().contains("runs only once"));
    }

    @Test
    void rejectsUnusableData() {
        AutoencoderConfig c = AutoencoderConfig.recommended();
        double[] bad = TRAIN.data().clone();
        bad[57] = Double.NaN;
        IllegalArgumentException nan = assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingSession(c, new Matrix(TRAIN.rows(), TRAIN.cols(), bad), null));
        assertEquals("training data contains a non-finite value (NaN) at row 1, column 7", nan.getMessage());
        IllegalArgumentException width =
                assertThrows(IllegalArgumentException.class, () -> new TrainingSession(c, TRAIN, Matrix.zeros(3, 49)));
        assertTrue(width.getMessage().contains("49 columns"));
        IllegalArgumentException tiny = assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingSession(
                        c.toBuilder()
                                .stopping(StoppingConfig.validation(1e-4, 3, 0.5))
                                .build(),
                        Matrix.zeros(1, 50),
                        null));
        assertTrue(tiny.getMessage().contains("too few"), tiny.getMessage());
    }

    @Test
    void shortLastBatchAndBatchLargerThanData() {
        Matrix small = NotebookLikeData.blobs(45, 6, 3, 1);
        AutoencoderConfig c = AutoencoderConfig.builder()
                .layers(List.of(5), 2, List.of())
                .maxEpochs(3)
                .build();
        TrainingSession s1 = new TrainingSession(c.toBuilder().batchSize(20).build(), small, small);
        TrainingResult r1 = s1.run();
        assertEquals(3 * 3, s1.batchesCompleted(), "20 + 20 + 5 rows per epoch");
        TrainingSession s2 = new TrainingSession(c.toBuilder().batchSize(500).build(), small, null);
        TrainingResult r2 = s2.run();
        assertEquals(3, s2.batchesCompleted(), "the batch is capped at the data size");
        assertTrue(Double.isFinite(r1.finalLoss()) && Double.isFinite(r2.finalLoss()));
    }

    /** 8-2 encoder, batches of 30, float64: a few epochs of it take milliseconds. */
    private static AutoencoderConfig smallFloat64(int epochs) {
        return AutoencoderConfig.builder()
                .layers(List.of(8), 2, List.of())
                .maxEpochs(epochs)
                .batchSize(30)
                .precision(Precision.FLOAT64)
                .build();
    }

    @Test
    void latestModelIsTheLastEpochsWeights() {
        Matrix data = NotebookLikeData.blobs(90, 6, 3, 2);
        TrainingSession session = new TrainingSession(smallFloat64(3), data, null);
        org.junit.jupiter.api.Assertions.assertNull(session.latestModel());
        TrainingResult result = session.run();
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                result.model().encode(data).data(),
                session.latestModel().encode(data).data());
    }

    @Test
    void aLatestModelTakenDuringTrainingKeepsItsEpochsWeights() {
        Matrix data = NotebookLikeData.blobs(90, 6, 3, 2);
        TrainingSession session = new TrainingSession(smallFloat64(4), data, null);
        TrainedAutoencoder[] atEpoch1 = new TrainedAutoencoder[1];
        double[][] encodedThen = new double[1][];
        session.addListener(new TrainingListener() {
            @Override
            public void onEpoch(EpochEvent e) {
                if (e.epoch() == 1) {
                    atEpoch1[0] = session.latestModel();
                    assertSame(atEpoch1[0], session.latestModel());
                    encodedThen[0] = atEpoch1[0].encode(data).data();
                }
            }
        });
        TrainingResult result = session.run();
        assertArrayEquals(encodedThen[0], atEpoch1[0].encode(data).data());
        assertFalse(Arrays.equals(encodedThen[0], result.model().encode(data).data()));
    }

    @Test
    void theLatestWeightsAreACopyNotTheTrainingThreadsBuffer() {
        Matrix data = NotebookLikeData.blobs(90, 6, 3, 2);
        TrainedAutoencoder afterOne =
                new TrainingSession(smallFloat64(1), data, null).run().model();
        for (boolean aside : new boolean[] {false, true}) {
            TrainingSession session = new TrainingSession(smallFloat64(4), data, aside ? data : null);
            if (aside) {
                session.evaluateAside();
            }
            LatestWeights[] atEpoch1 = new LatestWeights[1];
            session.addListener(new TrainingListener() {
                @Override
                public void onEpoch(EpochEvent e) {
                    if (e.epoch() == 1) {
                        atEpoch1[0] = session.latestWeights(); // not made into a model until after the run
                    }
                }
            });
            session.run();
            // The training thread reused its buffer for three more epochs before this model was made.
            assertArrayEquals(
                    afterOne.encode(data).data(),
                    atEpoch1[0].model().encode(data).data(),
                    "aside: " + aside);
        }
    }

    /** PCA or another model may change the process-wide thread count between segments; each segment sets its own. */
    @Test
    void everySegmentTrainsWithTheSessionsOwnThreadCount() {
        TrainingSession session =
                new TrainingSession(AutoencoderConfig.builder().maxEpochs(2).build(), TRAIN, null);
        session.fixThreads(2);
        int before = io.latentlab.core.math.Nd4jRuntime.threads();
        try {
            session.run();
            assertEquals(2, io.latentlab.core.math.Nd4jRuntime.threads());
            io.latentlab.core.math.Nd4jRuntime.useThreads(1); // what a PCA in between may leave
            session.continueTraining(1);
            assertEquals(2, io.latentlab.core.math.Nd4jRuntime.threads(), "the session's count again");
        } finally {
            io.latentlab.core.math.Nd4jRuntime.useThreads(before);
        }
    }
}

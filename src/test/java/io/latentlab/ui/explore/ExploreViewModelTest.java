package io.latentlab.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainedAutoencoder;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.core.pipeline.Outcome;
import io.latentlab.core.pipeline.Pipeline;
import io.latentlab.core.pipeline.ProgressListener;
import io.latentlab.ui.task.TaskExecutor;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explore view-models without a toolkit: what a pulse decodes, and what it leaves alone. */
class ExploreViewModelTest {

    private static Outcome early;
    private static Outcome late;

    /** A stand-in for the lab: whatever the test sets is what the next pulse sees. */
    private static final class Lab implements ExploreSource {
        Baseline baseline;
        TrainedAutoencoder model;
        Matrix latent;
        AutoencoderConfig config;

        void show(Outcome o) {
            baseline = o.baseline();
            model = o.model();
            latent = o.latent().latentTest();
            config = o.config().autoencoder();
        }

        @Override
        public Baseline baseline() {
            return baseline;
        }

        @Override
        public TrainedAutoencoder model() {
            return model;
        }

        @Override
        public Matrix latentTest() {
            return latent;
        }

        @Override
        public AutoencoderConfig modelConfig() {
            return config;
        }
    }

    /** Runs background work only when asked, like a busy worker thread. */
    private static final class HeldExecutor implements TaskExecutor {
        final Queue<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void execute(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {}
    }

    private Lab lab;
    private HeldExecutor executor;
    private ExploreViewModel vm;

    private static Outcome train(int epochs, int bottleneck) {
        return Pipeline.run(
                ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4}},"
                        + "\"autoencoder\":{\"network\":{\"encoder\":[8],\"bottleneck\":" + bottleneck + "},"
                        + "\"training\":{\"maxEpochs\":" + epochs + ",\"batchSize\":32,\"stopping\":{\"rule\":"
                        + "\"none\"},\"noise\":{\"type\":\"masking\",\"level\":0.3}}}}"),
                ProgressListener.SILENT);
    }

    @BeforeAll
    static void trainTwice() {
        early = train(2, 2);
        late = train(6, 2);
    }

    @BeforeEach
    void setUp() {
        lab = new Lab();
        executor = new HeldExecutor();
        vm = new ExploreViewModel(executor, lab, () -> 0);
    }

    @Test
    void theGridDecodesOnlyWhileShownAndOneGridAtATime() {
        lab.show(early);
        vm.pulse();
        executor.runAll();
        assertEquals(0, vm.grid().decodedCount(), "hidden: nothing decoded");
        vm.grid().shownProperty().set(true);
        vm.pulse();
        executor.runAll();
        assertEquals(1, vm.grid().decodedCount());
        assertEquals(144, vm.grid().mosaicProperty().get().tiles().rows());
        vm.pulse();
        executor.runAll();
        assertEquals(1, vm.grid().decodedCount(), "nothing changed, nothing decoded");

        // Training goes on: a grid is decoding while three more epochs arrive; one grid follows, with the newest.
        lab.model = late.model();
        vm.pulse();
        lab.latent = late.latent().latentTest();
        vm.pulse();
        vm.grid().sizeProperty().set(5);
        vm.pulse();
        assertEquals(1, executor.held.size(), "one grid in flight");
        executor.runAll();
        vm.pulse();
        assertEquals(1, executor.held.size(), "then the newest, once");
        executor.runAll();
        vm.pulse();
        assertTrue(executor.held.isEmpty());
        assertEquals(3, vm.grid().decodedCount());
        LatentGridViewModel.Mosaic m = vm.grid().mosaicProperty().get();
        assertEquals(25, m.tiles().rows());
        assertEquals(
                late.model()
                        .decode(new Matrix(
                                1, 2, m.box().at(0, m.box().min(0), 1, m.box().max(1))))
                        .row(0)[0],
                m.tiles().row(0)[0],
                1e-12,
                "the top-left tile decodes the box's corner with the newest weights");
    }

    @Test
    void aPickedRowShowsTheModelsNoiseAndFollowsNewWeights() {
        lab.show(early);
        vm.reconstruction().pick("x1");
        assertEquals(
                "\"x1\" is not a row number",
                vm.reconstruction().messageProperty().get());
        vm.pulse();
        vm.reconstruction().pick(60);
        assertEquals(
                "Row 60 is not a test row: pick 0 to 59",
                vm.reconstruction().messageProperty().get());
        vm.reconstruction().pick(4);
        assertEquals("", vm.reconstruction().messageProperty().get());
        vm.pulse();
        RowReconstruction.Shown shown = vm.reconstruction().shownProperty().get();
        assertEquals(4, shown.row());
        assertNotNull(shown.autoencoder().noisy(), "masking noise: the noisy input is shown");
        long masked = java.util.Arrays.stream(shown.autoencoder().noisy())
                .filter(v -> v == 0)
                .count();
        assertTrue(masked >= 0 && masked <= 6);
        double before = shown.autoencoder().error();
        // Training goes on: the same data, newer weights.
        lab.model = late.model();
        lab.latent = late.latent().latentTest();
        vm.pulse();
        RowReconstruction.Shown after = vm.reconstruction().shownProperty().get();
        assertEquals(
                late.model()
                        .reconstructionMse(new Matrix(
                                1, 6, early.baseline().data().test().x().row(4))),
                after.autoencoder().error(),
                1e-12);
        assertTrue(before != after.autoencoder().error(), "new weights, a new reconstruction");
        // The same row and seed give the same noisy picture, whatever the weights.
        assertTrue(java.util.Arrays.equals(
                shown.autoencoder().noisy(), after.autoencoder().noisy()));
    }

    @Test
    void interpolationPicksAlternateAndRowsGiveBothLines() {
        lab.show(late);
        vm.pulse();
        vm.interpolation().pickRow(1);
        vm.pulse();
        assertNull(vm.interpolation().stripsProperty().get(), "one end is not a line");
        vm.interpolation().pickRow(2);
        vm.pulse();
        Interpolator.Strips strips = vm.interpolation().stripsProperty().get();
        assertEquals(8, strips.autoencoder().rows());
        assertEquals(8, strips.pca().rows());
        assertEquals(
                List.of(late.model()
                        .reconstruct(new Matrix(
                                1, 6, late.baseline().data().test().x().row(2)))
                        .row(0)[3]),
                List.of(strips.autoencoder().row(7)[3]),
                "the last step decodes B's own code");
        // A latent spot has no PCA counterpart: the PCA line waits for rows or PCA spots.
        vm.interpolation().pickSpot(Space.AUTOENCODER, 0.1, 0.2);
        vm.interpolation().pickRow(3);
        vm.pulse();
        strips = vm.interpolation().stripsProperty().get();
        assertNotNull(strips.autoencoder());
        assertNull(strips.pca());
        assertEquals(-1, strips.from().row());
    }

    @Test
    void aBottleneckOfThreeOffersItsPairs() {
        Outcome three = train(2, 3);
        lab.show(three);
        vm.pulse();
        assertEquals(3, vm.pairsProperty().get().size());
        vm.showUnits(new UnitPair(1, 2));
        vm.showUnits(null);
        assertEquals(new UnitPair(1, 2), vm.unitsProperty().get());
        vm.decoder().pointAt(Space.AUTOENCODER, 0.5, -0.5);
        vm.pulse();
        double[] code = vm.decoder().autoencoderProperty().get().code();
        assertEquals(three.latent().latentTest().columnMeans()[0], code[0], 1e-12);
        assertEquals(0.5, code[1]);
        assertEquals(-0.5, code[2]);
        lab.show(late);
        vm.pulse();
        assertEquals(List.of(UnitPair.FIRST), vm.pairsProperty().get());
        assertEquals(UnitPair.FIRST, vm.unitsProperty().get());
    }
}

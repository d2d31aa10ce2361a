package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.config.ConfigJson;
import io.latentlab.ui.task.DirectTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A finished run with a learning-rate schedule goes on at the rate the schedule had reached, unless the user
 * changes the rate: the form shows the base rate, and handing that over unchanged would undo the schedule.
 */
class GoOnWithScheduleTest {

    private LabViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new LabViewModel(
                new DirectTaskExecutor(),
                ConfigJson.read("{\"data\":{\"blobs\":{\"samples\":300,\"features\":6,\"clusters\":3,\"seed\":4}},"
                        + "\"autoencoder\":{\"network\":{\"encoder\":[8]},\"training\":{\"maxEpochs\":4,"
                        + "\"batchSize\":32,\"stopping\":{\"rule\":\"none\"},\"optimizer\":{\"learningRate\":0.01,"
                        + "\"schedule\":[{\"epoch\":3,\"learningRate\":0.001}]}}}}"));
        vm.initialize();
        vm.training().trainOrPause();
    }

    private double[] rates() {
        TrainingResult r = vm.training().resultProperty().get();
        return r.learningRates();
    }

    @Test
    void stepAndTrainGoOnAtTheScheduledRate() {
        assertArrayEquals(new double[] {0.01, 0.01, 0.001, 0.001}, rates());
        assertEquals("0.01", vm.form().learningRate.text(), "the form shows the base rate");

        vm.training().step();
        assertArrayEquals(new double[] {0.01, 0.01, 0.001, 0.001, 0.001}, rates(), "Step");

        vm.form().maxEpochs.setText("2");
        vm.training().trainOrPause();
        assertArrayEquals(new double[] {0.01, 0.01, 0.001, 0.001, 0.001, 0.001, 0.001}, rates(), "Train");
    }

    @Test
    void aRateTheUserChangedIsTaken() {
        vm.form().learningRate.setText("0.02");
        vm.training().step();

        assertEquals(0.02, rates()[4]);
    }
}

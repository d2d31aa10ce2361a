package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.data.Matrix;
import io.latentlab.ui.form.ParameterForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a rate the user changed is handed to a model: the one the form showed when the model started, or came back. */
class LiveLearningRateTest {

    private final ParameterForm form = new ParameterForm(SmallExperiment.config(4));
    private final LabState state = new LabState();
    private final LiveLearningRate live = new LiveLearningRate(form, state);
    private final TrainingSession session = new TrainingSession(
            AutoencoderConfig.builder().encoder(List.of(4)).learningRate(0.002).build(),
            new Matrix(4, 2, new double[] {0, 1, 1, 0, 0.5, 0.5, 1, 1}),
            null);

    @Test
    void theRateTheModelStartedWithIsNotHandedOverAgain() {
        state.setPhase(Phase.TRAINING);
        form.learningRate.setText("0.002");
        assertTrue(Double.isNaN(live.apply(session)), "committing the unchanged field hands nothing over");
        form.learningRate.setText("0.005");
        assertEquals(0.005, live.apply(session));
        assertEquals(0.005, session.learningRate());
        assertTrue(Double.isNaN(live.apply(session)), "nor twice");
    }

    @Test
    void aModelBroughtBackCountsTheFormsRateAsTaken() {
        // Undo after a live change to 0.001: the form shows 0.001, which the model already runs at.
        live.shown(session, 0.001);
        live.goOn(session, 0.001);
        assertEquals(0.002, session.learningRate(), "nothing handed over: the model keeps what it had");
        live.goOn(session, 0.004);
        assertEquals(0.004, session.learningRate(), "a rate changed after Undo is handed over");
    }
}

package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.ui.form.ParameterForm;

/** The live learning rate: the form's rate handed to a running model, from its next mini-batch. */
final class LiveLearningRate {

    private final ParameterForm form;
    private final LabState state;

    LiveLearningRate(ParameterForm form, LabState state) {
        this.form = form;
        this.state = state;
    }

    /**
     * Hands the form's learning rate to {@code s} (null: no model) while it trains or is paused. The view calls this
     * when the field is committed (Enter or leaving it), not on every keystroke: "1e-3" must not run at 1.0 for a
     * moment.
     */
    void apply(TrainingSession s) {
        ExperimentConfig c = form.build().orElse(null);
        if (s == null || c == null || !state.isTrainingOrPaused()) {
            return;
        }
        double lr = c.autoencoder().training().optimizer().learningRate();
        if (lr != s.learningRate()) {
            s.setLearningRate(lr);
            state.setStatus("Learning rate set to " + lr + " from the next mini-batch");
        }
    }
}

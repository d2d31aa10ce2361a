package io.latentlab.ui.lab;

import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.validation.PlainNumber;
import io.latentlab.ui.form.ParameterForm;

/**
 * The live learning rate: the form's rate handed to a model, from its next epoch, while it trains or is paused and
 * when it goes on. Only a rate the user changed is handed over: the form shows the config's base rate, and handing
 * that over unchanged would override a schedule that has since lowered it (the fashion preset's, say).
 */
final class LiveLearningRate {

    private final ParameterForm form;
    private final LabState state;
    /** The model the rate below belongs to (null: none yet). */
    private TrainingSession session;
    /** The form's rate that {@link #session} last took: its config's base rate, or the last one handed over. */
    private double taken;

    LiveLearningRate(ParameterForm form, LabState state) {
        this.form = form;
        this.state = state;
    }

    /**
     * Hands the form's learning rate to {@code s} (null: no model) while it trains or is paused. The view calls this
     * when the field is committed (Enter or leaving it), not on every keystroke: "1e-3" must not run at 1.0 for a
     * moment. Returns the rate handed over, or NaN when none was.
     */
    double apply(TrainingSession s) {
        ExperimentConfig c = form.build().orElse(null);
        if (s == null || c == null || !state.isTrainingOrPaused()) {
            return Double.NaN;
        }
        double lr = c.autoencoder().training().optimizer().learningRate();
        if (!handOver(s, lr)) {
            return Double.NaN;
        }
        state.setStatus("Learning rate set to " + PlainNumber.of(lr) + " from the next epoch");
        return lr;
    }

    /** Before a finished model goes on with the form's rate {@code lr}: handed over only if the user changed it. */
    void goOn(TrainingSession s, double lr) {
        handOver(s, lr);
    }

    /** A model brought back (Undo) with the form showing {@code formRate}: that rate counts as taken. */
    void shown(TrainingSession s, double formRate) {
        session = s;
        taken = formRate;
    }

    /** The model is gone: let go of it (it holds its data and native buffers). */
    void forget() {
        session = null;
    }

    private boolean handOver(TrainingSession s, double lr) {
        if (s != session) {
            session = s;
            taken = s.config().training().optimizer().learningRate();
        }
        if (lr == taken) {
            return false;
        }
        s.setLearningRate(lr);
        taken = lr;
        return true;
    }
}

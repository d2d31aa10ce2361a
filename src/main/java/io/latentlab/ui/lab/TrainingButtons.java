package io.latentlab.ui.lab;

import io.latentlab.ui.form.ParameterForm;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * When the training buttons can be pressed, from the phase and the form alone. Pause/Resume and Step of a running
 * model never depend on the form: a half-typed field must not trap it.
 */
final class TrainingButtons {

    private TrainingButtons() {}

    /** Train (idle, with a valid form and no preparation running), Pause and Resume (always). */
    static BooleanBinding canTrain(ParameterForm form, LabState state) {
        return Bindings.createBooleanBinding(
                () -> state.isTrainingOrPaused() || (form.validProperty().get() && state.phase() != Phase.PREPARING),
                form.validProperty(),
                state.phaseProperty());
    }

    /** Step: one more epoch of a paused model, or of a new or finished one when the form is valid. */
    static BooleanBinding canStep(ParameterForm form, LabState state) {
        return Bindings.createBooleanBinding(
                () -> state.phase() == Phase.PAUSED
                        || (form.validProperty().get()
                                && (state.phase() == Phase.READY || state.phase() == Phase.FINISHED)),
                form.validProperty(),
                state.phaseProperty());
    }
}

package io.latentlab.ui.lab;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every feature of the lab shares: what it is doing ({@link Phase}), the status line and the notice about
 * settings that no longer match what is shown. Feature view-models write it; views only read it.
 */
public final class LabState {

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.PREPARING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /** Something that went wrong with what the user asked for (a file that would not open), for a dialog. */
    public record Problem(String title, String message) {}

    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /** The newest problem to show in a dialog; a new one replaces it (the view shows each once). */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Says what went wrong in the status line and, for the view's dialog, as a problem. */
    void reportProblem(String title, String message) {
        status.set(title + ": " + message);
        problem.set(new Problem(title, message));
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Something the user should know about their last change, e.g. that Train will start a new model. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    Phase phase() {
        return phase.get();
    }

    boolean isTrainingOrPaused() {
        return phase.get() == Phase.TRAINING || phase.get() == Phase.PAUSED;
    }

    void setPhase(Phase value) {
        phase.set(value);
    }

    String status() {
        return status.get();
    }

    void setStatus(String value) {
        status.set(value);
    }

    void setNotice(String value) {
        notice.set(value);
    }
}

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

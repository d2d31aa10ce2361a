package io.latentlab.ui.lab;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo for a thrown-away model. Whenever a trained model is discarded — Reset, new data, a preset or experiment
 * loaded, a new structure trained — the window says so and offers Undo, which brings back the model, its data,
 * the settings it was trained with, its loss curve, timeline and scores without training again; a model that had
 * finished can go on training as before. The model replaced by Undo can itself be brought back by the next Undo.
 */
public final class DiscardUndo {

    private final LabState state;
    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper(this, "offer", "");
    private DiscardedModel last;

    DiscardUndo(LabState state, DataViewModel data, TrainingViewModel training) {
        this.state = state;
        this.data = data;
        this.training = training;
        training.setOnDiscard(this::offer);
    }

    /** What Undo would bring back, e.g. "The trained model (27 epochs) was thrown away."; "" when nothing. */
    public ReadOnlyStringProperty offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return last != null;
    }

    /** Brings back the last model thrown away. */
    public void undo() {
        DiscardedModel d = last;
        if (d == null) {
            state.setStatus("Nothing to undo");
            return;
        }
        last = null;
        offer.set("");
        training.discardCurrent(); // the model shown now becomes the next Undo
        data.restore(
                d.baseline(), d.settings() != null ? d.settings() : d.result().config());
        training.restore(d);
        state.setStatus("Brought back the model of " + d.history().count() + " epochs");
    }

    private void offer(DiscardedModel d) {
        last = d;
        offer.set("The trained model (" + d.history().count() + " epochs) was thrown away.");
    }
}

package io.latentlab.ui.form;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable text parameter and the reason it is invalid (empty when valid). */
public final class FormField {

    private final String name;
    private final String label;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public FormField(String name, String label) {
        this.name = name;
        this.label = label;
    }

    /** The config field it edits, e.g. {@code samples}; matches the first word of our validation messages. */
    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get().trim();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    @Override
    public String toString() {
        return name + "=" + text.get();
    }
}

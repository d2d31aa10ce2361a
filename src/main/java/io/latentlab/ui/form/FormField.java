package io.latentlab.ui.form;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable text parameter and the reason it is invalid (empty when valid). */
public final class FormField {

    private final String name;
    private final String label;
    private final String path;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public FormField(String name, String label, String path) {
        this.name = name;
        this.label = label;
        this.path = path;
    }

    /** A short id, e.g. {@code samples}; the window names its control after it. */
    public String name() {
        return name;
    }

    /** The config path it edits, e.g. {@code data.blobs.samples}; validation errors name the same path. */
    public String path() {
        return path;
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

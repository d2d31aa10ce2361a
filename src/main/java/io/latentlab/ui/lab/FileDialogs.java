package io.latentlab.ui.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Asks the user for files and folders. The window uses {@link FxFileDialogs}; tests give answers of their own, so
 * every decision around a dialog is testable without a toolkit (JabRef's DialogService does the same).
 */
public interface FileDialogs {

    /** A choice in a dialog's file-type list, e.g. {@code ("Experiment JSON", "*.json")}. */
    record Filter(String description, List<String> patterns) {
        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    Optional<Path> openFile(String title, List<Filter> filters);

    Optional<Path> saveFile(String title, String initialName, Filter filter);

    Optional<Path> chooseFolder(String title);
}

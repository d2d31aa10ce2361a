package io.latentlab.ui.lab;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with JavaFX's native choosers, owned by the lab's window. */
final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;

    FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openFile(String title, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(f -> chooser.getExtensionFilters().add(toFx(f)));
        return toPath(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, Filter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(toFx(filter));
        return toPath(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return toPath(chooser.showDialog(owner.get()));
    }

    private static FileChooser.ExtensionFilter toFx(Filter f) {
        return new FileChooser.ExtensionFilter(f.description(), f.patterns());
    }

    private static Optional<Path> toPath(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}

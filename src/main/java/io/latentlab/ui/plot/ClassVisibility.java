package io.latentlab.ui.plot;

import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which classes are hidden, shared by a {@link Legend} (which toggles them) and any number of {@link ScatterPlot}s
 * (which omit them). Give all of them the same instance with {@code setClassVisibility}.
 *
 * <p>Hidden classes are remembered by index, and an index only means something for one list of class names; so
 * {@link #resetFor(List)} shows everything again when the names change (a new data set), but keeps the choice
 * while frames of the same data keep arriving. Needs no JavaFX toolkit; use it on the JavaFX thread like the nodes
 * that observe it.
 */
public final class ClassVisibility {

    private final ObservableSet<Integer> hidden = FXCollections.observableSet();
    private final ObservableSet<Integer> hiddenView = FXCollections.unmodifiableObservableSet(hidden);
    private List<String> classNames = List.of();

    /** The hidden class indices, read-only (change them through this object); observe it to follow changes. */
    public ObservableSet<Integer> hiddenClasses() {
        return hiddenView;
    }

    public boolean isHidden(int classIndex) {
        return hidden.contains(classIndex);
    }

    public void setHidden(int classIndex, boolean hide) {
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
        }
        if (hide) {
            hidden.add(classIndex);
        } else {
            hidden.remove(classIndex);
        }
    }

    /** Flips class {@code classIndex} between shown and hidden. */
    public void toggle(int classIndex) {
        setHidden(classIndex, !isHidden(classIndex));
    }

    /** Shows every class again. */
    public void showAll() {
        hidden.clear();
    }

    /** Called with the class names of newly shown data: a different list than before shows all classes again. */
    public void resetFor(List<String> names) {
        List<String> current = names == null ? List.of() : names;
        if (!current.equals(classNames)) {
            classNames = List.copyOf(current);
            showAll();
        }
    }

    /**
     * A node's reference to the visibility it follows: swapping in a shared instance moves the change listener
     * along, so Legend and ScatterPlot do not each re-implement that plumbing.
     */
    static final class Link {

        private final Runnable onChange;
        private final InvalidationListener listener;
        private ClassVisibility current = new ClassVisibility();

        /** {@code onChange} runs whenever the hidden set changes and when another instance is linked. */
        Link(Runnable onChange) {
            this.onChange = onChange;
            this.listener = o -> onChange.run();
            current.hidden.addListener(listener);
        }

        ClassVisibility get() {
            return current;
        }

        void set(ClassVisibility next) {
            Objects.requireNonNull(next, "class visibility");
            if (next == current) {
                return;
            }
            current.hidden.removeListener(listener);
            current = next;
            current.hidden.addListener(listener);
            onChange.run();
        }
    }
}

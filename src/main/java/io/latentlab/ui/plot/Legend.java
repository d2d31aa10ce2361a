package io.latentlab.ui.plot;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * One entry per class (colour swatch and name, in {@link Palette} colours). Clicking an entry, or pressing
 * Space/Enter on it, toggles the class in the {@link ClassVisibility}, which plots sharing it then omit.
 * Hidden entries are greyed out (pseudo class {@code :hidden-class} for styling).
 */
public final class Legend extends FlowPane {

    static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-class");
    private static final Color HIDDEN_SWATCH = Color.gray(0.6);
    private static final double HIDDEN_OPACITY = 0.4;

    private final ObjectProperty<List<String>> classNames = new SimpleObjectProperty<>(this, "classNames", List.of());
    private final ClassVisibility.Link visibility = new ClassVisibility.Link(this::refreshStates);
    private final javafx.beans.property.BooleanProperty dark =
            new javafx.beans.property.SimpleBooleanProperty(this, "dark", false);

    public Legend() {
        getStyleClass().add("plot-legend");
        setHgap(14);
        setVgap(4);
        setPadding(new Insets(4, 8, 4, 8));
        classNames.addListener((o, old, names) -> rebuild());
        dark.addListener(o -> refreshStates());
    }

    /** Swatches use the plots' colours for a dark background; bind to the plots' dark property. */
    public javafx.beans.property.BooleanProperty darkProperty() {
        return dark;
    }

    /** Class names shown, in class-index order; bind to {@link ScatterPlot#classNamesProperty()}. */
    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    public void setClassNames(List<String> names) {
        classNames.set(names == null ? List.of() : List.copyOf(names));
    }

    public List<String> getClassNames() {
        return classNames.get();
    }

    /** Makes clicks toggle {@code shared}; pass the same instance to the plots. */
    public void setClassVisibility(ClassVisibility shared) {
        visibility.set(shared);
    }

    private void rebuild() {
        List<String> names = classNames.get() == null ? List.of() : classNames.get();
        getChildren().clear();
        for (int c = 0; c < names.size(); c++) {
            getChildren().add(entry(c, names.get(c)));
        }
        refreshStates();
    }

    private Label entry(int classIndex, String name) {
        Label label = new Label(name, new Circle(5, Palette.color(classIndex, dark.get())));
        label.getStyleClass().add("legend-entry");
        label.setUserData(classIndex);
        label.setGraphicTextGap(6);
        label.setCursor(Cursor.HAND);
        label.setFocusTraversable(true);
        label.setTooltip(new Tooltip("Click to hide or show " + name));
        label.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                visibility.get().toggle(classIndex);
                label.requestFocus();
            }
        });
        label.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                visibility.get().toggle(classIndex);
                e.consume();
            }
        });
        return label;
    }

    private void refreshStates() {
        for (var node : getChildren()) {
            int classIndex = (Integer) node.getUserData();
            boolean hidden = visibility.get().isHidden(classIndex);
            node.pseudoClassStateChanged(HIDDEN, hidden);
            node.setOpacity(hidden ? HIDDEN_OPACITY : 1);
            Label label = (Label) node;
            ((Circle) label.getGraphic()).setFill(hidden ? HIDDEN_SWATCH : Palette.color(classIndex, dark.get()));
            label.setAccessibleText(label.getText() + (hidden ? ", hidden" : ", shown"));
        }
    }
}

package io.latentlab.ui.lab;

import io.latentlab.core.about.Credits;
import io.latentlab.core.about.Credits.Credit;
import io.latentlab.core.about.LatentLabVersion;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Help → About Latent Lab: the version (the pom's, as {@code --version} prints it), the platform of the bundled
 * natives, and who made the bundled data sets and libraries under which licence. Not modal: it can stay open
 * beside the lab.
 */
final class AboutDialog extends Dialog<Void> {

    AboutDialog(Window owner) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("About Latent Lab");
        setResizable(true);
        Label name = new Label(LatentLabVersion.nameAndVersion());
        name.setId("about-version");
        name.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        Label what = new Label("Train an autoencoder and see what it learns. Native numerics for "
                + LatentLabVersion.nativePlatform() + ", Java " + Runtime.version() + ".");
        what.setWrapText(true);
        Label own = new Label("Latent Lab: " + Credits.OWN_LICENCE + ".");
        own.setWrapText(true);
        VBox credits = new VBox(
                6,
                heading("Bundled data sets"),
                table(Credits.dataSets()),
                heading("Libraries"),
                table(Credits.libraries()));
        credits.setId("about-credits");
        ScrollPane scroll = new ScrollPane(credits);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(330);
        VBox content = new VBox(10, name, what, own, scroll);
        content.setPadding(new Insets(4));
        content.setPrefWidth(820);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label unwrapped(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** One row per work: name and version, licence, then who holds it and what it does here. */
    private static GridPane table(List<Credit> credits) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        // Name and licence keep their whole width; the third column takes the rest and wraps.
        ColumnConstraints whole = new ColumnConstraints();
        whole.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(whole, whole, rest);
        int row = 0;
        for (Credit c : credits) {
            Label holder = new Label(c.holder() + " — " + c.role());
            holder.setWrapText(true);
            grid.addRow(row++, unwrapped(c.name() + " " + c.version()), unwrapped(c.licence()), holder);
        }
        return grid;
    }
}

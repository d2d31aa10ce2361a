package io.latentlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MetricsTableTest {

    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList(
            new MetricRow("Silhouette", "0.61", ""), new MetricRow("kNN accuracy", "0.78", ""));
    private MetricsTable table;

    @Start
    void start(Stage stage) {
        table = new MetricsTable(
                rows,
                List.of(
                        new MetricsTable.Column("Measure", MetricRow::measure, row -> List.of()),
                        new MetricsTable.Column("PCA", MetricRow::pca, row -> List.of()),
                        new MetricsTable.Column(
                                "Autoencoder", MetricRow::latent, row -> List.of("0.00000 / 0.00000", row.pca()))));
        stage.setScene(new Scene(new StackPane(table), 500, 300));
        stage.show();
    }

    @Test
    void newResultsChangeTheTextsOfTheSameLabels() throws Exception {
        Label before = WaitForAsyncUtils.asyncFx(() -> table.row(1).get(2)).get();
        double width = WaitForAsyncUtils.asyncFx(table::getWidth).get();

        WaitForAsyncUtils.asyncFx(() -> rows.setAll(
                        new MetricRow("Silhouette", "0.61", "0.3248 / 0.9033"),
                        new MetricRow("kNN accuracy", "0.78", "1.0000")))
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        Label after = WaitForAsyncUtils.asyncFx(() -> table.row(1).get(2)).get();
        assertSame(before, after, "a result only changes a label's text: nothing else is repainted");
        assertEquals("1.0000", WaitForAsyncUtils.asyncFx(after::getText).get());
        assertEquals(
                "0.3248 / 0.9033",
                WaitForAsyncUtils.asyncFx(() -> table.row(0).get(2).getText()).get());
        assertEquals(width, WaitForAsyncUtils.asyncFx(table::getWidth).get(), "the reserved room holds the results");
    }

    @Test
    void rowsComeAndGoWithTheList() throws Exception {
        int labels = WaitForAsyncUtils.asyncFx(() -> table.getChildren().size()).get();
        assertEquals(3 + 2 * 3, labels, "headers and two rows");

        WaitForAsyncUtils.asyncFx(() -> rows.add(new MetricRow("Trustworthiness", "0.88", "0.97")))
                .get();
        assertEquals(
                3 + 3 * 3,
                WaitForAsyncUtils.asyncFx(() -> table.getChildren().size()).get());
        assertEquals(
                "Trustworthiness",
                WaitForAsyncUtils.asyncFx(() -> table.row(2).get(0).getText()).get());

        WaitForAsyncUtils.asyncFx(() -> rows.remove(0, 2)).get();
        assertEquals(
                3 + 3,
                WaitForAsyncUtils.asyncFx(() -> table.getChildren().size()).get());
        assertEquals(
                "0.88",
                WaitForAsyncUtils.asyncFx(() -> table.row(0).get(1).getText()).get());
    }

    @Test
    void aValueWiderThanTheReservedRoomWidensItsColumnRatherThanBeingCut() throws Exception {
        double width = WaitForAsyncUtils.asyncFx(table::getWidth).get();
        WaitForAsyncUtils.asyncFx(() -> rows.set(0, new MetricRow("Silhouette", "0.61", "0.32480000 / 0.90330000")))
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        Label wide = WaitForAsyncUtils.asyncFx(() -> table.row(0).get(2)).get();
        assertTrue(WaitForAsyncUtils.asyncFx(table::getWidth).get() > width, "the table widened");
        assertEquals(
                "0.32480000 / 0.90330000",
                WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.text.Text) wide.lookup(".text")).getText())
                        .get(),
                "shown whole, not with an ellipsis");
    }

    @Test
    void aResultAsWideAsThePcaValueBesideItDoesNotWidenTheTable() throws Exception {
        String scope = "10,000 of 40,000 test rows";
        WaitForAsyncUtils.asyncFx(() -> rows.add(new MetricRow("≈ sampled on", scope, "")))
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        double width = WaitForAsyncUtils.asyncFx(table::getWidth).get();

        WaitForAsyncUtils.asyncFx(() -> rows.set(2, new MetricRow("≈ sampled on", scope, scope)))
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(
                width,
                WaitForAsyncUtils.asyncFx(table::getWidth).get(),
                "the autoencoder column kept room for what the PCA column shows in the row");
    }
}

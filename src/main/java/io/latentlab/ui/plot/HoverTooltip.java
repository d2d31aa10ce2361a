package io.latentlab.ui.plot;

import java.util.function.IntPredicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Scatter plot plugin: the point nearest the mouse (within a few pixels, visible classes only) gets a ring and a
 * tooltip with its row, class and coordinates, beside the row's picture when the rows are images. Nearest-point lookups go through a {@link PointGrid}, rebuilt lazily
 * after the data changed, so hovering over 20,000 points stays instant.
 */
final class HoverTooltip {

    static final double HOVER_DISTANCE_PX = 6;

    private final ScatterPlot plot;
    private final Label tooltip = new Label();
    private final Circle highlight = new Circle(PointLayer.POINT_RADIUS + 2.5);
    private final ImageView picture = new ImageView();
    private RowImages pictured;
    private int picturedRow = -1;
    private final PointGrid grid = new PointGrid();
    private boolean gridValid;
    private final IntPredicate visiblePoint;
    private final ReadOnlyIntegerWrapper hoveredIndex;
    private boolean paused;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    HoverTooltip(ScatterPlot plot) {
        this.plot = plot;
        this.hoveredIndex = new ReadOnlyIntegerWrapper(plot, "hoveredIndex", -1);
        this.visiblePoint = i -> !plot.classVisibility().isHidden(plot.data().classOf(i));
        tooltip.getStyleClass().add("plot-tooltip");
        tooltip.setManaged(false);
        tooltip.setMouseTransparent(true);
        tooltip.setVisible(false);
        tooltip.setFont(TextStyle.TICK.font);
        tooltip.setContentDisplay(ContentDisplay.LEFT);
        tooltip.setGraphicTextGap(8);
        picture.setSmooth(false);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        highlight.setFill(Color.TRANSPARENT);
        highlight.setStrokeWidth(1.5);
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> moveTo(e.getX(), e.getY()));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
            hide();
        });
    }

    /** The ring on the hovered point. */
    Node ring() {
        return highlight;
    }

    /** The tooltip label; add it last so it stays on top of other overlays. */
    Node label() {
        return tooltip;
    }

    ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    String text() {
        return tooltip.isVisible() ? tooltip.getText() : "";
    }

    Node graphic() {
        return tooltip.isVisible() ? tooltip.getGraphic() : null;
    }

    /** New points: the index is stale, and the point under a still mouse may be another one now. */
    void dataChanged() {
        gridValid = false;
        refresh();
    }

    /** While panning the tooltip would only flicker: hidden until {@link #resume}. */
    void pause() {
        paused = true;
        hide();
    }

    void resume(double x, double y) {
        paused = false;
        moveTo(x, y);
    }

    void moveTo(double x, double y) {
        mouseX = x;
        mouseY = y;
        AxesFrame f = plot.currentFrame();
        PointData data = plot.data();
        if (data.count() == 0 || paused || !f.insidePlot(x, y)) {
            hide();
            return;
        }
        if (!gridValid) {
            grid.build(data.xs(), data.ys(), data.count());
            gridValid = true;
        }
        int index = grid.nearest(
                data.xs(),
                data.ys(),
                f.toDataX(x),
                f.toDataY(y),
                f.plotWidth / (f.x.hi() - f.x.lo()),
                f.plotHeight / (f.y.hi() - f.y.lo()),
                HOVER_DISTANCE_PX,
                visiblePoint);
        if (index < 0) {
            hide();
            return;
        }
        hoveredIndex.set(index);
        tooltip.setText(describe(data, index));
        tooltip.setGraphic(picture(index));
        tooltip.setVisible(true);
        highlight.setVisible(true);
        plot.requestOverlayLayout(); // positions the overlays, does not redraw the points
    }

    /**
     * The row's picture, ink on white like the decoder panel, enlarged by whole pixels to about 90 screen pixels
     * (28x28 at 3x, 8x8 at 8x); null when the rows are not images.
     */
    private Node picture(int index) {
        RowImages images = plot.getRowImages();
        if (images == null || index >= images.rows()) {
            return null;
        }
        if (images != pictured || index != picturedRow) {
            int side = Math.max(images.shape().width(), images.shape().height());
            int cell = Math.max(1, Math.min(8, 90 / side));
            picture.setImage(images.render(index, cell, Color.WHITE, Color.BLACK, 1, plot.theme().muted));
            pictured = images;
            picturedRow = index;
        }
        return picture;
    }

    private String describe(PointData data, int index) {
        StringBuilder sb = new StringBuilder("row ").append(plot.rowNumberOf(index));
        if (data.labelled()) {
            sb.append("\nclass ").append(data.classNames().get(data.classOf(index)));
        }
        String xName = plot.xLabelProperty().get().isEmpty()
                ? "x"
                : plot.xLabelProperty().get();
        String yName = plot.yLabelProperty().get().isEmpty()
                ? "y"
                : plot.yLabelProperty().get();
        sb.append('\n').append(xName).append(" = ").append(Ticks.compact(data.x(index)));
        sb.append('\n').append(yName).append(" = ").append(Ticks.compact(data.y(index)));
        return sb.toString();
    }

    /** Re-evaluates a shown tooltip after the data, the view or the visible classes changed. */
    void refresh() {
        if (hoveredIndex.get() >= 0 && !Double.isNaN(mouseX)) {
            moveTo(mouseX, mouseY);
        } else if (hoveredIndex.get() >= 0) {
            hide();
        }
    }

    /** Re-hovers at the last mouse position, e.g. after a wheel zoom moved the points under it. */
    void rehover() {
        if (!Double.isNaN(mouseX)) {
            moveTo(mouseX, mouseY);
        }
    }

    void hide() {
        hoveredIndex.set(-1);
        tooltip.setVisible(false);
        highlight.setVisible(false);
    }

    /** Ring on the point as drawn by the last paint; tooltip beside the cursor, flipped to stay on the chart. */
    void layout(AxesFrame f) {
        int index = hoveredIndex.get();
        if (index < 0 || index >= plot.data().count() || f == null) {
            return;
        }
        highlight.setCenterX(f.toPixelX(plot.data().x(index)));
        highlight.setCenterY(f.toPixelY(plot.data().y(index)));
        tooltip.autosize();
        double w = tooltip.getWidth();
        double h = tooltip.getHeight();
        double tx = mouseX + 14 + w > plot.getWidth() ? mouseX - 10 - w : mouseX + 14;
        double ty = mouseY + 14 + h > plot.getHeight() ? mouseY - 10 - h : mouseY + 14;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
    }

    void style(PlotTheme t) {
        tooltip.setTextFill(t.foreground);
        tooltip.setPadding(new Insets(4, 7, 4, 7));
        tooltip.setBackground(
                new Background(new BackgroundFill(t.tooltipBackground, new CornerRadii(4), Insets.EMPTY)));
        tooltip.setBorder(new Border(
                new BorderStroke(t.muted, BorderStrokeStyle.SOLID, new CornerRadii(4), BorderWidths.DEFAULT)));
        highlight.setStroke(t.foreground);
    }
}

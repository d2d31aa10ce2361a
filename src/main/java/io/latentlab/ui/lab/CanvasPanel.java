package io.latentlab.ui.lab;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/** A small panel drawn on one canvas that follows its size; repainted on layout (data changes request a layout). */
abstract class CanvasPanel extends Region {

    private final Canvas canvas = new Canvas();
    private boolean dark;

    CanvasPanel() {
        getChildren().add(canvas);
    }

    public void setDark(boolean value) {
        dark = value;
        requestLayout();
    }

    protected boolean isDark() {
        return dark;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        paint(g, w, h);
    }

    /** Draws the whole panel into a cleared canvas of {@code w} x {@code h}. */
    protected abstract void paint(GraphicsContext g, double w, double h);
}

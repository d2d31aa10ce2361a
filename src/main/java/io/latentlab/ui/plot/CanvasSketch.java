package io.latentlab.ui.plot;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** {@link Sketch} onto a Canvas. */
final class CanvasSketch implements Sketch {

    private final GraphicsContext gc;
    private final PointRaster raster;
    private final double scale;

    /** For charts without dots (they would get a throw-away raster). */
    CanvasSketch(GraphicsContext gc) {
        this(gc, new PointRaster(), 1);
    }

    /**
     * @param raster reused between frames, so dots allocate nothing per frame
     * @param scale  the window's output scale, at which dots are rasterized
     */
    CanvasSketch(GraphicsContext gc, PointRaster raster, double scale) {
        this.gc = gc;
        this.raster = raster;
        this.scale = scale;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        gc.setFill(color);
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color color, double lineWidth) {
        gc.setStroke(color);
        gc.setLineWidth(lineWidth);
        gc.strokeRect(crisp(x, lineWidth), crisp(y, lineWidth), Math.round(w), Math.round(h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double lineWidth) {
        gc.setStroke(color);
        gc.setLineWidth(lineWidth);
        // Axis-parallel 1 px lines sit on pixel centres, otherwise they smear over two pixel rows.
        if (x1 == x2) {
            x1 = x2 = crisp(x1, lineWidth);
        }
        if (y1 == y2) {
            y1 = y2 = crisp(y1, lineWidth);
        }
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void text(String s, double x, double y, TextStyle style, Color color, HPos hAlign, VPos vAlign) {
        gc.setFont(style.font);
        gc.setFill(color);
        gc.setTextAlign(
                switch (hAlign) {
                    case LEFT -> TextAlignment.LEFT;
                    case CENTER -> TextAlignment.CENTER;
                    case RIGHT -> TextAlignment.RIGHT;
                });
        gc.setTextBaseline(vAlign);
        gc.fillText(s, x, y);
    }

    @Override
    public void verticalText(String s, double cx, double cy, TextStyle style, Color color) {
        gc.save();
        gc.translate(cx, cy);
        gc.rotate(-90);
        text(s, 0, 0, style, color, HPos.CENTER, VPos.CENTER);
        gc.restore();
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color color, double lineWidth) {
        gc.setStroke(color);
        gc.setLineWidth(lineWidth);
        gc.beginPath();
        boolean open = false;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                open = false;
            } else if (open) {
                gc.lineTo(x, y);
            } else {
                gc.moveTo(x, y);
                open = true;
            }
        }
        gc.stroke();
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color color) {
        gc.setFill(color);
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void dots(DotBatch batch) {
        raster.draw(gc, batch, scale);
    }

    @Override
    public void beginClip(double x, double y, double w, double h) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
    }

    @Override
    public void endClip() {
        gc.restore();
    }

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        gc.setImageSmoothing(false);
        gc.drawImage(image, x, y, w, h);
        gc.setImageSmoothing(true);
    }

    private static double crisp(double v, double lineWidth) {
        return Math.round(lineWidth) % 2 == 1 ? Math.floor(v) + 0.5 : Math.round(v);
    }
}

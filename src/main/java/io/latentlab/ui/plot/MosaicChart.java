package io.latentlab.ui.plot;

import io.latentlab.core.data.ImageShape;
import java.util.List;
import java.util.Objects;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Decoded rows as a mosaic of tiles: grey-scale pictures for image data (ink dark on paper, as scanned), a profile
 * of one bar per feature (a line for many features) for tabular data. A latent grid shows it with axes in latent
 * units ({@link #setAxes}); a strip or a side-by-side comparison with a caption under each tile.
 *
 * <p>With axes the pictures of all tiles are composed into one image, so a redraw (and an SVG) draws a single
 * picture however many tiles there are. JavaFX thread only, like every {@link CanvasChart}.
 */
public final class MosaicChart extends CanvasChart {

    /** One decoded row and the words under it (may be empty). */
    public record Tile(String caption, double[] values) {
        public Tile {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(values, "values");
        }
    }

    private static final Color PROFILE = Color.web("#429EA6");
    private static final double GAP = 4;

    private List<Tile> tiles = List.of();
    private int columns = 1;
    private ImageShape shape;
    private double lowest;
    private double highest = 1;
    /** Built on first paint: the grid's one picture, or a picture per captioned tile. */
    private WritableImage composed;

    private WritableImage[] tileImages;
    private AxisScale xScale;
    private AxisScale yScale;
    private String placeholder = "nothing to show";

    public MosaicChart() {
        getStyleClass().add("mosaic-chart");
    }

    /**
     * Shows {@code tiles} row by row, {@code columns} a row.
     *
     * @param shape   the rows' image shape, or null to draw profiles
     * @param lowest  the value drawn as paper (or an empty bar)
     * @param highest the value drawn as full ink (or a full bar)
     */
    public void setTiles(List<Tile> tiles, int columns, ImageShape shape, double lowest, double highest) {
        requireFxThread("MosaicChart.setTiles");
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        this.tiles = List.copyOf(tiles);
        this.columns = columns;
        this.shape = shape;
        this.lowest = lowest;
        this.highest = highest > lowest ? highest : lowest + 1;
        composed = null;
        tileImages = null;
        if (shape != null) {
            for (int i = 0; i < this.tiles.size(); i++) {
                if (this.tiles.get(i).values().length != shape.pixels()) {
                    throw new IllegalArgumentException("a " + shape + " picture needs " + shape.pixels()
                            + " values, tile " + i + " has " + this.tiles.get(i).values().length);
                }
            }
        }
        markDirty();
    }

    /** No tiles; {@code message} says why (e.g. "train a model first"). */
    public void clearTiles(String message) {
        requireFxThread("MosaicChart.clearTiles");
        tiles = List.of();
        composed = null;
        tileImages = null;
        placeholder = message;
        markDirty();
    }

    /** Axes in data units: the first tile column is centred at x0, the last at x1; the top row at y1. */
    public void setAxes(double x0, double x1, double y0, double y1) {
        int rowsCount = rowCount();
        // A unit that spans nothing (a dead one, or none left to show) still gets an axis a unit wide.
        double halfX = columns > 1 && x1 > x0 ? (x1 - x0) / (columns - 1) / 2 : 0.5;
        double halfY = rowsCount > 1 && y1 > y0 ? (y1 - y0) / (rowsCount - 1) / 2 : 0.5;
        xScale = AxisScale.linear(x0 - halfX, x1 + halfX);
        yScale = AxisScale.linear(y0 - halfY, y1 + halfY);
        markDirty();
    }

    /** Tiles with captions instead of axes. */
    public void clearAxes() {
        xScale = null;
        yScale = null;
        markDirty();
    }

    public List<Tile> tiles() {
        return tiles;
    }

    public int columns() {
        return columns;
    }

    /** Whether the tiles are pictures (image data) rather than profiles. */
    public boolean showsImages() {
        return shape != null;
    }

    private int rowCount() {
        return Math.max(1, (tiles.size() + columns - 1) / columns);
    }

    private boolean captioned() {
        return xScale == null && tiles.stream().anyMatch(t -> !t.caption().isEmpty());
    }

    @Override
    AxesFrame frame(double w, double h) {
        if (xScale != null) {
            AxesFrame f = axes(w, h);
            if (shape == null || tiles.isEmpty()) {
                return f;
            }
            // Pictures keep their shape: the plot area gives up width or height to match the mosaic's.
            double wanted = (double) columns * shape.width() / (rowCount() * shape.height());
            double spareWidth = f.plotWidth - f.plotHeight * wanted;
            double spareHeight = f.plotHeight - f.plotWidth / wanted;
            return spareWidth >= 1 ? axes(w - spareWidth, h) : spareHeight >= 1 ? axes(w, h - spareHeight) : f;
        }
        // No axes: the whole area under the title holds the tiles.
        AxisScale unit = AxisScale.linear(0, 1);
        return AxesFrame.layout(w, h, getTitle(), "", "", unit, unit, 0);
    }

    private AxesFrame axes(double w, double h) {
        return AxesFrame.layout(
                w, h, getTitle(), xLabelProperty().get(), yLabelProperty().get(), xScale, yScale, 0);
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        paint(new CanvasSketch(gc, new PointRaster(), renderScale()), w, h);
    }

    @Override
    Picture picture() {
        double w = exportWidth();
        double h = exportHeight();
        return new Picture(w, h, s -> paint(s, w, h));
    }

    private void paint(Sketch s, double w, double h) {
        PlotTheme t = theme();
        s.fillRect(0, 0, w, h, t.background);
        AxesFrame f = frame(w, h);
        FittedTitle title = FittedTitle.fit(getTitle() == null ? "" : getTitle(), w - 2 * AxesFrame.PAD);
        double left;
        double top;
        double areaW;
        double areaH;
        if (xScale != null) {
            left = f.left;
            top = f.top;
            areaW = f.plotWidth;
            areaH = f.plotHeight;
        } else {
            left = AxesFrame.PAD;
            top = AxesFrame.PAD + (title.isEmpty() ? 0 : title.height() + 4);
            areaW = w - 2 * AxesFrame.PAD;
            areaH = h - top - AxesFrame.PAD;
        }
        if (tiles.isEmpty()) {
            s.text(placeholder, left + areaW / 2, top + areaH / 2, TextStyle.LABEL, t.muted, HPos.CENTER, VPos.CENTER);
        } else {
            paintTiles(s, t, left, top, areaW, areaH);
        }
        if (xScale != null) {
            f.paintAxes(s, t);
        } else if (!title.isEmpty()) {
            title.paint(s, w / 2, AxesFrame.PAD, t.foreground);
        }
    }

    private void paintTiles(Sketch s, PlotTheme t, double left, double top, double areaW, double areaH) {
        int rows = rowCount();
        double gap = xScale != null ? 1 : GAP;
        double cellW = areaW / columns;
        // A caption wider than its cell ("AE of noisy 0.01768" under a narrow tile) takes two lines.
        boolean twoLines = captioned() && tiles.stream().anyMatch(tl -> TextStyle.TICK.width(tl.caption()) > cellW);
        double caption = captioned() ? (twoLines ? 2 : 1) * TextStyle.TICK.height() + 2 : 0;
        double cellH = areaH / rows;
        double aspect = shape == null ? 1 : (double) shape.width() / shape.height();
        // Tiles keep their aspect; with axes they fill the plot area, which then matches the latent box.
        double tileH = xScale != null ? cellH - gap : Math.min(cellH - gap - caption, (cellW - gap) / aspect);
        double tileW = xScale != null ? cellW - gap : tileH * aspect;
        if (tileW < 1 || tileH < 1) {
            return;
        }
        // Tiles narrower than their captions (a short pane) are spaced by the captions, so those never overlap.
        double stepX = xScale != null ? cellW : Math.max(tileW + gap, Math.min(cellW, widestCaption(twoLines) + gap));
        double x0 = left + (xScale != null ? 0 : (areaW - columns * stepX) / 2 + (stepX - tileW - gap) / 2);
        double stepY = xScale != null ? cellH : tileH + gap + caption;
        if (shape != null && xScale != null) {
            paintComposed(s, x0, top, stepX, stepY, rows);
        }
        for (int i = 0; i < tiles.size(); i++) {
            double x = x0 + (i % columns) * stepX + gap / 2;
            double y = top + (i / columns) * stepY + gap / 2;
            if (shape == null) {
                paintProfile(s, t, tiles.get(i).values(), x, y, tileW, tileH);
            } else if (xScale == null) {
                s.image(tileImage(i), x, y, tileW, tileH);
                s.strokeRect(x, y, tileW, tileH, t.muted, 1);
            }
            if (caption > 0) {
                String[] lines = twoLines
                        ? twoLines(tiles.get(i).caption())
                        : new String[] {tiles.get(i).caption()};
                for (int line = 0; line < lines.length; line++) {
                    s.text(
                            lines[line],
                            x + tileW / 2,
                            y + tileH + 1 + line * TextStyle.TICK.height(),
                            TextStyle.TICK,
                            t.foreground,
                            HPos.CENTER,
                            VPos.TOP);
                }
            }
        }
    }

    /** The widest caption line, as drawn on one line or two; 0 without captions. */
    private double widestCaption(boolean twoLines) {
        double widest = 0;
        if (!captioned()) {
            return widest;
        }
        for (Tile tile : tiles) {
            for (String line : twoLines ? twoLines(tile.caption()) : new String[] {tile.caption()}) {
                widest = Math.max(widest, TextStyle.TICK.width(line));
            }
        }
        return widest;
    }

    /** A caption split at its last space ("AE of noisy" over "0.01768"), the number kept whole. */
    static String[] twoLines(String caption) {
        int at = caption.lastIndexOf(' ');
        return at <= 0 ? new String[] {caption} : new String[] {caption.substring(0, at), caption.substring(at + 1)};
    }

    /** One picture of all tiles, a pixel between them, stretched so each tile fills its cell of the grid. */
    private void paintComposed(Sketch s, double x0, double top, double stepX, double stepY, int rows) {
        if (composed == null) {
            composed = picture(0, tiles.size(), columns, 1);
        }
        double pixelX = stepX / (shape.width() + 1);
        double pixelY = stepY / (shape.height() + 1);
        s.image(composed, x0 + pixelX / 2, top + pixelY / 2, columns * stepX, rows * stepY);
    }

    private void paintProfile(Sketch s, PlotTheme t, double[] v, double x, double y, double w, double h) {
        s.strokeRect(x, y, w, h, t.muted, 1);
        if (v.length == 0) {
            return;
        }
        double barW = w / v.length;
        if (barW >= 3) {
            for (int i = 0; i < v.length; i++) {
                double bh = fraction(v[i]) * (h - 2);
                s.fillRect(x + i * barW + 0.5, y + h - 1 - bh, barW - 1, bh, PROFILE);
            }
            return;
        }
        double[] xs = new double[v.length];
        double[] ys = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            xs[i] = x + (i + 0.5) * barW;
            ys[i] = y + h - 1 - fraction(v[i]) * (h - 2);
        }
        s.polyline(xs, ys, v.length, PROFILE, 1);
    }

    private double fraction(double v) {
        double f = (v - lowest) / (highest - lowest);
        return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
    }

    private WritableImage tileImage(int i) {
        if (tileImages == null) {
            tileImages = new WritableImage[tiles.size()];
        }
        if (tileImages[i] == null) {
            tileImages[i] = picture(i, i + 1, 1, 0);
        }
        return tileImages[i];
    }

    /**
     * Tiles {@code from} to {@code to} as one picture, {@code perRow} a row with {@code gap} transparent pixels
     * after each; ink dark on white paper like the scans.
     */
    private WritableImage picture(int from, int to, int perRow, int gap) {
        int pw = shape.width();
        int ph = shape.height();
        int count = to - from;
        int rows = (count + perRow - 1) / perRow;
        int w = perRow * (pw + gap);
        int h = rows * (ph + gap);
        int[] argb = new int[w * h];
        for (int i = from; i < to; i++) {
            double[] v = tiles.get(i).values();
            int ox = ((i - from) % perRow) * (pw + gap);
            int oy = ((i - from) / perRow) * (ph + gap);
            for (int r = 0; r < ph; r++) {
                for (int c = 0; c < pw; c++) {
                    int grey = (int) Math.round(255 * (1 - fraction(v[r * pw + c])));
                    argb[(oy + r) * w + ox + c] = 0xFF000000 | grey << 16 | grey << 8 | grey;
                }
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}

package io.latentlab.ui.plot;

import javafx.geometry.HPos;
import javafx.geometry.VPos;

/**
 * Layout of a 2-D plot (title on top, y label and tick labels on the left, x ticks and label below) and the
 * painting of everything except the data. The plot area is kept on whole pixels so 1 px lines stay sharp.
 */
final class AxesFrame {

    static final double PAD = 8;
    static final double TICK_LENGTH = 5;
    private static final double TICK_GAP = 3;
    private static final double RIGHT_MARGIN = 16;
    private static final double X_TICK_SPACING_PX = 90;
    private static final double Y_TICK_SPACING_PX = 45;

    final double width;
    final double height;
    final double left;
    final double top;
    final double plotWidth;
    final double plotHeight;
    final AxisScale x;
    final AxisScale y;
    final Ticks xTicks;
    final Ticks yTicks;
    private final FittedTitle title;
    private final String xLabel;
    private final String yLabel;

    private AxesFrame(
            double width,
            double height,
            double left,
            double top,
            double plotWidth,
            double plotHeight,
            AxisScale x,
            AxisScale y,
            Ticks xTicks,
            Ticks yTicks,
            FittedTitle title,
            String xLabel,
            String yLabel) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.plotWidth = plotWidth;
        this.plotHeight = plotHeight;
        this.x = x;
        this.y = y;
        this.xTicks = xTicks;
        this.yTicks = yTicks;
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /**
     * @param xMinStep smallest x tick step (1 for whole epochs, 0 for any)
     */
    static AxesFrame layout(
            double width,
            double height,
            String title,
            String xLabel,
            String yLabel,
            AxisScale x,
            AxisScale y,
            double xMinStep) {
        FittedTitle fitted = FittedTitle.fit(title == null ? "" : title, width - 2 * PAD);
        xLabel = xLabel == null ? "" : xLabel;
        yLabel = yLabel == null ? "" : yLabel;
        double top = PAD + (fitted.isEmpty() ? 0 : fitted.height() + 4);
        double bottom = PAD
                + TICK_LENGTH
                + TICK_GAP
                + TextStyle.TICK.height()
                + (xLabel.isEmpty() ? 0 : TextStyle.LABEL.height() + 2);
        double plotHeight = Math.max(1, Math.floor(height - top - bottom));
        // y ticks first: their label widths decide the left margin, which decides how many x ticks fit.
        Ticks yTicks = y.ticks((int) (plotHeight / Y_TICK_SPACING_PX), 0);
        double labelWidth = 0;
        for (String label : yTicks.labels()) {
            labelWidth = Math.max(labelWidth, TextStyle.TICK.width(label));
        }
        double left = Math.ceil(
                PAD + (yLabel.isEmpty() ? 0 : TextStyle.LABEL.height() + 4) + labelWidth + TICK_GAP + TICK_LENGTH);
        double plotWidth = Math.max(1, Math.floor(width - left - RIGHT_MARGIN));
        Ticks xTicks = x.ticks((int) (plotWidth / X_TICK_SPACING_PX), xMinStep);
        return new AxesFrame(
                width, height, left, top, plotWidth, plotHeight, x, y, xTicks, yTicks, fitted, xLabel, yLabel);
    }

    /** Whether the title is shown whole (shrunk or wrapped as needed) at this width. */
    boolean titleFits() {
        return title.fits();
    }

    double toPixelX(double v) {
        return left + x.fraction(v) * plotWidth;
    }

    double toPixelY(double v) {
        return top + (1 - y.fraction(v)) * plotHeight;
    }

    double toDataX(double px) {
        return x.valueAt((px - left) / plotWidth);
    }

    double toDataY(double py) {
        return y.valueAt(1 - (py - top) / plotHeight);
    }

    boolean insidePlot(double px, double py) {
        return px >= left && px <= left + plotWidth && py >= top && py <= top + plotHeight;
    }

    /** Light lines at the ticks, drawn before the data. */
    void paintGrid(Sketch s, PlotTheme theme) {
        for (double v : xTicks.values()) {
            double px = toPixelX(v);
            s.line(px, top, px, top + plotHeight, theme.grid, 1);
        }
        for (double v : yTicks.values()) {
            double py = toPixelY(v);
            s.line(left, py, left + plotWidth, py, theme.grid, 1);
        }
    }

    /** Message centred in the plot area when there is nothing to draw, e.g. "no data". */
    void paintPlaceholder(Sketch s, PlotTheme theme, String message) {
        s.text(
                message,
                left + plotWidth / 2,
                top + plotHeight / 2,
                TextStyle.LABEL,
                theme.muted,
                HPos.CENTER,
                VPos.CENTER);
    }

    /** Frame, ticks, tick labels, axis labels and title. */
    void paintAxes(Sketch s, PlotTheme theme) {
        double bottom = top + plotHeight;
        s.strokeRect(left, top, plotWidth, plotHeight, theme.foreground, 1);
        for (int i = 0; i < xTicks.size(); i++) {
            double px = toPixelX(xTicks.values()[i]);
            s.line(px, bottom, px, bottom + TICK_LENGTH, theme.foreground, 1);
            s.text(
                    xTicks.labels()[i],
                    px,
                    bottom + TICK_LENGTH + TICK_GAP,
                    TextStyle.TICK,
                    theme.foreground,
                    HPos.CENTER,
                    VPos.TOP);
        }
        for (int i = 0; i < yTicks.size(); i++) {
            double py = toPixelY(yTicks.values()[i]);
            s.line(left - TICK_LENGTH, py, left, py, theme.foreground, 1);
            s.text(
                    yTicks.labels()[i],
                    left - TICK_LENGTH - TICK_GAP,
                    py,
                    TextStyle.TICK,
                    theme.foreground,
                    HPos.RIGHT,
                    VPos.CENTER);
        }
        if (!xLabel.isEmpty()) {
            double labelTop = bottom + TICK_LENGTH + TICK_GAP + TextStyle.TICK.height() + 2;
            s.text(xLabel, left + plotWidth / 2, labelTop, TextStyle.LABEL, theme.foreground, HPos.CENTER, VPos.TOP);
        }
        if (!yLabel.isEmpty()) {
            s.verticalText(
                    yLabel,
                    PAD + TextStyle.LABEL.height() / 2,
                    top + plotHeight / 2,
                    TextStyle.LABEL,
                    theme.foreground);
        }
        if (!title.isEmpty()) {
            // Centred over the plot area, but moved inwards rather than cut off at the chart's edge.
            double half = title.width() / 2;
            double centre = Math.max(PAD + half, Math.min(width - PAD - half, left + plotWidth / 2));
            title.paint(s, centre, PAD, theme.foreground);
        }
    }
}

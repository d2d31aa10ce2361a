package io.latentlab.ui.plot;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;

/**
 * The class legend an exported scatter plot (PNG and SVG) carries at its right edge, since the window's
 * {@link Legend} is a separate node: one swatch and name per visible class, in as many columns as the plot's
 * height needs.
 */
final class ExportLegend {

    private static final double SWATCH = 10;
    private static final double GAP = 4;

    private final List<String> names;
    private final ClassVisibility visibility;
    private final boolean dark;
    private final double top;
    private final double rowHeight = TextStyle.LABEL.height() + GAP;
    private final int rowsPerColumn;
    private final double columnWidth;
    private final int columns;

    /** No entries for unlabelled data (pass an empty list). */
    ExportLegend(List<String> names, ClassVisibility visibility, boolean dark, AxesFrame frame) {
        this.names = names;
        this.visibility = visibility;
        this.dark = dark;
        this.top = frame.top;
        int visible = 0;
        double widest = 0;
        for (int c = 0; c < names.size(); c++) {
            if (!visibility.isHidden(c)) {
                visible++;
                widest = Math.max(widest, Math.ceil(30 + TextStyle.LABEL.width(names.get(c))));
            }
        }
        columnWidth = widest;
        rowsPerColumn = Math.max(1, (int) ((frame.height - frame.top - AxesFrame.PAD) / rowHeight));
        columns = (visible + rowsPerColumn - 1) / rowsPerColumn;
    }

    /** Width the legend takes at the right of the chart (0 when nothing is shown). */
    double width() {
        return columns * columnWidth;
    }

    /** Draws the entries starting at {@code left} (the plot frame's right edge). */
    void paint(Sketch s, PlotTheme theme, double left) {
        int entry = 0;
        for (int c = 0; c < names.size(); c++) {
            if (visibility.isHidden(c)) {
                continue;
            }
            double x = left + GAP + (entry / rowsPerColumn) * columnWidth;
            double y = top + (entry % rowsPerColumn) * rowHeight;
            s.fillRect(x, y + 3, SWATCH, SWATCH, Palette.color(c, dark));
            s.text(names.get(c), x + 16, y + 8, TextStyle.LABEL, theme.foreground, HPos.LEFT, VPos.CENTER);
            entry++;
        }
    }
}

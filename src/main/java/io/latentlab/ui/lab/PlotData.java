package io.latentlab.ui.lab;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import java.util.List;

/**
 * Points to draw: n x 2 coordinates, a class per row (or null) and the class names.
 *
 * @param dataKey what the rows are (equal keys: the same rows), so a plot keeps its zoom and hidden classes for
 *                the same data and resets them for new data
 */
public record PlotData(Matrix xy, int[] labels, List<String> classNames, Object dataKey) {

    /** The test rows of {@code b} at the coordinates {@code embedding} (first two columns; 1-D on y = 0). */
    static PlotData of(Baseline b, Matrix embedding) {
        return new PlotData(PlotCoordinates.firstTwo(embedding), b.data().test().labels(),
                b.data().test().classNames(), b.dataKey());
    }
}

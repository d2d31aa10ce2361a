package io.latentlab.ui.lab;

import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Matrix;
import io.latentlab.core.pipeline.Baseline;
import io.latentlab.ui.plot.RowImages;
import java.util.List;

/**
 * Points to draw: n x 2 coordinates, a class per row (or null) and the class names.
 *
 * @param dataKey what the rows are (equal keys: the same rows), so a plot keeps its zoom and hidden classes for
 *                the same data and resets them for new data
 * @param images  the rows' pictures for image data (tooltips, thumbnails), null for tabular data
 * @param embedding every column of the embedding (all latent units), of which {@code xy} shows two
 */
public record PlotData(
        Matrix xy, int[] labels, List<String> classNames, Object dataKey, RowImages images, Matrix embedding) {

    /** The test rows of {@code b} at the coordinates {@code embedding} (first two columns; 1-D on y = 0). */
    static PlotData of(Baseline b, Matrix embedding) {
        return new PlotData(
                PlotCoordinates.firstTwo(embedding),
                b.data().test().labels(),
                b.data().test().classNames(),
                b.dataKey(),
                images(b.data().rawTest()),
                embedding);
    }

    /**
     * The raw pixels rather than the scaled ones: they look as scanned whatever the scaling. The same matrix each
     * frame, so a plot keeps its cached thumbnails while training.
     */
    private static RowImages images(Dataset rawTest) {
        return rawTest.isImages() ? new RowImages(rawTest.x(), rawTest.imageShape()) : null;
    }
}

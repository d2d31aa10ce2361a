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
 * @param rowNumbers the test row each point is, when the points are some of the rows (null: point i is row i)
 * @param embedding every column of the embedding (all latent units) of the points, of which {@code xy} shows two
 */
public record PlotData(
        Matrix xy,
        int[] labels,
        List<String> classNames,
        Object dataKey,
        RowImages images,
        int[] rowNumbers,
        Matrix embedding) {

    /** The point that is test row {@code row}, or -1 when the plot does not show it. */
    int indexOf(int row) {
        if (rowNumbers == null) {
            return row >= 0 && row < xy.rows() ? row : -1;
        }
        for (int i = 0; i < rowNumbers.length; i++) {
            if (rowNumbers[i] == row) {
                return i;
            }
        }
        return -1;
    }

    /** The test row point {@code index} is. */
    int rowOf(int index) {
        return rowNumbers == null ? index : rowNumbers[index];
    }

    /** The test rows of {@code b} at the coordinates {@code embedding} (first two columns; 1-D on y = 0). */
    static PlotData of(Baseline b, Matrix embedding) {
        return new PlotData(
                PlotCoordinates.firstTwo(embedding),
                b.data().test().labels(),
                b.data().test().classNames(),
                b.dataKey(),
                images(b.data().rawTest()),
                null,
                embedding);
    }

    /**
     * Some test rows of {@code b} ({@code rows}, e.g. the live sample) at the coordinates {@code embedding}, one
     * embedding row per entry of {@code rows}; {@code images} are those rows' pictures (see {@link #imagesOf}).
     */
    static PlotData ofRows(Baseline b, int[] rows, Matrix embedding, RowImages images) {
        if (rows.length == b.data().test().rows()) {
            return of(b, embedding);
        }
        int[] all = b.data().test().labels();
        int[] labels = null;
        if (all != null) {
            labels = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                labels[i] = all[rows[i]];
            }
        }
        return new PlotData(
                PlotCoordinates.firstTwo(embedding),
                labels,
                b.data().test().classNames(),
                b.dataKey(),
                images,
                rows,
                embedding);
    }

    /** The pictures of some test rows, for {@link #ofRows}; null for tabular data. Made once per session. */
    static RowImages imagesOf(Baseline b, int[] rows) {
        Dataset raw = b.data().rawTest();
        if (!raw.isImages()) {
            return null;
        }
        return rows.length == raw.rows() ? images(raw) : new RowImages(raw.x().selectRows(rows), raw.imageShape());
    }

    /**
     * The raw pixels rather than the scaled ones: they look as scanned whatever the scaling. The same matrix each
     * frame, so a plot keeps its cached thumbnails while training.
     */
    private static RowImages images(Dataset rawTest) {
        return rawTest.isImages() ? new RowImages(rawTest.x(), rawTest.imageShape()) : null;
    }
}

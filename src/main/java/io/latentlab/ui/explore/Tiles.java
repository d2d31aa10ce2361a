package io.latentlab.ui.explore;

import io.latentlab.core.data.Matrix;
import io.latentlab.ui.plot.MosaicChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers that turn decoded rows into a mosaic's tiles and numbers into short captions. */
final class Tiles {
    private Tiles() {}

    static List<MosaicChart.Tile> rows(Matrix m, String caption) {
        List<MosaicChart.Tile> out = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            out.add(new MosaicChart.Tile(caption, m.row(i)));
        }
        return out;
    }

    /** "(0.12, -1.30)": a code as the plots' axes show it. */
    static String code(double[] z) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < z.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", z[i]));
        }
        return s.append(')').toString();
    }

    static String error(double mse) {
        return String.format(Locale.ROOT, "%.4g", mse);
    }

    static void show(MosaicChart chart, List<MosaicChart.Tile> tiles, int columns, ExploreLook look, String empty) {
        if (tiles.isEmpty()) {
            chart.clearTiles(empty);
        } else {
            chart.setTiles(tiles, columns, look.image(), look.lowest(), look.highest());
        }
    }
}

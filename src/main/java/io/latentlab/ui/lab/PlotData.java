package io.latentlab.ui.lab;

import io.latentlab.core.data.Matrix;
import java.util.List;

/** Points to draw: n x 2 coordinates, a class per row (or null) and the class names. */
public record PlotData(Matrix xy, int[] labels, List<String> classNames) {
}

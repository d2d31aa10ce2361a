/**
 * Canvas charts of the lab window: the {@link io.latentlab.ui.plot.ScatterPlot} (PCA and latent points), the
 * {@link io.latentlab.ui.plot.LossChart}, the class {@link io.latentlab.ui.plot.Legend} and PNG/SVG export
 * ({@link io.latentlab.ui.plot.PlotExport}).
 *
 * <ul>
 *   <li>{@link io.latentlab.ui.plot.CanvasChart} is the base: title, axis labels, light/dark theme, and redraws
 *       coalesced to at most one per pulse (changes only mark the chart dirty).</li>
 *   <li>Everything is painted through {@code Sketch}, onto a Canvas or into an SVG document, so screen and export
 *       come from the same code. {@code AxesFrame} lays out and paints axes, ticks and grid for both charts, with
 *       a {@code FittedTitle} that shrinks or wraps instead of being cut off.</li>
 *   <li>Export ({@code CanvasChart.toSvg()}, {@code toImage(scale)}) paints the chart's {@code Picture}: the screen
 *       content without the hover and probe overlays, plus the scatter plot's {@code ExportLegend}; PNGs are
 *       painted afresh at twice the chart's size by default.</li>
 *   <li>{@link io.latentlab.ui.plot.Palette}: Tableau 10 for classes 0-9, then the notebook's colours, each fitted
 *       to a WCAG contrast of at least 3.2:1 with either theme's background ({@code ColorMetrics}).</li>
 *   <li>The scatter plot is a thin wiring of small collaborators in the manner of chart-fx's plugins and
 *       renderers: {@code PointData} (primitive arrays), {@code ViewRange} (auto range, zoom, pan; no JavaFX),
 *       the plugins {@code ZoomPanHandler}, {@code HoverTooltip}, {@code ProbeMarker} and {@code EndMarkers}, and
 *       {@code PointLayer}, which hands one {@code DotBatch} to the sketch ({@code PointRaster} stamps it into
 *       pixels on screen).</li>
 *   <li>When the rows are images ({@link io.latentlab.ui.plot.RowImages}), the hover tooltip shows the row's
 *       picture, and {@code ThumbnailLayer} can draw a fixed sample of them in place of the dots, built once per
 *       data set and theme; exports include them (the SVG as embedded PNG data URIs).</li>
 *   <li>{@link io.latentlab.ui.plot.ClassVisibility} is the one model of hidden classes: the legend toggles it,
 *       every plot sharing the instance omits those classes.</li>
 * </ul>
 *
 * <p>Dependencies: JavaFX and {@code java.*} only, plus three leaf types of the core, {@code core.data.Matrix}
 * (scatter input), {@code core.data.ImageShape} (row pictures) and {@code core.io.AtomicFiles} (export). Nothing here may import {@code io.latentlab.ui.lab}
 * or other application code: the lab window uses these charts, not the other way round. JavaFX thread only,
 * except the toolkit-free models.
 */
package io.latentlab.ui.plot;

package io.latentlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * Renderer of a scatter plot's points: projects the rows of visible classes that reach the plot area into one
 * {@link DotBatch} and hands it to the sketch, so the screen (stamped pixels) and the SVG (circles) draw the
 * same dots from the same code.
 */
final class PointLayer {

    static final double POINT_RADIUS = 2.0;
    /** Up to this many points, dots are nearly opaque; from {@link #MANY_POINTS} on, translucent. */
    private static final int FEW_POINTS = 1_000;

    private static final int MANY_POINTS = 20_000;

    private final DotBatch batch = new DotBatch();
    private boolean coloursDark;
    private boolean coloursLabelled;

    PointLayer() {
        batch.radius = POINT_RADIUS;
    }

    /**
     * Opacity of one dot. Few points are drawn nearly opaque (nothing overlaps to show density); many are
     * translucent so dense regions read darker. On a dark background a translucent dot mixes towards the background
     * and looks muddy, so dark keeps every step more opaque. Steps of 0.05, so the dot stamp is rarely rebuilt.
     */
    static double alpha(int pointCount, boolean dark) {
        double t = (Math.log10(Math.max(pointCount, 1)) - Math.log10(FEW_POINTS))
                / (Math.log10(MANY_POINTS) - Math.log10(FEW_POINTS));
        t = Math.max(0, Math.min(1, t));
        double alpha = dark ? 0.95 - 0.25 * t : 0.85 - 0.4 * t;
        return Math.round(alpha * 20) / 20.0;
    }

    /** Opacity of the points under thumbnails: a hint of the rest of the data that leaves the pictures legible. */
    static final double FAINT_ALPHA = 0.25;

    /** @param faint draws all dots at {@link #FAINT_ALPHA}, beneath thumbnails */
    void paint(Sketch s, AxesFrame f, PointData data, ClassVisibility visibility, boolean dark, boolean faint) {
        refreshColours(data, dark);
        batch.opacity = faint ? FAINT_ALPHA : alpha(data.count(), dark);
        batch.density = !faint && data.count() >= DensityRaster.MIN_POINTS;
        batch.reset(data.count(), f.left, f.top, f.plotWidth, f.plotHeight);
        for (int i = 0; i < data.count(); i++) {
            int c = data.classOf(i);
            if (visibility.isHidden(c)) {
                continue;
            }
            double x = f.toPixelX(data.x(i));
            double y = f.toPixelY(data.y(i));
            if (batch.touchesClip(x, y)) {
                batch.add(x, y, c);
            }
        }
        if (batch.size > 0) {
            s.dots(batch);
        }
    }

    private void refreshColours(PointData data, boolean dark) {
        int classes = data.classCount();
        if (batch.colours.length == classes && coloursDark == dark && coloursLabelled == data.labelled()) {
            return;
        }
        batch.colours = new Color[classes];
        batch.groups = new String[classes];
        for (int c = 0; c < classes; c++) {
            batch.colours[c] = Palette.color(c, dark);
            batch.groups[c] = data.labelled() ? "class-" + c : "points";
        }
        coloursDark = dark;
        coloursLabelled = data.labelled();
    }
}

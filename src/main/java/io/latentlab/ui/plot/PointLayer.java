package io.latentlab.ui.plot;

import javafx.scene.paint.Color;

/**
 * Renderer of a scatter plot's points: projects the rows of visible classes that reach the plot area into one
 * {@link DotBatch} and hands it to the sketch, so the screen (stamped pixels) and the SVG (circles) draw the
 * same dots from the same code.
 */
final class PointLayer {

    static final double POINT_RADIUS = 2.0;
    static final double POINT_ALPHA = 0.5;

    private final DotBatch batch = new DotBatch();
    private boolean coloursDark;
    private boolean coloursLabelled;

    PointLayer() {
        batch.radius = POINT_RADIUS;
        batch.opacity = POINT_ALPHA;
    }

    void paint(Sketch s, AxesFrame f, PointData data, ClassVisibility visibility, boolean dark) {
        refreshColours(data, dark);
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
        if (batch.colours.length == classes && coloursDark == dark
                && coloursLabelled == data.labelled()) {
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

package io.latentlab.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renderer of a sample of the rows as small pictures at their points (as ConvNetJS's autoencoder demo and the
 * Embedding Projector's sprites do), each on paper tinted in its class colour with a border in it, so classes stay
 * readable. The sample, up to {@link #SAMPLE} rows spread evenly over the classes, is chosen once per data set and
 * its pictures are built once per data set and theme; a frame only places them, so training stays smooth.
 */
final class ThumbnailLayer {

    /** Readable without hiding the whole plot under pictures. */
    static final int SAMPLE = 300;
    /** Target side in screen pixels: 28x28 images at 1:1, 8x8 digits at 3 pixels per pixel. */
    private static final int SIDE = 26;

    private static final int FRAME = 1;

    private RowImages images;
    private int[] sample;
    private WritableImage[] pictures;
    private boolean picturesDark;

    /** New pictures drop the sample and the cache; the same data set (a new frame of it) keeps both. */
    void setImages(RowImages newImages) {
        if (newImages != null && newImages.sameAs(images)) {
            return;
        }
        images = newImages;
        sample = null;
        pictures = null;
    }

    RowImages images() {
        return images;
    }

    /** Screen pixels per image pixel for the thumbnails. */
    static int cell(RowImages images) {
        int side = Math.max(images.shape().width(), images.shape().height());
        return Math.max(1, Math.round((float) SIDE / side));
    }

    void paint(Sketch s, AxesFrame f, PointData data, ClassVisibility visibility, boolean dark) {
        int n = Math.min(data.count(), images.rows());
        if (n == 0) {
            return;
        }
        if (sample == null) {
            sample = sample(data, n);
        }
        if (pictures == null || picturesDark != dark) {
            pictures = render(data, dark);
            picturesDark = dark;
        }
        s.beginClip(f.left, f.top, f.plotWidth, f.plotHeight);
        for (int k = 0; k < sample.length; k++) {
            int row = sample[k];
            if (row >= data.count() || visibility.isHidden(data.classOf(row))) {
                continue;
            }
            double x = f.toPixelX(data.x(row));
            double y = f.toPixelY(data.y(row));
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            WritableImage p = pictures[k];
            double w = p.getWidth();
            double h = p.getHeight();
            // Whole pixels, so the image pixels stay crisp.
            s.image(p, Math.round(x - w / 2), Math.round(y - h / 2), w, h);
        }
        s.endClip();
    }

    /**
     * Up to SAMPLE of the first n rows: classes take turns (a small class gives up its turns once exhausted),
     * each taking rows evenly spaced through its own rows; the order interleaves the classes so none is always on
     * top.
     */
    static int[] sample(PointData data, int n) {
        int classes = data.classCount();
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byClass.get(data.classOf(i)).add(i);
        }
        int[] quota = new int[classes];
        int total = Math.min(SAMPLE, n);
        for (int taken = 0; taken < total; ) {
            for (int c = 0; c < classes && taken < total; c++) {
                if (quota[c] < byClass.get(c).size()) {
                    quota[c]++;
                    taken++;
                }
            }
        }
        int[] rows = new int[total];
        int next = 0;
        for (int k = 0; next < total; k++) {
            for (int c = 0; c < classes; c++) {
                if (k < quota[c]) {
                    List<Integer> members = byClass.get(c);
                    rows[next++] = members.get((int) ((k + 0.5) * members.size() / quota[c]));
                }
            }
        }
        return rows;
    }

    private WritableImage[] render(PointData data, boolean dark) {
        PlotTheme t = PlotTheme.of(dark);
        // Grey ink on a light (or, dark theme, dark) tint of the class colour: the picture reads as a picture.
        Color ink = dark ? Color.gray(0.95) : Color.gray(0.07);
        int cell = cell(images);
        WritableImage[] result = new WritableImage[sample.length];
        for (int k = 0; k < sample.length; k++) {
            Color classColour = Palette.color(data.classOf(sample[k]), dark);
            Color paper = t.background.interpolate(classColour, dark ? 0.3 : 0.2);
            result[k] = images.render(sample[k], cell, paper, ink, FRAME, classColour);
        }
        return result;
    }
}

package io.latentlab.ui.plot;

import io.latentlab.core.data.ImageShape;
import io.latentlab.core.data.Matrix;
import java.util.Arrays;
import java.util.Objects;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The plotted rows as pictures: row i of {@code pixels} holds the pixels of point i, row by row in {@code shape}.
 * Ink is measured against the whole matrix's value range (0..255 for Fashion-MNIST, 0..16 for the digits), so any
 * scaling of the features leaves the pictures as they were scanned. The range is found once, on first use.
 */
public final class RowImages {

    private final Matrix pixels;
    private final ImageShape shape;
    private double lowest = Double.NaN;
    private double span;

    /** @throws IllegalArgumentException when the matrix's columns are not the shape's pixels */
    public RowImages(Matrix pixels, ImageShape shape) {
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.shape = Objects.requireNonNull(shape, "shape");
        if (shape.pixels() != pixels.cols()) {
            throw new IllegalArgumentException(
                    "images of " + shape + " need " + shape.pixels() + " columns, got " + pixels.cols());
        }
    }

    public ImageShape shape() {
        return shape;
    }

    public int rows() {
        return pixels.rows();
    }

    /** The same pictures: the very same matrix in the same shape (a new frame of the same data set). */
    boolean sameAs(RowImages other) {
        return other != null && other.pixels == pixels && other.shape.equals(shape);
    }

    /** Ink of one pixel from 0 (paper) to 1 (the darkest value of the data). */
    double ink(int row, int pixel) {
        if (Double.isNaN(lowest)) {
            findRange();
        }
        double v = pixels.data()[row * pixels.cols() + pixel];
        return span > 0 && Double.isFinite(v) ? Math.max(0, Math.min(1, (v - lowest) / span)) : 0;
    }

    private void findRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : pixels.data()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        lowest = Double.isFinite(lo) ? lo : 0;
        span = Double.isFinite(hi) ? hi - lowest : 0;
    }

    /**
     * Row {@code row} as an image of whole pixels, {@code cell} screen pixels per image pixel (crisp at any size),
     * ink mixed from {@code paper} to {@code inkColour}, with a {@code frame}-wide border in {@code frameColour}.
     */
    WritableImage render(int row, int cell, Color paper, Color inkColour, int frame, Color frameColour) {
        int w = shape.width() * cell + 2 * frame;
        int h = shape.height() * cell + 2 * frame;
        int[] argb = new int[w * h];
        Arrays.fill(argb, Palette.argb(frameColour));
        for (int r = 0; r < shape.height(); r++) {
            for (int c = 0; c < shape.width(); c++) {
                int colour = Palette.argb(paper.interpolate(inkColour, ink(row, r * shape.width() + c)));
                for (int y = 0; y < cell; y++) {
                    int start = (frame + r * cell + y) * w + frame + c * cell;
                    Arrays.fill(argb, start, start + cell, colour);
                }
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}

package io.latentlab.core.data;

/**
 * The height and width of the images whose pixels are a data set's feature columns, stored row by row
 * (feature {@code r * width + c} is the pixel in row r, column c), so the rows can be drawn as pictures.
 *
 * @param height pixel rows, at least 1
 * @param width  pixel columns, at least 1
 */
public record ImageShape(int height, int width) {

    public ImageShape {
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape must be positive, got " + height + "x" + width);
        }
        if ((long) height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image shape " + height + "x" + width + " has too many pixels");
        }
    }

    /** Number of pixels, which is the number of feature columns of a data set of such images. */
    public int pixels() {
        return height * width;
    }

    @Override
    public String toString() {
        return height + "x" + width;
    }
}

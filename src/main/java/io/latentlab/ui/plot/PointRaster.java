package io.latentlab.ui.plot;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws a {@link DotBatch} on a canvas through a pixel buffer: 20,000 dots take a few milliseconds, where as many
 * canvas ovals take far longer. The buffer covers the clip rectangle at the window's output scale (sharp on HiDPI),
 * starts transparent so the grid drawn beneath shows through, and is reused between frames.
 *
 * <p>The image shares an int buffer in the renderer's own format (premultiplied ARGB): a default WritableImage
 * stores bytes, so each frame was converted twice, to bytes here and back to ints when the renderer took it.
 */
final class PointRaster {

    private int[] pixels = new int[0];
    private int[] colourArgb = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private DotStamp stamp;
    private final DensityRaster density = new DensityRaster();

    void draw(GraphicsContext gc, DotBatch batch, double scale) {
        // Whole device pixels: an image drawn unscaled at whole pixels is a plain copy, where a fractional
        // position makes the renderer filter every pixel (in software rendering, most of a chart's frame).
        double left = Math.floor(batch.clipLeft * scale) / scale;
        double top = Math.floor(batch.clipTop * scale) / scale;
        batch.clipWidth = Math.ceil((batch.clipLeft + batch.clipWidth) * scale) / scale - left;
        batch.clipHeight = Math.ceil((batch.clipTop + batch.clipHeight) * scale) / scale - top;
        batch.clipLeft = left;
        batch.clipTop = top;
        int bw = Math.max(1, (int) Math.round(batch.clipWidth * scale));
        int bh = Math.max(1, (int) Math.round(batch.clipHeight * scale));
        if (pixels.length < bw * bh) {
            pixels = new int[bw * bh];
        }
        if (batch.density) {
            density.render(batch, scale, bw, bh, pixels);
            show(gc, batch, bw, bh);
            return;
        }
        Arrays.fill(pixels, 0, bw * bh, 0);
        double radius = batch.radius * scale;
        if (stamp == null || stamp.radius != radius || stamp.alpha != batch.opacity) {
            stamp = new DotStamp(radius, batch.opacity);
        }
        if (colourArgb.length < batch.colours.length) {
            colourArgb = new int[batch.colours.length];
        }
        for (int c = 0; c < batch.colours.length; c++) {
            colourArgb[c] = Palette.argb(batch.colours[c]);
        }
        for (int i = 0; i < batch.size; i++) {
            stamp.blend(
                    pixels,
                    bw,
                    bh,
                    (batch.xs[i] - batch.clipLeft) * scale,
                    (batch.ys[i] - batch.clipTop) * scale,
                    colourArgb[batch.colourIndex[i]]);
        }
        show(gc, batch, bw, bh);
    }

    private void show(GraphicsContext gc, DotBatch batch, int bw, int bh) {
        if (buffer == null || buffer.getWidth() != bw || buffer.getHeight() != bh) {
            buffer = new PixelBuffer<>(bw, bh, IntBuffer.allocate(bw * bh), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        int count = bw * bh;
        // An absolute put leaves the buffer's position at 0: the GPU pipelines upload what remains from there.
        buffer.updateBuffer(b -> {
            b.getBuffer().put(0, pixels, 0, count);
            return null; // the whole image changed
        });
        gc.drawImage(image, batch.clipLeft, batch.clipTop, batch.clipWidth, batch.clipHeight);
    }
}

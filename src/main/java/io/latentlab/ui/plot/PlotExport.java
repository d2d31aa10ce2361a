package io.latentlab.ui.plot;

import io.latentlab.core.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/**
 * Saves charts as PNG ({@link CanvasChart#toImage}) or SVG ({@link CanvasChart#toSvg()}): the same content, the
 * chart's title, axes, data and class legend, without the mouse overlays. Files are written atomically: a failed
 * write leaves no partial file. Errors name the file.
 */
public final class PlotExport {

    /** PNGs are twice the on-screen size unless asked otherwise: sharp in documents and on HiDPI screens. */
    public static final double DEFAULT_PNG_SCALE = 2;

    private PlotExport() {}

    /** {@code chart} as a PNG of twice its on-screen size. JavaFX thread only. */
    public static void writePng(CanvasChart chart, Path file) throws IOException {
        writePng(chart, file, DEFAULT_PNG_SCALE);
    }

    /**
     * {@code chart} as a PNG of {@code scale} times its on-screen size (1 = screen pixels). JavaFX thread only.
     *
     * @throws IOException              naming the file when it cannot be written
     * @throws IllegalArgumentException for a scale outside (0, 8] or an image over 8192 pixels a side
     */
    public static void writePng(CanvasChart chart, Path file, double scale) throws IOException {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(file, "file");
        CanvasChart.requireFxThread("PlotExport.writePng");
        BufferedImage image = toBufferedImage(chart.toImage(scale));
        write(
                file,
                "PNG",
                () -> AtomicFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("no PNG encoder available");
                    }
                }));
    }

    /** Writes an SVG document (e.g. {@link CanvasChart#toSvg()}) to {@code file}. Any thread. */
    public static void writeSvg(String svg, Path file) throws IOException {
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(file, "file");
        write(file, "SVG", () -> AtomicFiles.writeString(file, svg));
    }

    static BufferedImage toBufferedImage(Image snapshot) {
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = snapshot.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(Path file, String kind, IoAction action) throws IOException {
        try {
            action.run();
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (message.contains(file.toString())) {
                throw e;
            }
            throw new IOException("cannot write " + kind + " " + file + ": " + message, e);
        }
    }
}

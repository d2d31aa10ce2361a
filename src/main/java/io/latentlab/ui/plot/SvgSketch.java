package io.latentlab.ui.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** {@link Sketch} that writes a standalone SVG document. */
final class SvgSketch implements Sketch {

    private static final String FONT_FAMILY = "Segoe UI, Helvetica, Arial, sans-serif";

    private final StringBuilder sb = new StringBuilder(4096);
    private int clipPaths;

    SvgSketch(double width, double height, String title) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"");
        num(width).append("\" height=\"");
        num(height).append("\" viewBox=\"0 0 ");
        num(width).append(' ');
        num(height).append("\">\n");
        if (title != null && !title.isEmpty()) {
            sb.append("<title>");
            escape(title).append("</title>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        rect(x, y, w, h).append(" stroke=\"none\"");
        fill(color).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color color, double lineWidth) {
        rect(x, y, w, h).append(" fill=\"none\"");
        stroke(color, lineWidth).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color color, double lineWidth) {
        sb.append("<line x1=\"");
        num(x1).append("\" y1=\"");
        num(y1).append("\" x2=\"");
        num(x2).append("\" y2=\"");
        num(y2).append('"');
        stroke(color, lineWidth).append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, TextStyle style, Color color, HPos hAlign, VPos vAlign) {
        sb.append("<text x=\"");
        num(x).append("\" y=\"");
        num(y).append('"');
        textAttributes(style, color, hAlign, vAlign);
        sb.append('>');
        escape(s).append("</text>\n");
    }

    @Override
    public void verticalText(String s, double cx, double cy, TextStyle style, Color color) {
        sb.append("<text x=\"0\" y=\"0\" transform=\"translate(");
        num(cx).append(' ');
        num(cy).append(") rotate(-90)\"");
        textAttributes(style, color, HPos.CENTER, VPos.CENTER);
        sb.append('>');
        escape(s).append("</text>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color color, double lineWidth) {
        int i = 0;
        while (i < n) {
            while (i < n && (Double.isNaN(xs[i]) || Double.isNaN(ys[i]))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            sb.append("<polyline fill=\"none\" stroke-linejoin=\"round\"");
            stroke(color, lineWidth).append(" points=\"");
            while (i < n && !Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
                num(xs[i]).append(',');
                num(ys[i]).append(' ');
                i++;
            }
            sb.setLength(sb.length() - 1);
            sb.append("\"/>\n");
        }
    }

    @Override
    public void fillCircle(double cx, double cy, double r, Color color) {
        sb.append("<circle cx=\"");
        num(cx).append("\" cy=\"");
        num(cy).append("\" r=\"");
        num(r).append("\" stroke=\"none\"");
        fill(color).append("/>\n");
    }

    /**
     * Groups the dots by colour, each group sharing one fill, which keeps 20,000-point files small. A density batch
     * (very many points) is embedded as the same density picture the screen shows, a PNG at twice the size: a
     * million circles would make a file no viewer opens.
     */
    @Override
    public void dots(DotBatch batch) {
        if (batch.density) {
            densityImage(batch);
            return;
        }
        String clipId = "plot-area-" + ++clipPaths;
        sb.append("<clipPath id=\"").append(clipId).append("\">");
        rect(batch.clipLeft, batch.clipTop, batch.clipWidth, batch.clipHeight).append("/></clipPath>\n");
        sb.append("<g clip-path=\"url(#").append(clipId).append(")\">\n");
        for (int c = 0; c < batch.colours.length; c++) {
            int start = sb.length();
            // stroke="none" is the SVG default, but some simple renderers outline shapes without it.
            sb.append("<g class=\"");
            escape(batch.groups[c])
                    .append("\" stroke=\"none\" fill=\"")
                    .append(Palette.toHex(batch.colours[c]))
                    .append("\" fill-opacity=\"");
            num(batch.opacity).append("\">\n");
            int header = sb.length();
            for (int i = 0; i < batch.size; i++) {
                if (batch.colourIndex[i] == c) {
                    sb.append("<circle cx=\"");
                    num(batch.xs[i]).append("\" cy=\"");
                    num(batch.ys[i]).append("\" r=\"");
                    num(batch.radius).append("\"/>\n");
                }
            }
            if (sb.length() == header) {
                sb.setLength(start); // no dots of this colour (e.g. a hidden class): no group, no colour
            } else {
                sb.append("</g>\n");
            }
        }
        sb.append("</g>\n");
    }

    private void densityImage(DotBatch batch) {
        double scale = 2;
        int w = Math.max(1, (int) Math.round(batch.clipWidth * scale));
        int h = Math.max(1, (int) Math.round(batch.clipHeight * scale));
        int[] pixels = new int[w * h];
        new DensityRaster().render(batch, scale, w, h, pixels);
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        image.getRaster().setDataElements(0, 0, w, h, pixels); // the raw premultiplied values, as rendered
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the density picture could not be encoded", e);
        }
        sb.append("<image class=\"density\" x=\"");
        num(batch.clipLeft).append("\" y=\"");
        num(batch.clipTop).append("\" width=\"");
        num(batch.clipWidth).append("\" height=\"");
        num(batch.clipHeight).append("\" preserveAspectRatio=\"none\" href=\"data:image/png;base64,");
        sb.append(java.util.Base64.getEncoder().encodeToString(png.toByteArray()))
                .append("\"/>\n");
    }

    @Override
    public void beginClip(double x, double y, double w, double h) {
        String clipId = "clip-" + ++clipPaths;
        sb.append("<clipPath id=\"").append(clipId).append("\">");
        rect(x, y, w, h).append("/></clipPath>\n");
        sb.append("<g clip-path=\"url(#").append(clipId).append(")\">\n");
    }

    @Override
    public void endClip() {
        sb.append("</g>\n");
    }

    /** Embedded as a PNG data URI; "pixelated" keeps viewers from blurring the enlarged pixels. */
    @Override
    public void image(Image image, double x, double y, double w, double h) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(PlotExport.toBufferedImage(image), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a picture for the SVG", e); // in memory: not expected
        }
        sb.append("<image x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" width=\"");
        num(w).append("\" height=\"");
        num(h).append('"');
        sb.append(" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\" style=\"image-rendering:pixelated\""
                        + " xlink:href=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png.toByteArray()))
                .append("\"/>\n");
    }

    String finish() {
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** Opens a rect element with its position and size; the caller adds paint and closes it. */
    private StringBuilder rect(double x, double y, double w, double h) {
        sb.append("<rect x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" width=\"");
        num(w).append("\" height=\"");
        return num(h).append('"');
    }

    private void textAttributes(TextStyle style, Color color, HPos hAlign, VPos vAlign) {
        sb.append(" stroke=\"none\" font-family=\"").append(FONT_FAMILY).append("\" font-size=\"");
        num(style.size).append('"');
        if (style.bold) {
            sb.append(" font-weight=\"bold\"");
        }
        sb.append(" text-anchor=\"")
                .append(
                        switch (hAlign) {
                            case LEFT -> "start";
                            case CENTER -> "middle";
                            case RIGHT -> "end";
                        })
                .append('"');
        // dy shifts rather than dominant-baseline, which several SVG viewers ignore.
        switch (vAlign) {
            case TOP -> sb.append(" dy=\"0.8em\"");
            case CENTER -> sb.append(" dy=\"0.35em\"");
            case BOTTOM -> sb.append(" dy=\"-0.25em\"");
            case BASELINE -> {}
        }
        fill(color);
    }

    private StringBuilder fill(Color color) {
        sb.append(" fill=\"").append(Palette.toHex(color)).append('"');
        if (color.getOpacity() < 1) {
            sb.append(" fill-opacity=\"");
            num(color.getOpacity()).append('"');
        }
        return sb;
    }

    private StringBuilder stroke(Color color, double lineWidth) {
        sb.append(" stroke=\"").append(Palette.toHex(color)).append("\" stroke-width=\"");
        num(lineWidth).append('"');
        if (color.getOpacity() < 1) {
            sb.append(" stroke-opacity=\"");
            num(color.getOpacity()).append('"');
        }
        return sb;
    }

    /** Appends v with at most two decimals; hand-rolled because String.format per point is slow for 20k points. */
    private StringBuilder num(double v) {
        if (!Double.isFinite(v)) {
            return sb.append('0');
        }
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            sb.append('.');
            if (frac < 10) {
                sb.append('0').append(frac);
            } else if (frac % 10 == 0) {
                sb.append(frac / 10);
            } else {
                sb.append(frac);
            }
        }
        return sb;
    }

    private StringBuilder escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    // Control characters other than tab/newline are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb;
    }
}

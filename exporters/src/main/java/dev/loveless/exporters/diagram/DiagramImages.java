package dev.loveless.exporters.diagram;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Exports a diagram as an image for slides and documents, headless: SVG (vector) or PNG
 * (raster, at a chosen scale). The whole diagram, or only the selected states (with the
 * transitions drawn among what is shown). Used by the designer's File ▸ Export and meant for the
 * command line's {@code export --format svg|png}.
 */
public final class DiagramImages {

    /** Image formats. */
    public enum ImageFormat { SVG, PNG }

    /** Margin around the exported content. */
    public static final double MARGIN = 24;

    /** The largest PNG side, to keep a huge diagram from exhausting memory. */
    public static final int MAX_PNG_SIDE = 16_384;

    private DiagramImages() {
    }

    /** @return the region to export: everything, or the frames of the selected states, plus a margin */
    public static Bounds region(DiagramGeometry geometry, Set<StatePath> selection) {
        if (selection == null || selection.isEmpty()) {
            return geometry.total().inflated(MARGIN);
        }
        List<Bounds> frames = new ArrayList<>();
        for (StateShape shape : geometry.states()) {
            if (selection.contains(shape.path())) {
                frames.add(shape.frame());
            }
        }
        Bounds union = Bounds.unionOf(frames);
        return (union == null ? geometry.total() : union).inflated(MARGIN);
    }

    /** @return an SVG document of the region */
    public static String svg(DiagramGeometry geometry, Set<StatePath> selection, Theme theme) {
        Bounds region = region(geometry, selection);
        SvgSurface surface = new SvgSurface();
        new DiagramPainter(surface, theme).paint(geometry, region, 1, DiagramPainter.Highlights.NONE);
        return surface.document(region.x(), region.y(), region.width(), region.height(), theme.background());
    }

    /** @return PNG bytes of the region at {@code scale} pixels per diagram unit (shrunk if it would be too large) */
    public static byte[] png(DiagramGeometry geometry, Set<StatePath> selection, Theme theme, double scale) {
        Bounds region = region(geometry, selection);
        double fit = Math.min(scale, Math.min(MAX_PNG_SIDE / region.width(), MAX_PNG_SIDE / region.height()));
        int width = Math.max(1, (int) Math.ceil(region.width() * fit));
        int height = Math.max(1, (int) Math.ceil(region.height() * fit));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new java.awt.Color(theme.background(), true));
            g.fillRect(0, 0, width, height);
            g.scale(fit, fit);
            g.translate(-region.x(), -region.y());
            new DiagramPainter(new Java2dSurface(g), theme).paint(geometry, region, fit, DiagramPainter.Highlights.NONE);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the image in {@code format}, as bytes to write to a file */
    public static byte[] export(DiagramGeometry geometry, Set<StatePath> selection, Theme theme, ImageFormat format) {
        if (format == ImageFormat.SVG) {
            return svg(geometry, selection, theme).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return png(geometry, selection, theme, 2);
    }
}

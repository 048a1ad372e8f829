package dev.loveless.app.designer.canvas;

import dev.loveless.exporters.diagram.Surface;
import dev.loveless.exporters.diagram.SvgPathParser;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Surface} over a JavaFX canvas: what the designer's canvas draws on. It lives as long
 * as its canvas, so fonts, colours, text widths and the icons' parsed outlines are worked out
 * once, not per frame; lines of one style go to the renderer as one path, and a rounded corner
 * too small to see on screen is drawn as a plain corner (the software renderer's fast case).
 */
public final class FxSurface implements Surface {

    private static final String FAMILY = Font.getDefault().getFamily();

    private final GraphicsContext g;
    private final Map<TextStyle, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, Path2D.Double> icons = new HashMap<>();
    private final Text measure = new Text();
    private double scale = 1;

    public FxSurface(GraphicsContext graphics) {
        this.g = graphics;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** Tells the surface how many pixels a diagram unit takes in the frame about to be drawn. */
    public void setScale(double pixelsPerUnit) {
        this.scale = pixelsPerUnit;
    }

    private Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, s -> Font.font(FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.size()));
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, ((c >>> 24) & 0xFF) / 255.0));
    }

    private void stroke(int argb, double width, double[] dashes) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.setLineDashes(dashes);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, int argb) {
        g.setFill(colour(argb));
        if (radius * scale < 1) {
            g.fillRect(x, y, width, height);
        } else {
            g.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, int argb,
                                double lineWidth, double[] dashes) {
        stroke(argb, lineWidth, dashes);
        g.strokeRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokePolyline(double[] points, int argb, double lineWidth, double[] dashes) {
        stroke(argb, lineWidth, dashes);
        g.beginPath();
        g.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            g.lineTo(points[i], points[i + 1]);
        }
        g.stroke();
    }

    @Override
    public void strokePolylines(List<double[]> polylines, int argb, double lineWidth, double[] dashes) {
        if (polylines.isEmpty()) {
            return;
        }
        stroke(argb, lineWidth, dashes);
        g.beginPath();
        for (double[] points : polylines) {
            g.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                g.lineTo(points[i], points[i + 1]);
            }
        }
        g.stroke();
    }

    @Override
    public void fillPolygon(double[] points, int argb) {
        fillPolygons(List.of(points), argb);
    }

    @Override
    public void fillPolygons(List<double[]> polygons, int argb) {
        if (polygons.isEmpty()) {
            return;
        }
        g.setFill(colour(argb));
        g.beginPath();
        for (double[] points : polygons) {
            g.moveTo(points[0], points[1]);
            for (int i = 2; i < points.length; i += 2) {
                g.lineTo(points[i], points[i + 1]);
            }
            g.closePath();
        }
        g.fill();
    }

    @Override
    public void fillOval(double x, double y, double width, double height, int argb) {
        g.setFill(colour(argb));
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, int argb, double lineWidth) {
        stroke(argb, lineWidth, null);
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, int argb) {
        g.setFont(font(style));
        g.setFill(colour(argb));
        g.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        String key = style.size() + (style.bold() ? "b" : "") + (style.italic() ? "i" : "") + '\u0000' + text;
        Double width = widths.get(key);
        if (width == null) {
            measure.setFont(font(style));
            measure.setText(text);
            width = measure.getLayoutBounds().getWidth();
            if (widths.size() > 20_000) {
                widths.clear();
            }
            widths.put(key, width);
        }
        return width;
    }

    @Override
    public void icon(String svgPath, double x, double y, double size, int argb, double lineWidth) {
        g.save();
        g.translate(x, y);
        g.scale(size / 24, size / 24);
        stroke(argb, lineWidth, null);
        g.beginPath();
        PathIterator segments = icons.computeIfAbsent(svgPath, SvgPathParser::parse).getPathIterator(null);
        double[] c = new double[6];
        for (; !segments.isDone(); segments.next()) {
            switch (segments.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> g.moveTo(c[0], c[1]);
                case PathIterator.SEG_LINETO -> g.lineTo(c[0], c[1]);
                case PathIterator.SEG_QUADTO -> g.quadraticCurveTo(c[0], c[1], c[2], c[3]);
                case PathIterator.SEG_CUBICTO -> g.bezierCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                default -> g.closePath();
            }
        }
        g.stroke();
        g.restore();
    }
}

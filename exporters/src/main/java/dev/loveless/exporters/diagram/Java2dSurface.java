package dev.loveless.exporters.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link Surface} over a Java2D {@link Graphics2D}: PNG export, headless (no JavaFX needed). */
public final class Java2dSurface implements Surface {

    private static final Map<String, Path2D.Double> ICONS = new ConcurrentHashMap<>();

    private final Graphics2D g;

    public Java2dSurface(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    static Font font(TextStyle style) {
        int flags = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
        return new Font(Font.SANS_SERIF, flags, 12).deriveFont((float) style.size());
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }

    private static BasicStroke stroke(double width, double[] dashes) {
        if (dashes == null) {
            return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] pattern = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            pattern[i] = (float) dashes[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, int argb) {
        g.setColor(color(argb));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, int argb,
                                double lineWidth, double[] dashes) {
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth, dashes));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokePolyline(double[] points, int argb, double lineWidth, double[] dashes) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth, dashes));
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] points, int argb) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        g.setColor(color(argb));
        g.fill(path);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, int argb) {
        g.setColor(color(argb));
        g.fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, int argb, double lineWidth) {
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth, null));
        g.draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, int argb) {
        g.setColor(color(argb));
        g.setFont(font(style));
        g.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return font(style).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void icon(String svgPath, double x, double y, double size, int argb, double lineWidth) {
        Path2D.Double path = ICONS.computeIfAbsent(svgPath, SvgPathParser::parse);
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(size / 24, size / 24);
        g.setColor(color(argb));
        g.setStroke(stroke(lineWidth, null));
        g.draw(path);
        g.setTransform(saved);
    }
}

package dev.loveless.exporters.diagram;

import java.util.List;

/**
 * What the {@link DiagramPainter} draws on, in diagram coordinates: the designer's canvas, an SVG
 * document, a PNG image. Colours are ARGB integers. Implementations measure text with the same
 * fonts they draw it with, so that names are shortened to fit exactly.
 */
public interface Surface {

    /** A font: size in diagram units, bold or not, italic or not. */
    record TextStyle(double size, boolean bold, boolean italic) {
        public TextStyle {
            if (!(size > 0)) {
                throw new IllegalArgumentException("a font size is positive");
            }
        }
    }

    void fillRoundRect(double x, double y, double width, double height, double radius, int argb);

    void strokeRoundRect(double x, double y, double width, double height, double radius, int argb, double lineWidth,
                         double[] dashes);

    /** Strokes a polyline {@code x0, y0, x1, y1, …}; {@code dashes} may be {@code null}. */
    void strokePolyline(double[] points, int argb, double lineWidth, double[] dashes);

    /**
     * Strokes many polylines in one style; a surface that pays per drawing call (the canvas) draws
     * them as one path.
     */
    default void strokePolylines(List<double[]> polylines, int argb, double lineWidth, double[] dashes) {
        for (double[] points : polylines) {
            strokePolyline(points, argb, lineWidth, dashes);
        }
    }

    /** Fills a polygon {@code x0, y0, x1, y1, …}. */
    void fillPolygon(double[] points, int argb);

    /** Fills many polygons in one colour (as one path where that is cheaper). */
    default void fillPolygons(List<double[]> polygons, int argb) {
        for (double[] points : polygons) {
            fillPolygon(points, argb);
        }
    }

    void fillOval(double x, double y, double width, double height, int argb);

    void strokeOval(double x, double y, double width, double height, int argb, double lineWidth);

    /** Draws text with its baseline's left end at {@code (x, y)}. */
    void text(String text, double x, double y, TextStyle style, int argb);

    /** @return the width of {@code text} in this style */
    double textWidth(String text, TextStyle style);

    /**
     * Strokes an icon: an SVG path ({@code M L H V C Z}, absolute or relative) drawn in a 24-unit
     * box, scaled to {@code size} at {@code (x, y)}.
     */
    void icon(String svgPath, double x, double y, double size, int argb, double lineWidth);
}

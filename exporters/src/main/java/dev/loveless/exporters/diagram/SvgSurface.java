package dev.loveless.exporters.diagram;

import java.awt.font.FontRenderContext;
import java.util.Locale;

/**
 * A {@link Surface} that writes an SVG document: vector shapes, real text (searchable and
 * selectable in a browser or a slide), icons as paths. Text is measured with the same sans-serif
 * font metrics as the PNG export.
 */
public final class SvgSurface implements Surface {

    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    private final StringBuilder body = new StringBuilder();

    /** @return a whole SVG document of the given viewport, with what was drawn */
    public String document(double x, double y, double width, double height, int background) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%s %s %s %s\" width=\"%s\" height=\"%s\" "
                        + "font-family=\"DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif\">\n",
                n(x), n(y), n(width), n(height), n(width), n(height)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>\n",
                n(x), n(y), n(width), n(height), rgb(background)));
        svg.append(body);
        svg.append("</svg>\n");
        return svg.toString();
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, int argb) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\"%s/>\n",
                n(x), n(y), n(width), n(height), n(radius), fill(argb)));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius, int argb,
                                double lineWidth, double[] dashes) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%s\" fill=\"none\"%s/>\n",
                n(x), n(y), n(width), n(height), n(radius), stroke(argb, lineWidth, dashes)));
    }

    @Override
    public void strokePolyline(double[] points, int argb, double lineWidth, double[] dashes) {
        body.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"")
                .append(stroke(argb, lineWidth, dashes)).append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void fillPolygon(double[] points, int argb) {
        body.append("<polygon points=\"").append(points(points)).append('"').append(fill(argb)).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double width, double height, int argb) {
        body.append(String.format(Locale.ROOT, "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\"%s/>\n",
                n(x + width / 2), n(y + height / 2), n(width / 2), n(height / 2), fill(argb)));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, int argb, double lineWidth) {
        body.append(String.format(Locale.ROOT, "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"none\"%s/>\n",
                n(x + width / 2), n(y + height / 2), n(width / 2), n(height / 2), stroke(argb, lineWidth, null)));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, int argb) {
        body.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s%s%s>%s</text>\n",
                n(x), n(y), n(style.size()), style.bold() ? " font-weight=\"bold\"" : "",
                style.italic() ? " font-style=\"italic\"" : "", fill(argb), escape(text)));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Java2dSurface.font(style).getStringBounds(text, METRICS).getWidth();
    }

    @Override
    public void icon(String svgPath, double x, double y, double size, int argb, double lineWidth) {
        body.append(String.format(Locale.ROOT,
                "<path d=\"%s\" transform=\"translate(%s %s) scale(%s)\" fill=\"none\"%s stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n",
                escape(svgPath), n(x), n(y), n(size / 24), stroke(argb, lineWidth, null)));
    }

    private static String fill(int argb) {
        int alpha = argb >>> 24;
        return " fill=\"" + rgb(argb) + "\"" + (alpha == 255 ? "" : String.format(Locale.ROOT, " fill-opacity=\"%.3f\"", alpha / 255.0));
    }

    private static String stroke(int argb, double width, double[] dashes) {
        StringBuilder s = new StringBuilder(" stroke=\"").append(rgb(argb)).append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashes != null) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                s.append(i > 0 ? " " : "").append(n(dashes[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String rgb(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    private static String points(double[] points) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            s.append(i > 0 ? " " : "").append(n(points[i])).append(',').append(n(points[i + 1]));
        }
        return s.toString();
    }

    private static String n(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

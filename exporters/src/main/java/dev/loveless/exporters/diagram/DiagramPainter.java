package dev.loveless.exporters.diagram;

import dev.loveless.model.StatePath;
import dev.loveless.model.State;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.diagram.DiagramGeometry.LaneShape;
import dev.loveless.model.diagram.DiagramGeometry.MarkerShape;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.diagram.Sizes;
import dev.loveless.model.Retrier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Draws a {@link DiagramGeometry} on a {@link Surface}: the visual language of the designer,
 * shared by the canvas and the SVG and PNG exports. Only what intersects the visible area is
 * drawn, and below a zoom threshold boxes are drawn without text or icons, so that a machine of
 * thousands of states still draws within a frame.
 */
public final class DiagramPainter {

    /** What to emphasise: selected states, states with problems, a highlighted transition. */
    public record Highlights(Set<StatePath> selected, Map<StatePath, Integer> problems, EdgeShape edge) {
        public static final Highlights NONE = new Highlights(Set.of(), Map.of(), null);

        public Highlights {
            selected = Set.copyOf(selected);
            problems = Map.copyOf(problems);
        }
    }

    /** Below this zoom, text and icons are too small to read: boxes only. */
    public static final double DETAIL_ZOOM = 0.33;

    private static final Surface.TextStyle NAME = new Surface.TextStyle(14, true, false);
    private static final Surface.TextStyle KIND = new Surface.TextStyle(11.5, false, false);
    private static final Surface.TextStyle COMMENT = new Surface.TextStyle(11.5, false, true);
    private static final Surface.TextStyle LABEL = new Surface.TextStyle(Sizes.LABEL_FONT, false, false);
    private static final Surface.TextStyle LANE = new Surface.TextStyle(11, true, false);
    private static final Surface.TextStyle BADGE = new Surface.TextStyle(10.5, true, false);
    private static final Surface.TextStyle MARKER = new Surface.TextStyle(12, true, false);
    private static final double RADIUS = 10;
    private static final double[] DASH = {6, 4};

    private final Surface surface;
    private final Theme theme;
    private final Map<String, String> fitted = new HashMap<>();

    public DiagramPainter(Surface surface, Theme theme) {
        this.surface = Objects.requireNonNull(surface, "surface");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /**
     * Draws every shape intersecting {@code visible}.
     *
     * @param zoom how many pixels one diagram unit takes, to choose the level of detail
     */
    public void paint(DiagramGeometry geometry, Bounds visible, double zoom, Highlights highlights) {
        boolean detail = zoom >= DETAIL_ZOOM;
        List<StateShape> states = geometry.states();
        for (StateShape shape : states) {
            if (shape.container() && shape.frame().overlaps(visible)) {
                container(shape, detail);
            }
        }
        for (LaneShape lane : geometry.lanes()) {
            if (lane.frame().overlaps(visible)) {
                lane(lane, detail);
            }
        }
        edges(geometry.edges(), visible, detail, highlights.edge());
        for (StateShape shape : states) {
            if (shape.frame().overlaps(visible)) {
                if (shape.container()) {
                    header(shape, detail, highlights);
                } else {
                    box(shape, detail, highlights);
                }
            }
        }
        for (MarkerShape marker : geometry.markers()) {
            if (DiagramGeometry.markerBounds(marker).overlaps(visible)) {
                marker(marker, detail);
            }
        }
        if (detail) {
            for (EdgeShape edge : geometry.edges()) {
                if (edge.label() != null && edge.labelBounds().overlaps(visible)) {
                    label(edge);
                }
            }
        }
    }

    // ---- states ----------------------------------------------------------------------------------

    private void box(StateShape shape, boolean detail, Highlights highlights) {
        Bounds b = shape.frame();
        State state = shape.state();
        StatePresentation look = StatePresentation.of(state);
        boolean selected = highlights.selected().contains(shape.path());
        if (!detail) {
            surface.fillRoundRect(b.x(), b.y(), b.width(), b.height(), RADIUS, selected ? theme.selection() : look.accent());
            return;
        }
        shadow(b);
        surface.fillRoundRect(b.x(), b.y(), b.width(), b.height(), RADIUS, theme.box());
        surface.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), RADIUS,
                shape.collapsed() ? look.accent() : theme.boxBorder(), shape.collapsed() ? 1.5 : 1, null);
        // Accent stripe on the left edge, the worker's colour.
        surface.fillRoundRect(b.x(), b.y(), 5, b.height(), 3, look.accent());
        content(shape, look, b.x(), b.y(), b.width());
        if (shape.collapsed()) {
            // A stack edge under the box says "there is more inside".
            surface.strokePolyline(new double[] {b.x() + 8, b.maxY() + 4, b.maxX() - 8, b.maxY() + 4}, look.accent(), 1.5, null);
        }
        decorations(shape, b, highlights);
        if (selected) {
            surface.strokeRoundRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, RADIUS + 3, theme.selection(), 2.5, null);
        }
    }

    private void header(StateShape shape, boolean detail, Highlights highlights) {
        Bounds f = shape.frame();
        StatePresentation look = StatePresentation.of(shape.state());
        boolean selected = highlights.selected().contains(shape.path());
        if (detail) {
            content(shape, look, f.x(), f.y(), f.width());
            // Collapse toggle at the top right.
            double tx = f.maxX() - 26;
            double ty = f.y() + 10;
            surface.strokeRoundRect(tx, ty, 16, 16, 4, theme.muted(), 1, null);
            surface.strokePolyline(new double[] {tx + 4, ty + 8, tx + 12, ty + 8}, theme.muted(), 1.5, null);
            decorations(shape, new Bounds(f.x(), f.y(), f.width() - 28, Sizes.HEADER_HEIGHT), highlights);
        }
        if (selected) {
            surface.strokeRoundRect(f.x() - 3, f.y() - 3, f.width() + 6, f.height() + 6, RADIUS + 5, theme.selection(), 2.5, null);
        }
    }

    private void container(StateShape shape, boolean detail) {
        Bounds f = shape.frame();
        StatePresentation look = StatePresentation.of(shape.state());
        if (detail) {
            shadow(f);
        }
        surface.fillRoundRect(f.x(), f.y(), f.width(), f.height(), RADIUS + 2, theme.container());
        surface.strokeRoundRect(f.x(), f.y(), f.width(), f.height(), RADIUS + 2, theme.containerBorder(), 1.2, null);
        surface.fillRoundRect(f.x(), f.y(), 5, f.height(), 3, look.accent());
    }

    private void lane(LaneShape lane, boolean detail) {
        Bounds l = lane.frame();
        surface.fillRoundRect(l.x(), l.y(), l.width(), l.height(), 8, theme.lane());
        surface.strokeRoundRect(l.x(), l.y(), l.width(), l.height(), 8, theme.laneBorder(), 1, new double[] {4, 3});
        if (detail) {
            surface.text(fit(lane.label().toUpperCase(java.util.Locale.ROOT), LANE, l.width() - 16), l.x() + 10,
                    l.y() + 15, LANE, theme.muted());
        }
    }

    /** Icon tile, name, kind line and the one-line description. */
    private void content(StateShape shape, StatePresentation look, double x, double y, double width) {
        double tile = 34;
        double tx = x + 14;
        double ty = y + 13;
        surface.fillRoundRect(tx, ty, tile, tile, 8, look.accent());
        surface.icon(StateIcons.path(look.icon()), tx + 6, ty + 6, tile - 12, 0xFFFFFFFF, 2);
        double textX = tx + tile + 11;
        double textWidth = x + width - textX - 12;
        surface.text(fit(shape.path().name(), NAME, textWidth - 4), textX, y + 28, NAME, theme.title());
        surface.text(fit(look.kind(), KIND, textWidth), textX, y + 45, KIND, look.accent());
        String comment = shape.state().comment();
        if (comment != null && !comment.isBlank() && !shape.container()) {
            surface.text(fit(comment.strip(), COMMENT, width - 28), x + 14, y + Sizes.STATE_HEIGHT + 9, COMMENT, theme.muted());
        }
    }

    /** The retry badge (top right) and the problem badge (top left). */
    private void decorations(StateShape shape, Bounds b, Highlights highlights) {
        List<Retrier> retry = shape.state().common().retry();
        if (retry != null && !retry.isEmpty()) {
            int attempts = 0;
            for (Retrier retrier : retry) {
                attempts = Math.max(attempts, retrier.maxAttempts() == null ? 3 : retrier.maxAttempts());
            }
            String text = attempts + "×";
            double w = 26 + surface.textWidth(text, BADGE);
            double bx = b.maxX() - w - 8;
            double by = b.y() - 9;
            surface.fillRoundRect(bx, by, w, 18, 9, theme.dark() ? 0xFF3B2F14 : 0xFFFEF3C7);
            surface.strokeRoundRect(bx, by, w, 18, 9, theme.retry(), 1, null);
            surface.icon(StateIcons.path("retry"), bx + 5, by + 3, 12, theme.retry(), 2.4);
            surface.text(text, bx + 20, by + 13, BADGE, theme.retry());
        }
        Integer problems = highlights.problems().get(shape.path());
        if (problems != null && problems > 0) {
            double px = b.x() - 9;
            double py = b.y() - 9;
            surface.fillOval(px, py, 20, 20, theme.problem());
            String count = problems > 9 ? "9+" : String.valueOf(problems);
            surface.text(count, px + 10 - surface.textWidth(count, BADGE) / 2, py + 14, BADGE, 0xFFFFFFFF);
        }
    }

    private void shadow(Bounds b) {
        surface.fillRoundRect(b.x() + 1, b.y() + 2.5, b.width(), b.height(), RADIUS + 1, theme.dark() ? 0x40000000 : 0x140F172A);
    }

    // ---- edges and markers -----------------------------------------------------------------------

    /**
     * The edges, drawn by style (plain, dashed Catch paths, the highlighted one) so that a surface
     * can draw each style's lines, and each colour's arrow heads, in one go.
     */
    private void edges(List<EdgeShape> edges, Bounds visible, boolean detail, EdgeShape highlighted) {
        double width = detail ? 1.5 : 1;
        List<double[]> plain = new ArrayList<>();
        List<double[]> dashed = new ArrayList<>();
        List<double[]> plainHeads = new ArrayList<>();
        List<double[]> dashedHeads = new ArrayList<>();
        EdgeShape shown = null;
        for (EdgeShape edge : edges) {
            if (!edge.bounds().inflated(8).overlaps(visible)) {
                continue;
            }
            if (highlighted != null && edge.equals(highlighted)) {
                shown = edge;
                continue;
            }
            (edge.dashed() ? dashed : plain).add(edge.points());
            if (detail) {
                double[] head = arrowHead(edge.points());
                if (head != null) {
                    (edge.dashed() ? dashedHeads : plainHeads).add(head);
                }
            }
        }
        surface.strokePolylines(plain, theme.edge(), width, null);
        surface.strokePolylines(dashed, theme.errorEdge(), width, DASH);
        surface.fillPolygons(plainHeads, theme.edge());
        surface.fillPolygons(dashedHeads, theme.errorEdge());
        if (shown != null) {
            surface.strokePolyline(shown.points(), theme.selection(), 2.5, shown.dashed() ? DASH : null);
            double[] head = arrowHead(shown.points());
            if (detail && head != null) {
                surface.fillPolygon(head, theme.selection());
            }
        }
    }

    /** @return the arrow head at the end of a polyline, or null when it has no direction */
    private static double[] arrowHead(double[] p) {
        int n = p.length;
        if (n < 4) {
            return null;
        }
        double x1 = p[n - 2];
        double y1 = p[n - 1];
        double dx = x1 - p[n - 4];
        double dy = y1 - p[n - 3];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        dx /= length;
        dy /= length;
        double size = 8;
        return new double[] {
                x1, y1,
                x1 - dx * size - dy * size * 0.55, y1 - dy * size + dx * size * 0.55,
                x1 - dx * size + dy * size * 0.55, y1 - dy * size - dx * size * 0.55};
    }

    /** A label in the box the geometry placed it in (off boxes and other labels), its text centred. */
    private void label(EdgeShape edge) {
        Bounds box = edge.labelBounds();
        boolean otherwise = "otherwise".equals(edge.label());
        String text = fit(edge.label(), LABEL, box.width() - 2 * Sizes.LABEL_PADDING + 1);
        int border = edge.dashed() ? theme.errorEdge() : otherwise ? theme.muted() : StatePresentation.CHOICE;
        surface.fillRoundRect(box.x(), box.y(), box.width(), box.height(), box.height() / 2, theme.labelBackground());
        surface.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), box.height() / 2, border, 1,
                otherwise ? new double[] {3, 2} : null);
        surface.text(text, box.centerX() - surface.textWidth(text, LABEL) / 2, box.y() + 13, LABEL,
                edge.dashed() ? theme.errorEdge() : theme.text());
    }

    private void marker(MarkerShape marker, boolean detail) {
        Bounds b = DiagramGeometry.markerBounds(marker);
        if (marker.root()) {
            int fill = marker.start() ? StatePresentation.SUCCEED : theme.marker();
            surface.fillRoundRect(b.x(), b.y(), b.width(), b.height(), b.height() / 2, fill);
            if (detail) {
                String text = marker.start() ? "Start" : "End";
                surface.text(text, b.centerX() - surface.textWidth(text, MARKER) / 2, b.centerY() + 4.5, MARKER,
                        theme.dark() && !marker.start() ? 0xFF0F172A : 0xFFFFFFFF);
            }
            return;
        }
        if (marker.start()) {
            surface.fillOval(b.x(), b.y(), b.width(), b.height(), theme.muted());
        } else {
            surface.fillOval(b.x(), b.y(), b.width(), b.height(), theme.lane());
            surface.strokeOval(b.x(), b.y(), b.width(), b.height(), theme.muted(), 2);
            surface.fillOval(b.x() + 5, b.y() + 5, b.width() - 10, b.height() - 10, theme.muted());
        }
    }

    // ---- text ------------------------------------------------------------------------------------

    /** @return {@code text}, shortened with an ellipsis to fit {@code width} */
    private String fit(String text, Surface.TextStyle style, double width) {
        String key = text + '\u0000' + style.size() + style.bold() + style.italic() + '\u0000' + Math.round(width);
        if (fitted.size() > 20_000) {
            fitted.clear();
        }
        return fitted.computeIfAbsent(key, k -> {
            if (surface.textWidth(text, style) <= width) {
                return text;
            }
            int low = 0;
            int high = text.length();
            while (low < high) {
                int mid = (low + high + 1) / 2;
                if (surface.textWidth(text.substring(0, mid).stripTrailing() + "…", style) <= width) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return text.substring(0, low).stripTrailing() + "…";
        });
    }
}

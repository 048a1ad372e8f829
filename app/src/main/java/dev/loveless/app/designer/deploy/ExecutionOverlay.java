package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.canvas.CanvasOverlay;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.diagram.Sizes;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Draws an execution's path over the diagram: a coloured ring, a light tint and a badge on each
 * state that succeeded (green, a tick), failed (red, a cross), is in progress (blue, dots) or was
 * stopped (amber, a square); states not reached are washed out. Strokes and badges keep their
 * size on screen at any zoom. Reads the statuses at each frame; draws nothing when there are none.
 */
public final class ExecutionOverlay implements CanvasOverlay {

    static final Color SUCCEEDED = Color.web("#16a34a");
    static final Color FAILED = Color.web("#dc2626");
    static final Color IN_PROGRESS = Color.web("#2563eb");
    static final Color ABORTED = Color.web("#d97706");

    private final Map<StatePath, StateStatus> statuses;
    private final Supplier<Theme> theme;

    /**
     * @param statuses the path to show (read at every frame)
     * @param theme    the canvas's theme, for the wash over states not reached
     */
    public ExecutionOverlay(Map<StatePath, StateStatus> statuses, Supplier<Theme> theme) {
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /** @return the colour a status is drawn in, or {@code null} for states not reached */
    public static Color colourOf(StateStatus status) {
        return switch (status) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case IN_PROGRESS -> IN_PROGRESS;
            case ABORTED -> ABORTED;
            case NOT_REACHED -> null;
        };
    }

    @Override
    public void paint(GraphicsContext g, DiagramGeometry geometry, double zoom) {
        if (statuses.isEmpty()) {
            return;
        }
        double unit = 1 / Math.min(zoom, 1); // one screen pixel at or below 100 %, in diagram units
        int background = theme.get().background();
        Color wash = Color.rgb((background >> 16) & 0xFF, (background >> 8) & 0xFF, background & 0xFF, 0.6);
        g.save();
        g.setLineDashes((double[]) null);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (StateShape shape : geometry.states()) {
            StateStatus status = statuses.get(shape.path());
            if (status == null) {
                continue;
            }
            Bounds f = shape.frame();
            double bodyHeight = shape.container() ? Math.min(f.height(), Sizes.HEADER_HEIGHT) : f.height();
            Color colour = colourOf(status);
            if (colour == null) {
                g.setFill(wash);
                g.fillRoundRect(f.x(), f.y(), f.width(), bodyHeight, 20, 20);
                continue;
            }
            if (!shape.container()) {
                g.setFill(colour.deriveColor(0, 1, 1, 0.08));
                g.fillRoundRect(f.x(), f.y(), f.width(), f.height(), 20, 20);
            }
            double gap = 3 * unit;
            g.setStroke(colour);
            g.setLineWidth(2.5 * unit);
            g.strokeRoundRect(f.x() - gap, f.y() - gap, f.width() + 2 * gap, f.height() + 2 * gap, 24, 24);
            badge(g, f.maxX() - 2 * unit, f.y() + 2 * unit, 9 * unit, status, colour);
        }
        g.restore();
    }

    private static void badge(GraphicsContext g, double cx, double cy, double r, StateStatus status, Color colour) {
        g.setFill(Color.WHITE);
        g.fillOval(cx - r - r * 0.2, cy - r - r * 0.2, 2.4 * r, 2.4 * r);
        g.setFill(colour);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setFill(Color.WHITE);
        g.setLineWidth(r * 0.24);
        switch (status) {
            case SUCCEEDED -> g.strokePolyline(new double[] {cx - r * 0.45, cx - r * 0.1, cx + r * 0.5},
                    new double[] {cy + r * 0.02, cy + r * 0.38, cy - r * 0.38}, 3);
            case FAILED -> {
                double d = r * 0.38;
                g.strokeLine(cx - d, cy - d, cx + d, cy + d);
                g.strokeLine(cx - d, cy + d, cx + d, cy - d);
            }
            case IN_PROGRESS -> {
                double dot = r * 0.17;
                for (int i = -1; i <= 1; i++) {
                    g.fillOval(cx + i * r * 0.42 - dot, cy - dot, 2 * dot, 2 * dot);
                }
            }
            case ABORTED -> g.fillRect(cx - r * 0.33, cy - r * 0.33, r * 0.66, r * 0.66);
            default -> {
                // not reached: no badge
            }
        }
    }
}

package dev.loveless.app.designer.canvas;

import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.DiagramGeometry;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The overview in the corner of the canvas: every state as a small coloured block and the part
 * shown by the canvas as a frame; click or drag in it to go there. The blocks are drawn on one
 * layer when the document changes, the frame on a layer above them at every move of the view.
 */
final class Minimap extends StackPane {

    private static final double WIDTH = 180;
    private static final double HEIGHT = 130;

    private final EditorViewModel model;
    private final Viewport viewport;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private Theme theme = Theme.LIGHT;
    private double scale = 1;
    private Bounds area = new Bounds(0, 0, 1, 1);
    private DiagramGeometry drawnGeometry;

    Minimap(EditorViewModel model, Viewport viewport) {
        this.model = model;
        this.viewport = viewport;
        javafx.scene.layout.Region shadow = new javafx.scene.layout.Region();
        shadow.getStyleClass().add("minimap-shadow");
        shadow.setCache(true); // the blurred shadow is drawn once, then reused as a picture
        getChildren().addAll(shadow, canvas, frame);
        getStyleClass().add("minimap");
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        resize(WIDTH, HEIGHT);
        setOnMousePressed(event -> go(event.getX(), event.getY()));
        setOnMouseDragged(event -> go(event.getX(), event.getY()));
    }

    void setTheme(Theme newTheme) {
        theme = newTheme;
        drawnGeometry = null;
    }

    private void go(double x, double y) {
        viewport.centreOn(area.x() + (x - offsetX()) / scale, area.y() + (y - offsetY()) / scale);
    }

    private double offsetX() {
        return (WIDTH - area.width() * scale) / 2;
    }

    private double offsetY() {
        return (HEIGHT - area.height() * scale) / 2;
    }

    void requestDraw() {
        DiagramGeometry geometry = model.geometry();
        if (geometry == null) {
            return;
        }
        if (geometry != drawnGeometry) {
            // The blocks change only with the document: drawn once per document.
            drawnGeometry = geometry;
            area = geometry.total().inflated(20);
            scale = Math.min(WIDTH / area.width(), HEIGHT / area.height());
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(color(theme.box(), 0.94));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (var shape : geometry.states()) {
                Bounds f = shape.frame();
                int colour = shape.container() ? theme.containerBorder() : StatePresentation.of(shape.state()).accent();
                g.setFill(color(colour, shape.container() ? 0.35 : 0.9));
                g.fillRect(offsetX() + (f.x() - area.x()) * scale, offsetY() + (f.y() - area.y()) * scale,
                        Math.max(1, f.width() * scale), Math.max(1, f.height() * scale));
            }
        }
        Bounds visible = viewport.visible();
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(color(theme.selection(), 1));
        g.setLineWidth(1.5);
        g.strokeRect(offsetX() + (visible.x() - area.x()) * scale, offsetY() + (visible.y() - area.y()) * scale,
                visible.width() * scale, visible.height() * scale);
    }

    private static Color color(int argb, double opacity) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, opacity);
    }
}

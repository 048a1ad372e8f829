package dev.loveless.app.designer.canvas;

import dev.loveless.model.diagram.DiagramGeometry;
import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the diagram after the painter, in diagram coordinates (the graphics
 * context is already scaled and translated to the viewport): the path of an execution, for one.
 * Called on the application thread for every frame while set; it should only draw.
 */
@FunctionalInterface
public interface CanvasOverlay {

    /**
     * @param g        the canvas's graphics, transformed to diagram coordinates
     * @param geometry the diagram being drawn
     * @param zoom     pixels per diagram unit, to keep strokes and badges a constant size on screen
     */
    void paint(GraphicsContext g, DiagramGeometry geometry, double zoom);
}

package dev.loveless.app.designer;

import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.StateShape;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.io.AslReader;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing a machine of 3,475 states (../shared/bench/gen-1mb.json) in the real window: an edit
 * returns before the shapes are worked out (the JavaFX thread is not held for them), the canvas
 * keeps the previous shapes meanwhile, and then shows the edited document's — after a single
 * edit, and where a state was dropped after a drag.
 */
class LargeMachineEditingTest {

    private static DesignerDriver designer;
    private static Document large;
    private StatePath target;

    @BeforeAll
    static void openWindow() throws Exception {
        Path file = Path.of(System.getProperty("loveless.shared", "../../shared"), "bench", "gen-1mb.json");
        StateMachine machine = new AslReader().read(file).machine();
        large = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        designer = DesignerDriver.open();
    }

    @BeforeEach
    void showTheLargeMachine() {
        designer.given(large);
        // A step of the top level in the view at zoom 1, clear of the window's edges.
        target = DesignerDriver.fx(() -> designer.model().geometry().states().stream()
                .filter(shape -> shape.path().depth() == 0 && !shape.container())
                .filter(shape -> shape.frame().x() > 40 && shape.frame().maxX() < 700
                        && shape.frame().y() > 60 && shape.frame().maxY() < 500)
                .map(StateShape::path).findFirst().orElse(null));
        assertNotNull(target, "a step of the top level is in view");
    }

    @Test
    void anEditReturnsBeforeItsShapesAreWorkedOutAndTheCanvasThenShowsThem() throws Exception {
        // given
        Bounds before = designer.frame(target);
        DesignerDriver.onFx(() -> designer.model().selectOnly(target));

        // when the step is moved (one arrow key's worth), then at once
        Object[] atOnce = DesignerDriver.fx(() -> {
            DiagramGeometry shown = designer.model().geometry();
            designer.model().moveSelection(10, 0);
            return new Object[] {shown, designer.model().geometry(), designer.model().shapesPending(),
                    designer.model().document().diagram().boundsOf(target)};
        });

        // then the document moved it, the shapes shown are still the previous ones, and they say so
        assertEquals(before.x() + 10, ((Bounds) atOnce[3]).x(), 1e-9);
        assertSame(atOnce[0], atOnce[1]);
        assertTrue((Boolean) atOnce[2]);

        // when the shapes are worked out, then the canvas draws the moved step, and nothing says it is behind
        designer.waitUntil(() -> !designer.model().shapesPending());
        assertEquals(before.x() + 10, designer.frame(target).x(), 1e-9);
        assertFalse(DesignerDriver.fx(() -> designer.robot().lookup("#shapes-pending").query().isVisible()));
        assertEquals(target, DesignerDriver.fx(() -> designer.window().inspector().form().path()));
    }

    @Test
    void aDragOfAStepEndsWithItDrawnWhereItWasDropped() throws Exception {
        // given
        Bounds before = designer.frame(target);
        Point2D from = designer.centreOf(target);

        // when it is dragged 120 pixels to the right and 40 down (zoom 1)
        designer.drag(from, new Point2D(from.getX() + 120, from.getY() + 40));
        designer.waitUntil(() -> !designer.model().shapesPending());

        // then the document and the canvas both have it there
        assertEquals(before.x() + 120, designer.bounds(target.name()).x(), 1e-9);
        assertEquals(before.y() + 40, designer.bounds(target.name()).y(), 1e-9);
        assertEquals(designer.bounds(target.name()), designer.frame(target));
        assertEquals("Undo Move \"" + target.name() + "\"", designer.menuText("undo"));
    }
}

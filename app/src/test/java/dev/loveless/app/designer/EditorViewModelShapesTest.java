package dev.loveless.app.designer;

import dev.loveless.app.designer.problems.Problems;
import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.DiagramGeometry;
import dev.loveless.model.diagram.DiagramGeometry.EdgeShape;
import dev.loveless.model.edit.Document;
import dev.loveless.model.graph.TransitionKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the editor's shapes follow the document when they are worked out in the background (as for a
 * machine of thousands of states): here every document counts as large, and the worker and the
 * hand-overs to the JavaFX thread are queues the test runs when it chooses.
 */
class EditorViewModelShapesTest {

    private static final StatePath NOTIFY = StatePath.of("Notify");
    private static final StatePath RECEIVE = StatePath.of("Receive");

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final Document start = DesignerDriver.workflow();
    private final EditorViewModel model = new EditorViewModel(start, Problems.live(),
            new ShapeScheduler(0, ShapeScheduler::shapesOf, worker::add, ui::add));

    /** Lets the worker finish what it is doing and hands the result over. */
    private void workerFinishes() {
        worker.removeFirst().run();
        while (!ui.isEmpty()) {
            ui.removeFirst().run();
        }
    }

    private double drawnX(StatePath path) {
        return model.geometry().state(path).frame().x();
    }

    private double placedX(StatePath path) {
        return model.document().diagram().boundsOf(path).x();
    }

    @Test
    void anEditLeavesTheShapesShownUntilItsOwnAreWorkedOutThenShowsThem() {
        // given
        DiagramGeometry before = model.geometry();
        double x = drawnX(NOTIFY);
        model.selectOnly(NOTIFY);

        // when
        model.moveSelection(40, 0);

        // then the document (what the inspector shows) changed at once; the shapes wait, and say so
        assertEquals(x + 40, placedX(NOTIFY), 1e-9);
        assertSame(before, model.geometry());
        assertTrue(model.shapesPending());

        // when the worker is done, then the shapes are the document's
        workerFinishes();
        assertEquals(x + 40, drawnX(NOTIFY), 1e-9);
        assertFalse(model.shapesPending());
    }

    @Test
    void duringAGestureTheShapesOfAnEarlierStepShowUntilTheLastOnesFollow() {
        // given
        double x = drawnX(NOTIFY);
        model.selectOnly(NOTIFY);

        // when three drag steps come while the first is worked out
        model.moveSelection(10, 0);
        model.moveSelection(10, 0);
        model.moveSelection(10, 0);
        workerFinishes();

        // then the first step's shapes show, still pending
        assertEquals(x + 10, drawnX(NOTIFY), 1e-9);
        assertTrue(model.shapesPending());

        // when the worker is done with the newest, then the shapes are the document's (the middle step was skipped)
        workerFinishes();
        assertEquals(x + 30, drawnX(NOTIFY), 1e-9);
        assertFalse(model.shapesPending());
        assertTrue(worker.isEmpty());
    }

    @Test
    void anUndoDuringTheWorkShowsTheShapesBeforeAtOnceAndNeverThoseOfTheUndoneStep() {
        // given an edit whose shapes are being worked out
        DiagramGeometry before = model.geometry();
        model.selectOnly(NOTIFY);
        model.moveSelection(40, 0);

        // when undone
        model.undo();

        // then the shapes shown before the edit are back at once
        assertSame(before, model.geometry());
        assertFalse(model.shapesPending());

        // when the worker is done with the undone step, then they stay
        workerFinishes();
        assertSame(before, model.geometry());
        assertFalse(model.shapesPending());
    }

    @Test
    void aRedoOfAStepWhoseShapesWereShownShowsThemAtOnce() {
        // given a move whose shapes were shown, then undone
        model.selectOnly(NOTIFY);
        model.moveSelection(40, 0);
        workerFinishes();
        DiagramGeometry moved = model.geometry();
        model.undo();

        // when
        model.redo();

        // then
        assertSame(moved, model.geometry());
        assertFalse(model.shapesPending());
        assertTrue(worker.isEmpty());
    }

    @Test
    void anotherDocumentGetsItsShapesAtOnceAndTheOldOnesNeverReplaceThem() {
        // given an edit whose shapes are being worked out
        model.selectOnly(NOTIFY);
        model.moveSelection(40, 0);
        Document other = new Document(start.machine(), new Diagram(Map.of(NOTIFY, new Bounds(900, 900, 248, 60)), Set.of()));

        // when another file is read into the window
        model.reload(other, null);

        // then its shapes show at once
        assertFalse(model.shapesPending());
        assertEquals(900, drawnX(NOTIFY), 1e-9);

        // when the worker is done with the old document, then nothing changes
        workerFinishes();
        assertEquals(900, drawnX(NOTIFY), 1e-9);
        assertFalse(model.shapesPending());
    }

    @Test
    void aStateDeletedAMomentAgoCannotBeSelectedOnTheShapesStillShowingIt() {
        // given Notify deleted, its shapes still shown
        model.selectOnly(NOTIFY);
        model.deleteSelection();
        assertNotNull(model.geometry().state(NOTIFY));

        // when it is clicked, shift-clicked, caught in a rubber band, found or everything selected
        model.selectOnly(NOTIFY);
        assertTrue(model.selection().isEmpty());
        model.toggleSelected(NOTIFY);
        assertTrue(model.selection().isEmpty());
        model.selectWithin(model.geometry().total().inflated(10), false);
        assertFalse(model.selection().contains(NOTIFY));
        assertTrue(model.find("Notif").isEmpty());
        model.selectAll();

        // then the selection holds only states of the document: all of them
        assertFalse(model.selection().contains(NOTIFY));
        assertEquals(5, model.selection().size());
    }

    @Test
    void aStateAddedAMomentAgoIsSelectedWithAllTheOthersBeforeItIsDrawn() {
        // given a state pasted, not drawn yet
        model.selectOnly(RECEIVE);
        model.duplicate();
        StatePath copy = model.singleSelection();
        assertNull(model.geometry().state(copy));

        // when
        model.selectAll();

        // then
        assertTrue(model.selection().contains(copy));
        assertEquals(7, model.selection().size());
    }

    @Test
    void aTransitionPickedOnShapesAMomentBehindIsTheSameTransitionInTheNewShapes() {
        // given Receive moved, then its arrow to Charge picked on the shapes before the move
        model.selectOnly(RECEIVE);
        model.moveSelection(0, -20);
        EdgeShape picked = model.geometry().edges().stream()
                .filter(edge -> RECEIVE.equals(edge.source()) && edge.kind() == TransitionKind.NEXT).findFirst().orElseThrow();
        model.selectEdge(picked);

        // when the new shapes arrive
        workerFinishes();

        // then the same transition is selected, as the new shapes draw it
        EdgeShape selected = model.selectedEdgeProperty().get();
        assertEquals("Charge", selected.target());
        assertTrue(model.geometry().edges().contains(selected));
        assertNotEquals(picked, selected);
    }

    @Test
    void aSmallMachinesShapesFollowEachEditAtOnce() {
        // given the window's own scheduler: this workflow is far below its threshold
        EditorViewModel small = new EditorViewModel(start, Problems.live());
        small.selectOnly(NOTIFY);

        // when
        small.moveSelection(40, 0);

        // then
        assertFalse(small.shapesPending());
        assertEquals(small.document().diagram().boundsOf(NOTIFY).x(), small.geometry().state(NOTIFY).frame().x(), 1e-9);
    }
}

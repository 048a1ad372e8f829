package dev.loveless.app.designer;

import dev.loveless.exporters.diagram.Theme;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateType;
import dev.loveless.model.TaskState;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.edit.Document;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing on the real canvas, driven with the mouse and the keyboard: every gesture changes the
 * document as a person expects, is one undo step named in the Edit menu, and is undone with
 * Ctrl+Z and redone with Ctrl+Shift+Z or Ctrl+Y.
 */
class CanvasEditingTest {

    /** The colour of selections and connection handles. */
    private static final int ACCENT = Theme.LIGHT.selection() | 0xFF000000;

    private static DesignerDriver designer;
    private Document before;

    @BeforeAll
    static void openWindow() throws TimeoutException {
        designer = DesignerDriver.open();
    }

    @BeforeEach
    void showTheWorkflow() {
        before = DesignerDriver.workflow();
        designer.given(before);
    }

    @Test
    void doubleClickingAPaletteEntryAddsAStateWithAUniqueName() {
        // given a state already named "Pass"
        designer.doubleClick("#palette-PASS");
        Document withOne = designer.document();

        // when
        designer.doubleClick("#palette-PASS");

        // then
        assertEquals(StateType.PASS, designer.state("Pass 2").type());
        assertEquals(Set.of(StatePath.of("Pass 2")), designer.selection());
        assertEquals("Undo Add \"Pass 2\"", designer.menuText("undo"));

        // when undone and redone
        designer.undo();
        assertEquals(withOne, designer.document());
        designer.redo();
        assertEquals(StateType.PASS, designer.state("Pass 2").type());
    }

    @Test
    void draggingAPaletteEntryOntoTheCanvasAddsTheStateWhereItIsDropped() {
        // given the workflow, and an empty spot of the canvas
        Point2D drop = designer.screen(500, 450);

        // when a Wait is dragged from the palette onto it
        designer.drag(designer.centreOfNode("#palette-WAIT"), drop);

        // then a Wait state stands centred on the drop point
        assertEquals(StateType.WAIT, designer.state("Wait").type());
        Bounds bounds = designer.bounds("Wait");
        assertEquals(500, bounds.centerX(), 1);
        assertEquals(450, bounds.centerY(), 1);
        assertEquals("Undo Add \"Wait\"", designer.menuText("undo"));

        // when undone and redone
        designer.undo();
        assertEquals(before, designer.document());
        designer.redoWithY();
        assertEquals(StateType.WAIT, designer.state("Wait").type());
    }

    @Test
    void draggingFromAStatesHandleToAnotherConnectsThem() {
        // given Notify selected, so that its handle shows
        designer.select("Notify");
        double[] handle = designer.handleOf(StatePath.of("Notify"));

        // when its handle is dragged onto Done
        designer.drag(designer.screen(handle[0], handle[1]), designer.centreOf("Done"));

        // then Notify leads to Done instead of ending
        assertEquals("Done", designer.state("Notify").next());
        assertEquals("Undo Connect \"Notify\" to \"Done\"", designer.menuText("undo"));
        Document after = designer.document();

        // when undone, then redone with Ctrl+Shift+Z
        designer.undo();
        assertEquals(before, designer.document());
        assertEquals("Redo Connect \"Notify\" to \"Done\"", designer.menuText("redo"));
        designer.redo();
        assertEquals(after, designer.document());
    }

    @Test
    void aSucceedStateOffersNoHandleAndCannotBeConnected() {
        // given Done (a Succeed) selected; inside its right edge, where a Pass shows its handle
        // (off the cross drawn on the handle, and off the selection ring around the box)
        designer.select("Notify");
        double[] notifyHandle = designer.handleOf(StatePath.of("Notify"));
        assertEquals(ACCENT, designer.pixelAt(notifyHandle[0] - 3.5, notifyHandle[1] + 3.5), "a Pass shows its handle");
        designer.select("Done");
        double[] handle = designer.handleOf(StatePath.of("Done"));
        int there = designer.pixelAt(handle[0] - 3.5, handle[1] + 3.5);

        // when a person drags from there onto Notify
        designer.drag(designer.screen(handle[0] + 5, handle[1]), designer.centreOf("Notify"));

        // then no handle was drawn, and no transition leaves Done
        assertNotEquals(ACCENT, there, "a Succeed state shows no connection handle");
        assertSame(before.machine(), designer.document().machine());
        assertNull(designer.state("Done").next());
        assertEquals("Undo", designer.menuText("undo"));
    }

    @Test
    void aTransitionAcrossABranchBoundaryIsRefusedWithAReason() {
        // given Inner (inside the Parallel's branch) selected
        StatePath inner = StatePath.of("Fan out").child(0, "Inner");
        designer.click(designer.centreOf(inner));
        double[] handle = designer.handleOf(inner);

        // when its handle is dragged onto Notify, outside the branch
        designer.drag(designer.screen(handle[0], handle[1]), designer.centreOf("Notify"));

        // then nothing changes and the status bar says why
        assertSame(before.machine(), designer.document().machine());
        assertTrue(designer.message().contains("different parts of the workflow"), designer.message());
    }

    @Test
    void draggingAStateMovesItAsOneUndoStep() {
        // given
        Bounds start = designer.bounds("Receive");
        Point2D from = designer.centreOf("Receive");

        // when it is dragged 60 right and 140 down (many mouse moves)
        designer.drag(from, from.add(60, 140));

        // then it moved by that much, in one step
        Bounds moved = designer.bounds("Receive");
        assertEquals(start.x() + 60, moved.x(), 0.5);
        assertEquals(start.y() + 140, moved.y(), 0.5);
        assertEquals("Undo Move \"Receive\"", designer.menuText("undo"));

        // when undone once: back where it was; redone with Ctrl+Y: moved again
        designer.undo();
        assertEquals(before, designer.document());
        designer.redoWithY();
        assertEquals(moved, designer.bounds("Receive"));
    }

    @Test
    void arrowKeysMoveTheSelectionTenUnitsOrOneWithShift() {
        // given
        designer.select("Notify");
        Bounds start = designer.bounds("Notify");

        // when
        designer.keys(KeyCode.RIGHT);
        designer.keys(KeyCode.DOWN);
        designer.keys(KeyCode.SHIFT, KeyCode.LEFT);

        // then
        Bounds moved = designer.bounds("Notify");
        assertEquals(start.x() + 9, moved.x(), 1e-9);
        assertEquals(start.y() + 10, moved.y(), 1e-9);
        assertEquals("Undo Move \"Notify\"", designer.menuText("undo"));

        // when the last key's move is undone, then redone
        designer.undo();
        assertEquals(start.x() + 10, designer.bounds("Notify").x(), 1e-9);
        designer.redo();
        assertEquals(moved, designer.bounds("Notify"));
    }

    @Test
    void doubleClickingAStateRenamesItInPlaceAsOneUndoStep() {
        // when Charge is double-clicked and a new name typed
        designer.doubleClick(designer.centreOf("Charge"));
        designer.write("Charge card").keys(KeyCode.ENTER);

        // then it is renamed, and the transition into it follows
        assertTrue(designer.state("Charge card") instanceof TaskState);
        assertNull(designer.state("Charge"));
        assertEquals("Charge card", designer.state("Receive").next());
        assertEquals(Set.of(StatePath.of("Charge card")), designer.selection());
        assertEquals("Undo Rename \"Charge\" to \"Charge card\"", designer.menuText("undo"));

        // when undone (one step for the whole name), then redone
        designer.undo();
        assertEquals(before, designer.document());
        designer.redo();
        assertEquals("Charge card", designer.state("Receive").next());
    }

    @Test
    void f2RenamesTheSelectedStateAndEscapeCancels() {
        // given Notify selected
        designer.select("Notify");

        // when F2 opens the field, a name is typed and Escape pressed
        designer.keys(KeyCode.F2).write("Forgotten").keys(KeyCode.ESCAPE);

        // then nothing changed
        assertSame(before.machine(), designer.document().machine());

        // when F2 again, a name and Enter
        designer.keys(KeyCode.F2).write("Tell the customer").keys(KeyCode.ENTER);

        // then it is renamed
        assertEquals(StateType.PASS, designer.state("Tell the customer").type());
        assertEquals("Undo Rename \"Notify\" to \"Tell the customer\"", designer.menuText("undo"));
        designer.undo();
        assertEquals(before, designer.document());
    }

    @Test
    void aNameInUseIsRefusedAndTheFieldStaysOpen() {
        // given Notify being renamed
        designer.select("Notify").keys(KeyCode.F2);

        // when the name of another state is entered
        designer.write("Charge").keys(KeyCode.ENTER);

        // then nothing changed, the status says why, and the rename is still open
        assertSame(before.machine(), designer.document().machine());
        assertTrue(designer.message().contains("already a state named"), designer.message());
        assertTrue(DesignerDriver.fx(() -> designer.window().canvas().isRenaming()));
        designer.keys(KeyCode.ESCAPE);
    }

    @Test
    void deleteRemovesTheSelectedStateAndTheTransitionsIntoIt() {
        // given
        designer.select("Charge");

        // when
        designer.keys(KeyCode.DELETE);

        // then
        assertNull(designer.state("Charge"));
        assertNull(designer.state("Receive").next());
        assertEquals("Undo Delete \"Charge\"", designer.menuText("undo"));
        Document after = designer.document();

        // when undone, then redone
        designer.undo();
        assertEquals(before, designer.document());
        designer.redoWithY();
        assertEquals(after, designer.document());
    }
}

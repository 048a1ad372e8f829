package dev.loveless.app.designer;

import dev.loveless.app.designer.problems.Problems;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.edit.Document;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view model's side of moving states into another scope: messages, selection, undo steps. */
class EditorViewModelMoveTest {

    /** "Notify" at the top level and, wrongly, inside the branch of "Fan" too (a file AWS would refuse). */
    private static final String TWICE = """
            {"StartAt": "Fan", "States": {
              "Fan": {"Type": "Parallel", "Branches": [
                {"StartAt": "Notify", "States": {"Notify": {"Type": "Pass", "Next": "Log"}, "Log": {"Type": "Pass", "End": true}}}],
                "Next": "Notify"},
              "Notify": {"Type": "Pass", "End": true}}}
            """;

    private static final StatePath FAN = StatePath.of("Fan");
    private static final ScopeId BRANCH = new ScopeId(FAN, 0);

    private static EditorViewModel model() {
        try {
            StateMachine machine = new AslReader().read(TWICE, Format.JSON).machine();
            return new EditorViewModel(new Document(machine, Placement.completed(machine, Diagram.EMPTY)), Problems.live());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMovedStateWhoseNameIsTakenThereIsRenamedSelectedAndTheStatusSaysSo() {
        // given
        EditorViewModel model = model();
        // when
        boolean moved = model.moveInto(Set.of(StatePath.of("Notify")), BRANCH);
        // then
        assertTrue(moved);
        StatePath renamed = FAN.child(0, "Notify 2");
        assertNotNull(StateTree.resolve(model.document().machine(), renamed));
        assertEquals(Set.of(renamed), model.selection());
        assertEquals("Move \"Notify\" into branch 1 of \"Fan\"; \"Notify\" is now \"Notify 2\" (the name is taken there)",
                model.messageProperty().get());
        assertEquals("Undo Move \"Notify\" into branch 1 of \"Fan\"", model.undoTextProperty().get());
    }

    @Test
    void aDragReleasedOverAnotherScopeIsOneUndoStepAndARefusedOneLeavesNoTrace() {
        // given Log selected and dragged out of its branch, over empty space of the workflow
        EditorViewModel model = model();
        Document before = model.document();
        StatePath log = FAN.child(0, "Log");
        model.selectOnly(log);
        model.beginDrag();
        model.moveSelection(900, 0);
        Bounds box = model.geometry().state(log).frame();
        model.dragOver(box.centerX(), box.centerY() + 400);
        // when
        model.endDrag();
        // then
        StatePath out = StatePath.of("Log");
        assertEquals(Set.of(out), model.selection());
        assertEquals(before.diagram().boundsOf(log).translated(900, 0), model.document().diagram().boundsOf(out));
        model.undo();
        assertSame(before, model.document(), "one undo takes back the drag and the move");

        // given the only step of the branch left, dragged out too
        StatePath notify = FAN.child(0, "Notify");
        model.selectOnly(notify);
        model.moveInto(Set.of(log), ScopeId.ROOT);
        Document withOne = model.document();
        model.selectOnly(notify);
        model.beginDrag();
        model.moveSelection(900, 0);
        model.dragOver(5000, 5000);
        assertFalse(model.dropTargetProperty().get().allowed());
        // when
        model.endDrag();
        // then
        assertSame(withOne, model.document(), "back where it was");
        assertFalse(model.canRedoProperty().get(), "nothing to redo");
        assertTrue(model.messageProperty().get().contains("without a step"), model.messageProperty().get());
    }
}

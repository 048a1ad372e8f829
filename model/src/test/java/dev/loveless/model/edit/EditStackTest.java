package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The history: merging gestures, compound steps, refusal of nested edits, revision and dirtiness. */
class EditStackTest {

    private static final StatePath CHECK = StatePath.of("Check");

    @Test
    void theStepsOfOneDragAreOneUndoStep() {
        // given
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        // when
        stack.execute(new MoveStates(Set.of(CHECK), 5, 0));
        stack.execute(new MoveStates(Set.of(CHECK), 5, 2));
        stack.execute(new MoveStates(Set.of(CHECK), 5, 3));
        stack.seal();
        // then
        assertEquals("Move \"Check\"", stack.undoDescription());
        assertEquals(before.diagram().boundsOf(CHECK).translated(15, 5), stack.document().diagram().boundsOf(CHECK));
        stack.undo();
        assertSame(before, stack.document());
        assertFalse(stack.canUndo());
    }

    @Test
    void aRevertedDragLeavesTheDocumentAndTheHistoryAsBeforeIt() {
        // given an earlier step, then a drag still open
        Document start = EditFixtures.document();
        EditStack stack = new EditStack(start);
        stack.execute(new RenameState(CHECK, "Check amount"));
        stack.seal();
        Document beforeDrag = stack.document();
        stack.execute(new MoveStates(Set.of(StatePath.of("Charge")), 5, 0));
        stack.execute(new MoveStates(Set.of(StatePath.of("Charge")), 5, 9));
        // when
        stack.revertGesture();
        // then
        assertSame(beforeDrag, stack.document());
        assertFalse(stack.canRedo(), "nothing to redo");
        assertEquals("Rename \"Check\" to \"Check amount\"", stack.undoDescription());
        stack.revertGesture();
        assertSame(beforeDrag, stack.document(), "a closed gesture is not taken back");
    }

    @Test
    void aSealEndsTheGesture() {
        EditStack stack = new EditStack(EditFixtures.document());
        stack.execute(new MoveStates(Set.of(CHECK), 5, 0));
        stack.seal();
        stack.execute(new MoveStates(Set.of(CHECK), 5, 0));
        stack.undo();
        assertTrue(stack.canUndo(), "two drags are two steps");
    }

    @Test
    void typingANameIsOneRename() {
        EditStack stack = new EditStack(EditFixtures.document());
        stack.execute(new RenameState(CHECK, "C"));
        stack.execute(new RenameState(StatePath.of("C"), "Ch"));
        stack.execute(new RenameState(StatePath.of("Ch"), "Check amount"));
        stack.seal();
        assertEquals("Rename \"Check\" to \"Check amount\"", stack.undoDescription());
        stack.undo();
        assertEquals("Check", stack.document().machine().startAt());
    }

    @Test
    void aCompoundEditIsOneStep() {
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        stack.execute(new CompoundEdit("Rename and move", java.util.List.of(
                new RenameState(CHECK, "Decide"), new MoveStates(Set.of(StatePath.of("Decide")), 1, 1))));
        assertEquals("Rename and move", stack.undoDescription());
        stack.undo();
        assertSame(before, stack.document());
    }

    @Test
    void anEditStartedFromInsideAnEditIsRefused() {
        // given
        EditStack stack = new EditStack(EditFixtures.document());
        Edit nested = new Edit() {
            @Override
            public String description() {
                return "nested";
            }

            @Override
            public Document apply(Document document) {
                stack.execute(new MoveStates(Set.of(CHECK), 1, 1));
                return document;
            }
        };
        // when / then
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
        assertEquals(0, stack.revision());
    }

    @Test
    void aListenerMayNotStartAnEdit() {
        EditStack stack = new EditStack(EditFixtures.document());
        stack.addListener(s -> s.execute(new MoveStates(Set.of(CHECK), 1, 1)));
        assertThrows(IllegalStateException.class, () -> stack.execute(new MoveStates(Set.of(CHECK), 2, 2)));
    }

    @Test
    void theRevisionCountsChangesAndDirtinessFollowsTheSavedSnapshot() {
        EditStack stack = new EditStack(EditFixtures.document());
        assertFalse(stack.isDirty());
        stack.execute(new MoveStates(Set.of(CHECK), 1, 1));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "undoing past the save makes it dirty again");
        stack.redo();
        assertFalse(stack.isDirty());
        assertEquals(3, stack.revision());
    }

    @Test
    void aNewEditClearsRedo() {
        EditStack stack = new EditStack(EditFixtures.document());
        stack.execute(new MoveStates(Set.of(CHECK), 1, 1));
        stack.undo();
        stack.execute(new RenameState(CHECK, "Other"));
        assertFalse(stack.canRedo());
        assertNull(stack.redoDescription());
    }
}

package dev.loveless.model.edit;

import dev.loveless.model.ChoiceState;
import dev.loveless.model.PassState;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.TransitionKind;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every edit: what it does, and that undo and redo restore the exact snapshots. */
class EditsTest {

    private static final StatePath CHECK = StatePath.of("Check");
    private static final StatePath CHARGE = StatePath.of("Charge");
    private static final StatePath FAN = StatePath.of("Fan");
    private static final StatePath LEFT = FAN.child(0, "Left");

    /** Executes, checks, undoes (back to the same snapshot), redoes (same result again). */
    private static Document executeUndoRedo(Edit edit, Consumer<Document> check) {
        // given
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        // when
        stack.execute(edit);
        Document after = stack.document();
        // then
        check.accept(after);
        stack.undo();
        assertSame(before, stack.document(), "undo restores the document before");
        stack.redo();
        assertSame(after, stack.document(), "redo restores the document after");
        check.accept(stack.document());
        return after;
    }

    @Test
    void addingAStatePlacesItAndLeavesTheStartAlone() {
        executeUndoRedo(new AddState(ScopeId.ROOT, "Notify", PassState.of(StateCommon.ending()), new Bounds(500, 40, 248, 60)),
                after -> {
                    assertNotNull(after.machine().states().get("Notify"));
                    assertEquals(new Bounds(500, 40, 248, 60), after.diagram().boundsOf(StatePath.of("Notify")));
                    assertEquals("Check", after.machine().startAt());
                });
    }

    @Test
    void addingAContainerPlacesItsInnerStatesInsideIt() {
        Set<String> taken = new HashSet<>(Names.used(EditFixtures.document().machine()));
        var state = StateKind.PARALLEL.create("Together", taken);
        executeUndoRedo(new AddState(ScopeId.ROOT, "Together", state, new Bounds(900, 0, 248, 60)), after -> {
            StatePath inner = StatePath.of("Together").child(1, "Second branch step");
            Bounds box = after.diagram().boundsOf(inner);
            assertNotNull(box, "the inner state has a place");
            assertTrue(box.x() >= 900 && box.y() > 0, "inside and below the container's header: " + box);
        });
    }

    @Test
    void addingTheFirstStateOfAnEmptyBranchMakesItTheBranchStart() {
        Document document = EditFixtures.document();
        document = new DeleteStates(Set.of(FAN.child(1, "Right"))).apply(document);
        Document after = new AddState(new ScopeId(FAN, 1), "Solo", PassState.of(StateCommon.ending()),
                new Bounds(0, 0, 248, 60)).apply(document);
        var fan = (dev.loveless.model.ParallelState) after.machine().states().get("Fan");
        assertEquals("Solo", fan.branches().get(1).startAt());
    }

    @Test
    void addingATakenNameIsRefusedAndChangesNothing() {
        // given
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        // when / then
        assertThrows(EditException.class, () -> stack.execute(new AddState(ScopeId.ROOT, "Left",
                PassState.of(StateCommon.ending()), new Bounds(0, 0, 1, 1))));
        assertSame(before, stack.document());
        assertEquals(0, stack.revision());
    }

    @Test
    void renamingRewritesEveryReferenceAndKeepsTheOrderAndThePlace() {
        Bounds place = EditFixtures.document().diagram().boundsOf(CHARGE);
        executeUndoRedo(new RenameState(CHARGE, "Take payment"), after -> {
            var states = after.machine().states();
            assertEquals(List.of("Check", "Approve", "Take payment", "Fan", "Failed"), states.nameList());
            assertEquals("Take payment", ((ChoiceState) states.get("Check")).defaultState());
            assertEquals("Take payment", states.get("Approve").next());
            assertEquals(place, after.diagram().boundsOf(StatePath.of("Take payment")));
            assertNull(after.diagram().boundsOf(CHARGE));
        });
    }

    @Test
    void renamingTheStartRewritesStartAtAndAChoiceRuleTargetToo() {
        executeUndoRedo(new RenameState(CHECK, "Is it big?"), after -> assertEquals("Is it big?", after.machine().startAt()));
        executeUndoRedo(new RenameState(StatePath.of("Approve"), "Ask a human"), after ->
                assertEquals("Ask a human", ((ChoiceState) after.machine().states().get("Check")).choices().get(0).next()));
    }

    @Test
    void renamingAContainerMovesTheDiagramOfItsInnerStates() {
        Bounds inner = EditFixtures.document().diagram().boundsOf(LEFT);
        executeUndoRedo(new RenameState(FAN, "Fan out"), after ->
                assertEquals(inner, after.diagram().boundsOf(StatePath.of("Fan out").child(0, "Left"))));
    }

    @Test
    void renamingInsideABranchRewritesTheBranchStart() {
        executeUndoRedo(new RenameState(LEFT, "West"), after -> {
            var fan = (dev.loveless.model.ParallelState) after.machine().states().get("Fan");
            assertEquals("West", fan.branches().get(0).startAt());
            assertNotNull(StateTree.resolve(after.machine(), FAN.child(0, "West")));
        });
    }

    @Test
    void renamingToATakenOrBlankNameIsRefused() {
        assertThrows(EditException.class, () -> new RenameState(CHARGE, "Failed").apply(EditFixtures.document()));
        assertThrows(EditException.class, () -> new RenameState(CHARGE, "  "));
    }

    @Test
    void deletingClearsEveryTransitionToTheDeletedState() {
        executeUndoRedo(new DeleteStates(Set.of(CHARGE)), after -> {
            var states = after.machine().states();
            assertNull(states.get("Charge"));
            assertNull(((ChoiceState) states.get("Check")).defaultState());
            assertNull(states.get("Approve").next());
            assertNull(after.diagram().boundsOf(CHARGE));
        });
    }

    @Test
    void deletingACatchTargetRemovesTheCatchEntry() {
        executeUndoRedo(new DeleteStates(Set.of(StatePath.of("Failed"))), after ->
                assertEquals(List.of(), after.machine().states().get("Charge").common().catchers()));
    }

    @Test
    void deletingTheStartClearsStartAtAndDeletingAContainerDropsItsInnerDiagram() {
        executeUndoRedo(new DeleteStates(Set.of(CHECK, FAN, LEFT)), after -> {
            assertNull(after.machine().startAt());
            assertNull(after.diagram().boundsOf(LEFT));
            assertEquals(List.of("Approve", "Charge", "Failed"), after.machine().states().nameList());
        });
    }

    @Test
    void connectingSetsNextAndRemovesEnd() {
        executeUndoRedo(new SetTransition(FAN.child(1, "Right"), TransitionKind.NEXT, 0, null), after ->
                assertNull(StateTree.resolve(after.machine(), FAN.child(1, "Right")).next()));
        Document before = EditFixtures.document();
        Document after = new SetTransition(StatePath.of("Fan"), TransitionKind.NEXT, 0, "Failed").apply(before);
        assertEquals("Failed", after.machine().states().get("Fan").next());
        assertNull(after.machine().states().get("Fan").common().end());
    }

    @Test
    void connectingAChoiceAddsARuleWithAPlaceholderCondition() {
        executeUndoRedo(new SetTransition(CHECK, TransitionKind.CHOICE, 1, "Failed"), after -> {
            var rules = ((ChoiceState) after.machine().states().get("Check")).choices();
            assertEquals(2, rules.size());
            assertEquals("Failed", rules.get(1).next());
            assertEquals("$.decision", rules.get(1).variable());
        });
    }

    @Test
    void reconnectingAndRemovingADefaultAndARule() {
        executeUndoRedo(new SetTransition(CHECK, TransitionKind.DEFAULT, 0, "Approve"), after ->
                assertEquals("Approve", ((ChoiceState) after.machine().states().get("Check")).defaultState()));
        executeUndoRedo(new SetTransition(CHECK, TransitionKind.CHOICE, 0, null), after ->
                assertEquals(List.of(), ((ChoiceState) after.machine().states().get("Check")).choices()));
    }

    @Test
    void connectingAnErrorPathAddsACatchOfEveryError() {
        executeUndoRedo(new SetTransition(StatePath.of("Approve"), TransitionKind.CATCH, 0, "Failed"), after -> {
            var catchers = after.machine().states().get("Approve").common().catchers();
            assertEquals(List.of("States.ALL"), catchers.get(0).errorEquals());
            assertEquals("Failed", catchers.get(0).next());
        });
    }

    @Test
    void connectingAcrossABranchBoundaryIsRefusedByTheEditToo() {
        assertThrows(EditException.class, () -> new SetTransition(LEFT, TransitionKind.NEXT, 0, "Failed")
                .apply(EditFixtures.document()));
    }

    @Test
    void movingAContainerMovesWhatItHolds() {
        Document before = EditFixtures.document();
        Bounds fan = before.diagram().boundsOf(FAN);
        Bounds left = before.diagram().boundsOf(LEFT);
        executeUndoRedo(new MoveStates(Set.of(FAN, LEFT), 10, -5), after -> {
            assertEquals(fan.translated(10, -5), after.diagram().boundsOf(FAN));
            assertEquals(left.translated(10, -5), after.diagram().boundsOf(LEFT), "moved once, not twice");
        });
    }

    @Test
    void collapsingAndExpandingAContainer() {
        executeUndoRedo(new SetCollapsed(FAN, true), after -> assertTrue(after.diagram().isCollapsed(FAN)));
        assertThrows(EditException.class, () -> new SetCollapsed(CHECK, true).apply(EditFixtures.document()));
    }

    @Test
    void settingTheStart() {
        executeUndoRedo(new SetStartAt(ScopeId.ROOT, "Approve"), after -> assertEquals("Approve", after.machine().startAt()));
    }

    @Test
    void replacingTheDiagram() {
        var empty = dev.loveless.model.diagram.Diagram.EMPTY.with(CHECK, new Bounds(1, 2, 3, 4));
        executeUndoRedo(new ReplaceDiagram("Tidy up", empty), after -> assertEquals(empty, after.diagram()));
    }

    @Test
    void pastingRenamesClashesAndKeepsOnlyTransitionsWithinTheGroup() {
        Document source = EditFixtures.document();
        var group = new dev.loveless.model.States(java.util.Map.of(
                "Approve", source.machine().states().get("Approve")));
        var groupDiagram = dev.loveless.model.diagram.Diagram.EMPTY.with(StatePath.of("Approve"), new Bounds(0, 0, 248, 60));
        executeUndoRedo(new InsertStates(ScopeId.ROOT, group, groupDiagram, 30, 30), after -> {
            var copy = after.machine().states().get("Approve 2");
            assertNotNull(copy);
            assertNull(copy.next(), "its Next left the group");
            assertEquals(new Bounds(30, 30, 248, 60), after.diagram().boundsOf(StatePath.of("Approve 2")));
        });
    }

    @Test
    void pastingAContainerRenamesItsInnerStatesToo() {
        Document source = EditFixtures.document();
        var group = new dev.loveless.model.States(java.util.Map.of("Fan", source.machine().states().get("Fan")));
        executeUndoRedo(new InsertStates(ScopeId.ROOT, group, dev.loveless.model.diagram.Diagram.EMPTY, 0, 0), after -> {
            StatePath copy = StatePath.of("Fan 2").child(0, "Left 2");
            assertNotNull(StateTree.resolve(after.machine(), copy));
            assertEquals("Left done 2", StateTree.resolve(after.machine(), copy).next());
            assertNotNull(after.diagram().boundsOf(copy), "inner states are placed");
        });
    }

    @Test
    void aNewLambdaStepCallsLambdaAndEnds() {
        var state = (TaskState) StateKind.LAMBDA.create("Resize image", new HashSet<>());
        assertEquals(dev.loveless.model.WorkerKind.LAMBDA, state.worker().kind());
        assertTrue(state.isEnd());
        assertEquals("${ResizeImageFunctionArn}", state.common().parameters().get("FunctionName").asText());
        var activity = (TaskState) StateKind.ACTIVITY.create("Transcode on GPU", new HashSet<>());
        assertEquals(dev.loveless.model.WorkerKind.ACTIVITY, activity.worker().kind());
        assertTrue(activity.resource().endsWith(":activity:transcode-on-gpu"));
    }
}

package dev.loveless.model.edit;

import dev.loveless.model.ChoiceState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Scope;
import dev.loveless.model.State;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.samples.Samples;
import dev.loveless.model.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static dev.loveless.model.TestDefinitions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moving states into and out of Parallel branches and Map item steps: transitions, names, diagram, undo. */
class MoveIntoScopeTest {

    /** A line A → B → C → Fan → Loop; Fan's branch 1 holds X → Inner (a Map), branch 2 Y → Z (Succeed). */
    private static final String LINE = """
            {
              "StartAt": "A",
              "States": {
                "A": {"Type": "Pass", "Next": "B"},
                "B": {"Type": "Pass", "Next": "C"},
                "C": {"Type": "Pass", "Next": "Fan"},
                "Fan": {
                  "Type": "Parallel",
                  "Branches": [
                    {"StartAt": "X", "States": {
                      "X": {"Type": "Pass", "Next": "Inner"},
                      "Inner": {"Type": "Map", "ItemProcessor": {"StartAt": "Deep",
                        "States": {"Deep": {"Type": "Pass", "End": true}}}, "End": true}}},
                    {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "Next": "Z"}, "Z": {"Type": "Succeed"}}}
                  ],
                  "Next": "Loop"
                },
                "Loop": {
                  "Type": "Map",
                  "ItemProcessor": {"StartAt": "Item", "States": {"Item": {"Type": "Pass", "End": true}}},
                  "End": true
                }
              }
            }
            """;

    private static final StatePath A = StatePath.of("A");
    private static final StatePath B = StatePath.of("B");
    private static final StatePath FAN = StatePath.of("Fan");
    private static final StatePath LOOP = StatePath.of("Loop");
    private static final ScopeId FIRST_BRANCH = new ScopeId(FAN, 0);
    private static final ScopeId SECOND_BRANCH = new ScopeId(FAN, 1);
    private static final ScopeId LOOP_ITEMS = new ScopeId(LOOP, 0);

    private static Document line() {
        StateMachine machine = read(LINE);
        return new Document(machine, Placement.completed(machine, Diagram.EMPTY));
    }

    /** Executes on {@code before}, checks, undoes (the same snapshot back), redoes (the same result). */
    private static Document moveUndoRedo(Document before, Edit edit, Consumer<Document> check) {
        // given
        EditStack stack = new EditStack(before);
        // when
        stack.execute(edit);
        Document after = stack.document();
        // then
        check.accept(after);
        stack.undo();
        assertSame(before, stack.document(), "undo gives back the exact document before");
        stack.redo();
        assertSame(after, stack.document(), "redo gives back the document after");
        return after;
    }

    private static MoveIntoScope move(Document document, ScopeId target, StatePath... paths) {
        return MoveIntoScope.of(document, Set.of(paths), target, 0, 0);
    }

    private static Scope scope(Document document, ScopeId id) {
        return Scopes.require(document.machine(), id);
    }

    private static State state(Document document, StatePath path) {
        return StateTree.resolve(document.machine(), path);
    }

    private static List<String> problems(Document document) {
        return new Validator().validate(document.machine()).diagnostics().stream()
                .map(d -> d.code() + " " + d.message()).toList();
    }

    @Test
    void aStateMovedIntoABranchLeavesItsPredecessorLinkedToItsSuccessorAndFollowsTheBranchEnd() {
        Document before = line();
        moveUndoRedo(before, move(before, LOOP_ITEMS, B), after -> {
            assertEquals("C", state(after, A).next(), "A leads where B led");
            assertNull(state(after, B), "B left the top level");
            StatePath moved = LOOP.child(0, "B");
            assertTrue(state(after, moved).isEnd(), "its Next to C was cut: it ends the item steps");
            assertNull(state(after, moved).next());
            assertEquals("B", state(after, LOOP.child(0, "Item")).next(), "appended after the steps' end");
            assertNull(state(after, LOOP.child(0, "Item")).common().end());
            assertEquals("Item", scope(after, LOOP_ITEMS).startAt());
        });
    }

    @Test
    void movingTheStartChainMovesTheStartToWhereTheChainWentAndKeepsTheLinksAmongTheMovedStates() {
        Document before = line();
        moveUndoRedo(before, move(before, FIRST_BRANCH, A, B), after -> {
            assertEquals("C", after.machine().startAt());
            assertEquals("B", state(after, FAN.child(0, "A")).next(), "A → B is kept");
            assertTrue(state(after, FAN.child(0, "B")).isEnd());
            assertEquals("A", state(after, FAN.child(0, "Inner")).next(), "the branch's end leads to the first moved state");
            assertEquals(List.of("X", "Inner", "A", "B"), scope(after, FIRST_BRANCH).statesOrEmpty().nameList());
        });
    }

    @Test
    void aStateMovedOutOfABranchGoesToTheWorkflowAndTheBranchStartsWhereItLed() {
        Document before = line();
        MoveIntoScope edit = move(before, ScopeId.ROOT, FAN.child(1, "Y"));
        assertEquals("Move \"Y\" out of \"Fan\"", edit.description());
        moveUndoRedo(before, edit, after -> {
            assertEquals("Z", scope(after, SECOND_BRANCH).startAt());
            assertEquals(List.of("Z"), scope(after, SECOND_BRANCH).statesOrEmpty().nameList());
            assertTrue(state(after, StatePath.of("Y")).isEnd());
            assertEquals("Y", state(after, LOOP).next(), "appended after the workflow's end");
        });
    }

    @Test
    void aStateMovedFromOneBranchToAnotherEndsWhatLedToItWhenItsChainWentNowhere() {
        Document before = line();
        MoveIntoScope edit = move(before, FIRST_BRANCH, FAN.child(1, "Z"));
        assertEquals("Move \"Z\" into branch 1 of \"Fan\"", edit.description());
        moveUndoRedo(before, edit, after -> {
            State y = state(after, FAN.child(1, "Y"));
            assertNull(y.next());
            assertTrue(y.isEnd(), "Y led to the Succeed state that left: it ends its branch now");
            assertEquals("Z", state(after, FAN.child(0, "Inner")).next());
        });
    }

    @Test
    void intoAnEmptyScopeTheFirstMovedStateBecomesItsStart() {
        // given an empty second branch (a Parallel just being built)
        Document document = line();
        StateMachine emptied = Scopes.update(document.machine(), SECOND_BRANCH,
                branch -> Scopes.withStartAt(Scopes.withStates(branch, dev.loveless.model.States.EMPTY), null));
        Document before = new Document(emptied, Placement.completed(emptied, document.diagram()));
        // when / then
        moveUndoRedo(before, move(before, SECOND_BRANCH, B, A), after -> {
            assertEquals("A", scope(after, SECOND_BRANCH).startAt(), "the first of the chain, not of the selection");
            assertEquals(List.of("A", "B"), scope(after, SECOND_BRANCH).statesOrEmpty().nameList());
        });
    }

    @Test
    void aContainerMovesWithItsInnerStatesAndTheirLayout() {
        Document before = line();
        StatePath item = LOOP.child(0, "Item");
        Bounds loopBox = before.diagram().boundsOf(LOOP);
        Bounds itemBox = before.diagram().boundsOf(item);
        moveUndoRedo(before, MoveIntoScope.of(before, Set.of(LOOP, item), FIRST_BRANCH, 40, -20), after -> {
            StatePath loop = FAN.child(0, "Loop");
            assertEquals(loopBox.translated(40, -20), after.diagram().boundsOf(loop), "lands where dropped");
            assertEquals(itemBox.translated(40, -20), after.diagram().boundsOf(loop.child(0, "Item")), "inner layout kept");
            assertNull(after.diagram().boundsOf(LOOP));
            assertNotNull(state(after, loop.child(0, "Item")));
            assertTrue(state(after, FAN).isEnd(), "Fan led to Loop, which ended the workflow");
        });
    }

    @Test
    void aContainerCannotGoIntoItselfNorIntoItsOwnInnerStates() {
        Document before = line();
        EditException itself = assertThrows(EditException.class, () -> move(before, SECOND_BRANCH, FAN).apply(before));
        assertEquals("\"Fan\" cannot be moved into itself.", itself.getMessage());
        assertThrows(EditException.class, () -> move(before, new ScopeId(FAN.child(0, "Inner"), 0), FAN).apply(before));
    }

    @Test
    void aMoveThatWouldLeaveABranchWithoutAStepIsRefused() {
        Document before = line();
        EditException refused = assertThrows(EditException.class,
                () -> move(before, ScopeId.ROOT, FAN.child(1, "Y"), FAN.child(1, "Z")).apply(before));
        assertTrue(refused.getMessage().contains("branch 2 of \"Fan\" without a step"), refused.getMessage());
        EditException items = assertThrows(EditException.class,
                () -> move(before, FIRST_BRANCH, LOOP.child(0, "Item")).apply(before));
        assertTrue(items.getMessage().contains("the item steps of \"Loop\""), items.getMessage());
    }

    @Test
    void statesOfDifferentBranchesOrAMoveIntoTheirOwnScopeAreRefused() {
        Document before = line();
        assertThrows(EditException.class, () -> move(before, ScopeId.ROOT, FAN.child(0, "X"), FAN.child(1, "Y")).apply(before));
        EditException same = assertThrows(EditException.class, () -> move(before, ScopeId.ROOT, A).apply(before));
        assertEquals("\"A\" already is in the workflow.", same.getMessage());
    }

    @Test
    void aChoiceRuleOrACatchThatWouldCrossTheBoundaryRefusesTheMoveAndChangesNothing() {
        // given the fixture: Check has a rule to Approve; Charge catches errors into Failed
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        ScopeId right = new ScopeId(StatePath.of("Fan"), 1);
        // when / then: out of the moved state, and into it from a state left behind
        EditException rule = assertThrows(EditException.class,
                () -> stack.execute(move(before, right, StatePath.of("Check"))));
        assertTrue(rule.getMessage().startsWith("\"Check\" has a rule leading to \"Approve\""), rule.getMessage());
        EditException outgoing = assertThrows(EditException.class,
                () -> stack.execute(move(before, right, StatePath.of("Charge"))));
        assertTrue(outgoing.getMessage().startsWith("\"Charge\" sends its errors to \"Failed\""), outgoing.getMessage());
        EditException incoming = assertThrows(EditException.class,
                () -> stack.execute(move(before, right, StatePath.of("Failed"))));
        assertTrue(incoming.getMessage().startsWith("\"Charge\" sends its errors to \"Failed\""), incoming.getMessage());
        assertSame(before, stack.document());
        assertEquals(0, stack.revision());
    }

    @Test
    void aChoiceRuleIntoAMovedStateIsReLinkedToWhereTheMovedStateLed() {
        Document before = EditFixtures.document();
        moveUndoRedo(before, move(before, new ScopeId(StatePath.of("Fan"), 1), StatePath.of("Approve")), after -> {
            ChoiceState check = (ChoiceState) state(after, StatePath.of("Check"));
            assertEquals("Charge", check.choices().get(0).next(), "Approve led to Charge");
            assertEquals("Approve", state(after, StatePath.of("Fan").child(1, "Right")).next());
        });
    }

    @Test
    void aMovedStateWhoseNameIsTakenElsewhereIsRenamedAndSaysSo() {
        // given a file that reuses a name in a branch (AWS refuses it; the designer opens it)
        StateMachine machine = read("""
                {"StartAt": "Fan", "States": {
                  "Fan": {"Type": "Parallel", "Branches": [
                    {"StartAt": "Notify", "States": {"Notify": {"Type": "Pass", "End": true}}}], "Next": "Notify"},
                  "Notify": {"Type": "Pass", "End": true}}}
                """);
        Document before = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        MoveIntoScope edit = move(before, FIRST_BRANCH, StatePath.of("Notify"));
        // when
        Map<String, String> renames = edit.renamesIn(before);
        // then
        assertEquals(Map.of("Notify", "Notify 2"), renames);
        assertEquals(List.of(FAN.child(0, "Notify 2")), edit.movedPathsIn(before));
        moveUndoRedo(before, edit, after -> {
            assertEquals("Notify 2", state(after, FAN.child(0, "Notify")).next());
            assertNotNull(after.diagram().boundsOf(FAN.child(0, "Notify 2")));
        });
    }

    @Test
    void aDragEndingOverAnotherScopeIsOneUndoStepNamedForTheMove() {
        // given a drag of B by (30, 400), in two steps
        Document before = line();
        EditStack stack = new EditStack(before);
        Bounds box = before.diagram().boundsOf(B);
        stack.execute(new MoveStates(Set.of(B), 10, 100));
        stack.execute(new MoveStates(Set.of(B), 20, 300));
        // when it is released over Loop's item steps
        stack.execute(MoveIntoScope.of(stack.document(), Set.of(B), LOOP_ITEMS, 0, 0));
        // then
        assertEquals("Move \"B\" into the item steps of \"Loop\"", stack.undoDescription());
        assertEquals(box.translated(30, 400), stack.document().diagram().boundsOf(LOOP.child(0, "B")));
        stack.undo();
        assertSame(before, stack.document(), "one undo takes back the drag and the move");
        assertTrue(!stack.canUndo());
    }

    @Test
    void theRulesAnswerBeforeTheGesture() {
        Document before = line();
        assertNull(EditRules.whyNoMove(before, Set.of(B), FIRST_BRANCH));
        assertEquals("\"Fan\" cannot be moved into itself.", EditRules.whyNoMove(before, Set.of(FAN), FIRST_BRANCH));
    }

    @Test
    void statesMovedIntoABranchThatEndsInASucceedStandApartAndTheValidatorSaysSo() {
        Document line = line();
        Document after = move(line, SECOND_BRANCH, LOOP).apply(line);
        assertNull(state(after, FAN.child(1, "Z")).next(), "nothing follows a Succeed state");
        List<String> found = problems(after);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("UNREACHABLE_STATE State \"Loop\""), found.toString());
    }

    @Test
    void movingStatesOfAValidWorkflowLeavesItValid() {
        Document line = line();
        assertEquals(List.of(), problems(line));
        assertEquals(List.of(), problems(move(line, LOOP_ITEMS, B).apply(line)));
        assertEquals(List.of(), problems(move(line, FIRST_BRANCH, A, B).apply(line)));
        assertEquals(List.of(), problems(move(line, ScopeId.ROOT, FAN.child(1, "Y")).apply(line)));
        assertEquals(List.of(), problems(move(line, FIRST_BRANCH, FAN.child(1, "Z")).apply(line)));
        assertEquals(List.of(), problems(move(line, FIRST_BRANCH, LOOP).apply(line)));

        // the sample: the CDN wait moved into the second branch of "Publish"
        var sample = Samples.sample().machine();
        Document document = new Document(sample, Placement.completed(sample, Diagram.EMPTY));
        List<String> before = problems(document);
        Document after = move(document, new ScopeId(StatePath.of("Publish"), 1), StatePath.of("Let the CDN warm up")).apply(document);
        assertEquals(before, problems(after));
        ParallelState publish = (ParallelState) state(after, StatePath.of("Publish"));
        assertEquals("Published", publish.next());
    }
}

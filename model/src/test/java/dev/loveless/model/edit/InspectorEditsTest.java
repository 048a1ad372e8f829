package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.ParallelState;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.TaskState;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.diagram.Placement;
import dev.loveless.model.diagram.WorkflowSettings;
import dev.loveless.model.validation.Validator;
import dev.loveless.model.validation.WorkflowType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static dev.loveless.model.TestDefinitions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edits the inspector makes: fields, workflow fields, settings, the worker switch and branches. */
class InspectorEditsTest {

    private static final StatePath CHARGE = StatePath.of("Charge");
    private static final StatePath FAN = StatePath.of("Fan");

    private static Document executeUndoRedo(Document before, Edit edit, Consumer<Document> check) {
        // given
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
        return after;
    }

    private static TaskState task(Document document, StatePath path) {
        return (TaskState) StateTree.resolve(document.machine(), path);
    }

    private static Document activityDocument() {
        StateMachine machine = read("""
                {"StartAt": "Transcode", "States": {
                  "Transcode": {"Type": "Task",
                    "Resource": "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:transcode",
                    "InputPath": "$.video", "Parameters": {"file.$": "$.key"}, "ResultPath": "$.out",
                    "TimeoutSeconds": 900, "HeartbeatSeconds": 30,
                    "Retry": [{"ErrorEquals": ["Busy"], "MaxAttempts": 5}],
                    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
                    "Next": "Done"},
                  "Done": {"Type": "Succeed"}, "Failed": {"Type": "Fail", "Error": "E", "Cause": "C"}}}
                """);
        return new Document(machine, Placement.completed(machine, Diagram.EMPTY));
    }

    @Test
    void settingAFieldChangesOnlyThatField() {
        Document before = EditFixtures.document();
        executeUndoRedo(before, SetStateField.of(CHARGE, "/InputPath", TextNode.valueOf("$.order"), "Change input"),
                after -> {
                    TaskState charge = task(after, CHARGE);
                    assertEquals("$.order", charge.common().inputPathText());
                    assertEquals(task(before, CHARGE).common().catchers(), charge.common().catchers());
                    assertEquals(before.diagram(), after.diagram());
                });
    }

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        // given
        Document before = EditFixtures.document();
        EditStack stack = new EditStack(before);
        // when
        for (String text : List.of("$", "$.", "$.o", "$.order")) {
            stack.execute(new SetStateField(CHARGE, "/InputPath", TextNode.valueOf(text), "Change input", true));
        }
        stack.execute(new SetStateField(CHARGE, "/OutputPath", TextNode.valueOf("$.x"), "Change output", true));
        // then
        assertEquals("$.order", task(stack.document(), CHARGE).common().inputPathText());
        stack.undo();
        assertEquals("$.order", task(stack.document(), CHARGE).common().inputPathText(), "the other field was its own step");
        stack.undo();
        assertSame(before, stack.document(), "four keystrokes undone at once");
        assertTrue(!stack.canUndo());
    }

    @Test
    void aSealedGestureStartsANewStep() {
        // given
        EditStack stack = new EditStack(EditFixtures.document());
        stack.execute(new SetStateField(CHARGE, "/Comment", TextNode.valueOf("a"), "Change comment", true));
        stack.seal();
        // when
        stack.execute(new SetStateField(CHARGE, "/Comment", TextNode.valueOf("ab"), "Change comment", true));
        stack.undo();
        // then
        assertEquals("a", task(stack.document(), CHARGE).comment());
    }

    @Test
    void theTypeCannotBeSetAsAField() {
        assertThrows(EditException.class, () -> SetStateField.of(CHARGE, "/Type", TextNode.valueOf("Pass"), "x"));
        assertThrows(EditException.class, () -> new EditStack(EditFixtures.document())
                .execute(SetStateField.of(StatePath.of("Nobody"), "/Comment", TextNode.valueOf("x"), "x")));
    }

    @Test
    void workflowFieldsAndSettingsAreEdits() {
        Document before = EditFixtures.document();
        executeUndoRedo(before, new SetMachineField("TimeoutSeconds", IntNode.valueOf(300), false),
                after -> assertEquals(IntNode.valueOf(300), after.machine().timeoutSeconds()));
        executeUndoRedo(before, new SetMachineField("Comment", TextNode.valueOf("Orders"), false),
                after -> assertEquals("Orders", after.machine().comment()));
        executeUndoRedo(before, new SetWorkflowSettings(new WorkflowSettings(WorkflowType.EXPRESS, "orders"), false),
                after -> {
                    assertEquals(WorkflowType.EXPRESS, after.settings().type());
                    assertEquals(before.machine(), after.machine());
                });
        assertThrows(EditException.class, () -> new SetMachineField("States", null, false));
        assertThrows(IllegalArgumentException.class, () -> new WorkflowSettings(WorkflowType.STANDARD, "no spaces"));
    }

    @Test
    void settingsSurviveOtherEdits() {
        // given
        Document before = EditFixtures.document().withSettings(new WorkflowSettings(WorkflowType.EXPRESS, "x"));
        EditStack stack = new EditStack(before);
        // when
        stack.execute(new RenameState(CHARGE, "Bill"));
        stack.execute(new DeleteStates(java.util.Set.of(StatePath.of("Bill"))));
        // then
        assertEquals(WorkflowType.EXPRESS, stack.document().settings().type());
    }

    @Test
    void activityToLambdaKeepsProcessingRetriesAndCatchesAndAddsTheRecommendedRetry() {
        StatePath path = StatePath.of("Transcode");
        Document before = activityDocument();
        executeUndoRedo(before, new ChangeWorkerKind(path, WorkerKind.LAMBDA, null), after -> {
            TaskState lambda = task(after, path);
            TaskState activity = task(before, path);
            assertEquals(WorkerKind.LAMBDA, lambda.worker().kind());
            assertEquals(ChangeWorkerKind.LAMBDA_INVOKE, lambda.resource());
            assertEquals("${TranscodeFunctionArn}", lambda.common().parameters().get("FunctionName").textValue());
            assertEquals(activity.common().parameters(), lambda.common().parameters().get("Payload"),
                    "the activity's input becomes the function's payload");
            assertEquals(ChangeWorkerKind.LAMBDA_RETRIER, lambda.common().retry().get(0));
            assertEquals(activity.common().retry().get(0), lambda.common().retry().get(1));
            assertEquals(activity.common().catchers(), lambda.common().catchers());
            assertEquals("$.video", lambda.common().inputPathText());
            assertEquals("$.out", lambda.common().resultPathText());
            assertEquals("Done", lambda.next());
            assertNull(lambda.heartbeatSeconds(), "a function sends no heartbeats");
            assertEquals(IntNode.valueOf(900), lambda.timeoutSeconds());
        });
    }

    @Test
    void flippingToLambdaAndBackGivesTheOriginalActivity() {
        // given
        StatePath path = StatePath.of("Transcode");
        Document before = activityDocument();
        EditStack stack = new EditStack(before);
        // when
        stack.execute(new ChangeWorkerKind(path, WorkerKind.LAMBDA, null));
        stack.execute(new ChangeWorkerKind(path, WorkerKind.ACTIVITY, "transcode"));
        // then: all as before but the heartbeat, which a function does not send and the switch proposes again
        TaskState original = task(before, path);
        assertEquals(original.withTimeouts(original.timeoutSeconds(), IntNode.valueOf(ChangeWorkerKind.ACTIVITY_HEARTBEAT)),
                task(stack.document(), path));
    }

    @Test
    void lambdaToActivityProposesTimeoutsAndDropsTheEnvelope() {
        // given
        StateMachine machine = read("""
                {"StartAt": "Resize", "States": {"Resize": {"Type": "Task",
                  "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "resize", "Payload.$": "$"}, "OutputPath": "$.Payload",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}], "End": true},
                  "Oops": {"Type": "Fail"}}}
                """);
        Document before = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        StatePath path = StatePath.of("Resize");
        executeUndoRedo(before, new ChangeWorkerKind(path, WorkerKind.ACTIVITY, null), after -> {
            TaskState activity = task(after, path);
            assertEquals("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:resize", activity.resource());
            assertEquals(IntNode.valueOf(ChangeWorkerKind.ACTIVITY_TIMEOUT), activity.timeoutSeconds());
            assertEquals(IntNode.valueOf(ChangeWorkerKind.ACTIVITY_HEARTBEAT), activity.heartbeatSeconds());
            assertNull(activity.common().parameters(), "the whole input goes to the worker");
            assertNull(activity.common().outputPath());
            assertEquals(List.of("States.ALL"), activity.common().catchers().get(0).errorEquals());
            assertEquals("Oops", activity.common().catchers().get(0).next());
            assertTrue(new Validator().validate(after.machine()).diagnostics().stream()
                    .noneMatch(d -> d.code().equals("ACTIVITY_NO_TIMEOUTS")));
        });
    }

    @Test
    void aJsonataTaskGetsArgumentsAndAnOutputUnwrap() {
        // given
        StateMachine machine = read("""
                {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Task",
                  "Resource": "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:a", "End": true}}}
                """);
        Document before = new Document(machine, Placement.completed(machine, Diagram.EMPTY));
        // when
        Document after = new ChangeWorkerKind(StatePath.of("A"), WorkerKind.LAMBDA, "arn:aws:lambda:us-east-1:1:function:f:live")
                .apply(before);
        // then
        TaskState task = task(after, StatePath.of("A"));
        assertEquals("arn:aws:lambda:us-east-1:1:function:f:live", task.common().arguments().get("FunctionName").textValue());
        assertEquals("{% $states.input %}", task.common().arguments().get("Payload").textValue());
        assertEquals("{% $states.result.Payload %}", task.common().output().textValue());
        assertNull(task.common().parameters());
    }

    @Test
    void aTaskAlreadyOfThatKindStaysAndOnlyTasksSwitch() {
        Document before = activityDocument();
        assertSame(before, new ChangeWorkerKind(StatePath.of("Transcode"), WorkerKind.ACTIVITY, null).apply(before));
        assertThrows(EditException.class, () -> new ChangeWorkerKind(StatePath.of("Done"), WorkerKind.LAMBDA, null).apply(before));
    }

    @Test
    void branchesAreAddedRemovedAndReorderedWithTheirDiagram() {
        Document before = EditFixtures.document();
        StatePath left = FAN.child(0, "Left");
        StatePath right = FAN.child(1, "Right");
        Bounds leftBox = before.diagram().boundsOf(left);
        Bounds rightBox = before.diagram().boundsOf(right);
        executeUndoRedo(before, new AddBranch(FAN), after -> {
            ParallelState fan = (ParallelState) after.machine().states().get("Fan");
            assertEquals(3, fan.branches().size());
            assertNotNull(after.diagram().boundsOf(FAN.child(2, fan.branches().get(2).startAt())));
        });
        executeUndoRedo(before, new MoveBranch(FAN, 0, 1), after -> {
            ParallelState fan = (ParallelState) after.machine().states().get("Fan");
            assertEquals("Right", fan.branches().get(0).startAt());
            assertEquals(leftBox, after.diagram().boundsOf(FAN.child(1, "Left")));
            assertEquals(rightBox, after.diagram().boundsOf(FAN.child(0, "Right")));
        });
        executeUndoRedo(before, new RemoveBranch(FAN, 0), after -> {
            ParallelState fan = (ParallelState) after.machine().states().get("Fan");
            assertEquals(1, fan.branches().size());
            assertEquals(rightBox, after.diagram().boundsOf(FAN.child(0, "Right")));
            assertNull(after.diagram().boundsOf(FAN.child(1, "Right")));
            assertNull(after.diagram().boundsOf(left));
        });
        assertThrows(EditException.class, () -> new RemoveBranch(FAN, 5).apply(before));
    }

    @Test
    void replacingTheMachineKeepsThePlacesOfUnchangedStates() {
        // given
        Document before = EditFixtures.document();
        StateMachine edited = before.machine().withStates(before.machine().states().without("Approve")
                .with("Audit", dev.loveless.model.PassState.of(dev.loveless.model.StateCommon.ending())));
        executeUndoRedo(before, new ReplaceMachine(edited, true), after -> {
            assertEquals(before.diagram().boundsOf(CHARGE), after.diagram().boundsOf(CHARGE));
            assertEquals(before.diagram().boundsOf(FAN.child(1, "Right")), after.diagram().boundsOf(FAN.child(1, "Right")));
            assertNull(after.diagram().boundsOf(StatePath.of("Approve")));
            assertNotNull(after.diagram().boundsOf(StatePath.of("Audit")));
        });
    }
}

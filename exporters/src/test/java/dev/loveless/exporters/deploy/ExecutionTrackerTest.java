package dev.loveless.exporters.deploy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExecutionTrackerTest {

    private static HistoryEvent event(long id, String type, String state, String data, String error) {
        return new HistoryEvent(id, id - 1, type, Instant.EPOCH, state, data, error, error == null ? null : "why");
    }

    @Test
    void statesSucceedFailAndAreCaughtInOrder() {
        // given
        ExecutionTracker tracker = new ExecutionTracker();

        // when
        tracker.accept(List.of(
                event(1, "ExecutionStarted", null, "{}", null),
                event(2, "TaskStateEntered", "Charge", "{\"a\":1}", null),
                event(3, "LambdaFunctionFailed", null, null, "CardDeclined"),
                event(4, "PassStateEntered", "Apologise", "{}", null),
                event(5, "PassStateExited", "Apologise", "{\"sorry\":true}", null),
                event(6, "TaskStateEntered", "Notify", "{}", null)));
        tracker.accept(List.of(event(6, "TaskStateEntered", "Notify", "{}", null))); // seen already

        // then
        List<StateRun> states = tracker.states();
        assertEquals(List.of("Charge", "Apologise", "Notify"), states.stream().map(StateRun::name).toList());
        assertEquals(StateRun.Status.FAILED, states.get(0).status());
        assertEquals("CardDeclined", states.get(0).error());
        assertEquals(StateRun.Status.SUCCEEDED, states.get(1).status());
        assertEquals("{\"sorry\":true}", states.get(1).output());
        assertEquals(StateRun.Status.IN_PROGRESS, states.get(2).status());
        assertEquals(1, states.get(2).entries());
    }

    @Test
    void aStoppedExecutionAbortsTheStatesInProgress() {
        // given
        ExecutionTracker tracker = new ExecutionTracker();

        // when
        tracker.accept(List.of(event(1, "TaskStateEntered", "Transcode", "{}", null),
                event(2, "ExecutionAborted", null, null, null)));

        // then
        assertEquals(StateRun.Status.ABORTED, tracker.states().get(0).status());
    }

    @Test
    void theConsoleLinkFollowsThePartition() {
        assertEquals("https://eu-west-1.console.aws.amazon.com/states/home?region=eu-west-1#/v2/executions/details/"
                + "arn:aws:states:eu-west-1:1:execution:m:e",
                ExecutionFollower.consoleLink("arn:aws:states:eu-west-1:1:execution:m:e"));
        assertEquals("https://cn-north-1.console.amazonaws.cn/states/home?region=cn-north-1#/v2/executions/details/"
                + "arn:aws-cn:states:cn-north-1:1:execution:m:e",
                ExecutionFollower.consoleLink("arn:aws-cn:states:cn-north-1:1:execution:m:e"));
    }
}

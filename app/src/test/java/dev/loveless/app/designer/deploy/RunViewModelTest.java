package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.FxThread;
import dev.loveless.exporters.deploy.FakeAws;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Run dialog's view model: deploy, start, follow, stop, against the loopback AWS through the real SDK. */
class RunViewModelTest {

    private FakeAws aws;
    private DeploySession session;
    private RunViewModel model;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @BeforeEach
    void start() throws Exception {
        aws = new FakeAws();
        GatewayFactory gateways = target -> aws.gateway();
        DeployViewModel deploy = FxThread.call(() -> {
            TargetViewModel target = new TargetViewModel(List::of);
            target.regionProperty().set("us-east-1");
            target.endpointProperty().set(aws.endpoint().toString());
            session = new DeploySession(target, "video-pipeline");
            DeployViewModel made = new DeployViewModel(Samples.sample().machine(), session, gateways, FakeAws.FAST,
                    Sleeper.REAL);
            made.form().substitutionsProperty().set(SampleDeploy.SUBSTITUTIONS);
            made.plan();
            return made;
        });
        FxThread.await("the plan", () -> deploy.phaseProperty().get() == DeployViewModel.Phase.PLANNED);
        FxThread.run(deploy::deploy);
        FxThread.await("the deploy", () -> deploy.phaseProperty().get() == DeployViewModel.Phase.DEPLOYED);
        model = FxThread.call(() -> new RunViewModel(Samples.sample().machine(), session, gateways,
                Duration.ofMillis(20), Sleeper.REAL));
    }

    @AfterEach
    void stop() {
        FxThread.run(model::stopFollowing);
        aws.close();
    }

    private static StatePath path(String name) {
        return StateTree.paths(Samples.sample().machine()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theStateMachineDeployedFromTheWindowIsTheOneToRun() {
        // then
        assertEquals("arn:aws:states:us-east-1:123456789012:stateMachine:video-pipeline",
                FxThread.call(() -> model.stateMachineProperty().get()));
    }

    @Test
    void anExecutionIsFollowedToItsEndAndItsPathIsMappedOntoEveryState() {
        // given
        aws.onStart = execution -> {
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload", "{\"videoKey\":\"a.mp4\"}");
            aws.event(execution, "TaskStateExited", "stateExitedEventDetails", "Check upload", "{\"codec\":\"h264\"}");
            aws.event(execution, "ChoiceStateEntered", "stateEnteredEventDetails", "Already web-ready?", "{\"codec\":\"h264\"}");
            aws.event(execution, "ChoiceStateExited", "stateExitedEventDetails", "Already web-ready?", "{\"codec\":\"h264\"}");
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Transcode on GPU", "{\"codec\":\"h264\"}");
            aws.event(execution, "ActivityFailed", "activityFailedEventDetails", null, null);
            aws.event(execution, "ExecutionFailed", "executionFailedEventDetails", null, null);
            execution.status = "FAILED";
            execution.error = "GpuUnavailable";
            execution.cause = "no GPU left";
        };
        FxThread.run(() -> model.inputProperty().set("{\"videoKey\": \"a.mp4\"}"));

        // when
        FxThread.run(model::start);
        FxThread.await("the execution to end", () -> model.phaseProperty().get() == RunViewModel.Phase.ENDED);

        // then
        assertEquals("FAILED", FxThread.call(() -> model.statusProperty().get()));
        assertEquals(StateStatus.SUCCEEDED, FxThread.call(() -> model.statuses().get(path("Check upload"))));
        assertEquals(StateStatus.SUCCEEDED, FxThread.call(() -> model.statuses().get(path("Already web-ready?"))));
        assertEquals(StateStatus.FAILED, FxThread.call(() -> model.statuses().get(path("Transcode on GPU"))));
        assertEquals(StateStatus.NOT_REACHED, FxThread.call(() -> model.statuses().get(path("Render thumbnail"))));
        assertEquals(StateTree.paths(Samples.sample().machine()).size(), FxThread.call(() -> model.statuses().size()));
        assertEquals("GpuUnavailable: no GPU left", FxThread.call(() -> model.resultProperty().get()));
        assertEquals("The execution failed: GpuUnavailable — no GPU left", FxThread.call(() -> model.messageProperty().get()));
        assertTrue(FxThread.call(() -> model.messageIsErrorProperty().get()));
        assertNull(FxThread.call(() -> model.consoleLinkProperty().get()), "an emulator has no console");
        assertEquals("{\"videoKey\": \"a.mp4\"}", aws.executions.values().iterator().next().input);
    }

    @Test
    void clickingAStateShowsItsInputAndOutput() {
        // given
        aws.onStart = execution -> {
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload", "{\"videoKey\":\"a.mp4\"}");
            aws.event(execution, "TaskStateExited", "stateExitedEventDetails", "Check upload", "{\"codec\":\"h264\"}");
            aws.event(execution, "ExecutionSucceeded", "executionSucceededEventDetails", null, "{\"ok\":true}");
            execution.status = "SUCCEEDED";
            execution.output = "{\"ok\":true}";
        };
        FxThread.run(model::start);
        FxThread.await("the execution to end", () -> model.phaseProperty().get() == RunViewModel.Phase.ENDED);

        // when
        FxThread.run(() -> model.inspect(path("Check upload")));

        // then
        String details = FxThread.call(() -> model.detailsProperty().get());
        assertEquals("Check upload: succeeded\n\nInput\n{\n  \"videoKey\" : \"a.mp4\"\n}\n\nOutput\n{\n  \"codec\" : \"h264\"\n}",
                details);
        assertEquals("{\n  \"ok\" : true\n}", FxThread.call(() -> model.resultProperty().get()));

        // when
        FxThread.run(() -> model.inspect(path("Reject upload")));

        // then
        assertEquals("Reject upload: not reached.", FxThread.call(() -> model.detailsProperty().get()));
    }

    @Test
    void stopStopsTheRunningExecutionAndThePathShowsItStopped() {
        // given
        aws.onStart = execution ->
                aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload", "{}");
        FxThread.run(model::start);
        FxThread.await("the state in progress",
                () -> model.statuses().get(path("Check upload")) == StateStatus.IN_PROGRESS);
        assertEquals(RunViewModel.Phase.RUNNING, FxThread.call(() -> model.phaseProperty().get()));

        // when
        FxThread.run(model::stop);
        FxThread.await("the execution to end", () -> model.phaseProperty().get() == RunViewModel.Phase.ENDED);

        // then
        assertEquals("ABORTED", FxThread.call(() -> model.statusProperty().get()));
        assertEquals(StateStatus.ABORTED, FxThread.call(() -> model.statuses().get(path("Check upload"))));
        assertTrue(aws.calls().contains("states:StopExecution"));
    }

    @Test
    void inputThatIsNotJsonIsExplainedWhereItBreaksAndCannotBeStarted() {
        // when
        FxThread.run(() -> model.inputProperty().set("{\n  \"videoKey\": oops\n}"));

        // then
        String problem = FxThread.call(() -> model.inputErrorProperty().get());
        assertTrue(problem.startsWith("Not JSON (line 2, column "), problem);
        assertFalse(FxThread.call(() -> model.canStartProperty().get()));

        // when
        FxThread.run(() -> model.inputProperty().set("{\"videoKey\": \"ok.mp4\"}"));

        // then
        assertEquals("", FxThread.call(() -> model.inputErrorProperty().get()));
        assertTrue(FxThread.call(() -> model.canStartProperty().get()));
    }

    @Test
    void aNameThatIsNotDeployedSaysToDeployFirst() {
        // given
        FxThread.run(() -> model.stateMachineProperty().set("not-there"));

        // when
        FxThread.run(model::start);
        FxThread.await("the failure", () -> model.phaseProperty().get() == RunViewModel.Phase.IDLE
                && model.messageIsErrorProperty().get());

        // then
        assertEquals("not-there is not deployed in account 123456789012 / us-east-1. Deploy it first (Deploy…),"
                + " or give the ARN of the state machine to run.", FxThread.call(() -> model.messageProperty().get()));
        assertTrue(aws.executions.isEmpty());
    }
}

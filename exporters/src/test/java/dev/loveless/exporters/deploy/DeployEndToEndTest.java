package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deploys through the real AWS SDK against {@link FakeAws}: plan, apply, redeploy, failures. */
class DeployEndToEndTest {

    private static final Map<String, String> SAMPLE_VALUES = Map.of(
            "CheckUploadFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:check-upload",
            "RenderThumbnailFunctionArn", "render-thumbnail",
            "CatalogueTable", "video-catalogue",
            "NewVideosTopicArn", "arn:aws:sns:us-east-1:123456789012:new-videos",
            "UploaderAlertsTopicArn", "arn:aws:sns:us-east-1:123456789012:uploader-alerts");

    private final ObjectMapper json = new ObjectMapper();
    private FakeAws aws;
    private AwsGateway gateway;
    private final List<String> waits = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        aws = new FakeAws();
        gateway = aws.gateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
        aws.close();
    }

    private static DeploySettings sampleSettings() {
        return DeploySettings.named("video-pipeline").withSubstitutions(SAMPLE_VALUES);
    }

    private Planner planner() {
        return new Planner(gateway, DefinitionCheck.NONE);
    }

    private ApplyReport apply(Plan plan) throws InterruptedException {
        return new Applier(gateway, planner(), FakeAws.FAST, d -> { }).apply(plan, new DeployListener() {
            @Override
            public void waiting(String message) {
                waits.add(message);
            }
        });
    }

    private ApplyReport deploy(StateMachine machine, DeploySettings settings) throws InterruptedException {
        return apply(planner().plan(machine, settings));
    }

    private static Map<ResourceKind, ChangeAction> actions(Plan plan) {
        Map<ResourceKind, ChangeAction> actions = new java.util.EnumMap<>(ResourceKind.class);
        plan.changes().forEach(change -> actions.put(change.kind(), change.action()));
        return actions;
    }

    @Test
    void firstDeployCreatesRolePolicyActivityAndStateMachineWithTheExpectedRequests() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();

        // when
        Plan plan = planner().plan(sample, sampleSettings());
        ApplyReport report = apply(plan);

        // then
        assertEquals(Map.of(ResourceKind.ROLE, ChangeAction.CREATE, ResourceKind.ROLE_POLICY, ChangeAction.CREATE,
                ResourceKind.ACTIVITY, ChangeAction.CREATE, ResourceKind.STATE_MACHINE, ChangeAction.CREATE), actions(plan));
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(List.of("iam:CreateRole", "iam:PutRolePolicy", "states:CreateActivity", "states:CreateStateMachine"),
                aws.writes());
        String activityArn = "arn:aws:states:us-east-1:123456789012:activity:transcode-on-gpu";
        assertEquals(Set.of(activityArn), aws.activities.keySet());
        FakeAws.Machine machine = aws.machines.get("arn:aws:states:us-east-1:123456789012:stateMachine:video-pipeline");
        assertNotNull(machine);
        JsonNode definition = json.readTree(machine.definition);
        assertEquals(activityArn, definition.at("/States/Transcode on GPU/Resource").asText());
        assertEquals("render-thumbnail", definition
                .at("/States/Make thumbnails/ItemProcessor/States/Render thumbnail/Parameters/FunctionName").asText());
        assertEquals("STANDARD", machine.type);
        String roleName = "loveless-video-pipeline-us-east-1";
        assertEquals("arn:aws:iam::123456789012:role/" + roleName, machine.roleArn);
        JsonNode trust = json.readTree(aws.roles.get(roleName).trust);
        assertEquals("states.amazonaws.com", trust.at("/Statement/0/Principal/Service").asText());
        assertEquals("123456789012", trust.at("/Statement/0/Condition/StringEquals/aws:SourceAccount").asText());
    }

    @Test
    void theGeneratedPolicyNamesExactlyTheFunctionsOfTheDefinition() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();

        // when
        deploy(sample, sampleSettings());

        // then
        JsonNode policy = json.readTree(aws.roles.get("loveless-video-pipeline-us-east-1").policies.get("loveless-execution"));
        Set<String> lambdaResources = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (JsonNode statement : policy.path("Statement")) {
            statement.path("Resource").forEach(r -> all.add(statement.path("Action").toString() + " " + r.asText()));
            if (statement.path("Action").toString().contains("lambda:InvokeFunction")) {
                statement.path("Resource").forEach(r -> lambdaResources.add(r.asText()));
            }
        }
        assertEquals(Set.of(
                "arn:aws:lambda:us-east-1:123456789012:function:check-upload",
                "arn:aws:lambda:us-east-1:123456789012:function:check-upload:*",
                "arn:aws:lambda:us-east-1:123456789012:function:render-thumbnail",
                "arn:aws:lambda:us-east-1:123456789012:function:render-thumbnail:*"), lambdaResources);
        assertEquals(Set.of(
                "[\"dynamodb:PutItem\"] arn:aws:dynamodb:us-east-1:123456789012:table/video-catalogue",
                "[\"lambda:InvokeFunction\"] arn:aws:lambda:us-east-1:123456789012:function:check-upload",
                "[\"lambda:InvokeFunction\"] arn:aws:lambda:us-east-1:123456789012:function:check-upload:*",
                "[\"lambda:InvokeFunction\"] arn:aws:lambda:us-east-1:123456789012:function:render-thumbnail",
                "[\"lambda:InvokeFunction\"] arn:aws:lambda:us-east-1:123456789012:function:render-thumbnail:*",
                "[\"sns:Publish\"] arn:aws:sns:us-east-1:123456789012:new-videos",
                "[\"sns:Publish\"] arn:aws:sns:us-east-1:123456789012:uploader-alerts"), all);
    }

    @Test
    void aSecondDeployIssuesNoWritesAndSaysSo() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();
        deploy(sample, sampleSettings());
        aws.clearRequests();

        // when
        Plan plan = planner().plan(sample, sampleSettings());
        ApplyReport report = apply(plan);

        // then
        assertFalse(plan.hasChanges());
        assertTrue(plan.changes().stream().allMatch(change -> change.action() == ChangeAction.NO_CHANGE));
        assertEquals(ApplyReport.Outcome.NOTHING_TO_DO, report.outcome());
        assertTrue(report.message().startsWith("Nothing to do"), report.message());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void aChangedDefinitionUpdatesOnlyTheStateMachineAndShowsTheDiff() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();
        deploy(sample, sampleSettings());
        aws.clearRequests();
        StateMachine changed = sample.withComment("Publish an uploaded video, now with a new comment.");

        // when
        Plan plan = planner().plan(changed, sampleSettings());
        ApplyReport report = apply(plan);

        // then
        assertEquals(ChangeAction.UPDATE, plan.stateMachineChange().action());
        assertEquals(1, plan.count(ChangeAction.UPDATE));
        assertTrue(plan.stateMachineChange().diff().contains("+  \"Comment\": \"Publish an uploaded video, now with a new comment.\","),
                plan.stateMachineChange().diff());
        assertTrue(plan.stateMachineChange().diff().contains("-  \"Comment\": \"Publish an uploaded video: check it"),
                plan.stateMachineChange().diff());
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome());
        assertEquals(List.of("states:UpdateStateMachine"), aws.writes());
    }

    @Test
    void aFailureHalfWayIsReportedAndARedeployConverges() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();
        aws.fail("CreateActivity", FakeAws.Fault.SERVER_ERROR, 10);

        // when
        ApplyReport failed = deploy(sample, sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.FAILED, failed.outcome());
        assertEquals(List.of(StepResult.Status.DONE, StepResult.Status.DONE, StepResult.Status.FAILED,
                StepResult.Status.NOT_RUN), failed.steps().stream().map(StepResult::status).toList());
        assertTrue(failed.message().contains("2 of 4 changes were made"), failed.message());
        assertTrue(failed.message().contains("Run deploy again"), failed.message());
        assertTrue(aws.machines.isEmpty());

        // when
        aws.clearFaults();
        aws.clearRequests();
        Plan again = planner().plan(sample, sampleSettings());
        ApplyReport converged = apply(again);

        // then
        assertEquals(Map.of(ResourceKind.ROLE, ChangeAction.NO_CHANGE, ResourceKind.ROLE_POLICY, ChangeAction.NO_CHANGE,
                ResourceKind.ACTIVITY, ChangeAction.CREATE, ResourceKind.STATE_MACHINE, ChangeAction.CREATE), actions(again));
        assertEquals(ApplyReport.Outcome.APPLIED, converged.outcome(), converged.message());
        assertEquals(List.of("states:CreateActivity", "states:CreateStateMachine"), aws.writes());
        assertFalse(planner().plan(sample, sampleSettings()).hasChanges());
    }

    @Test
    void throttledCallsAreRetriedWithBackoff() throws Exception {
        // given
        aws.fail("CreateRole", FakeAws.Fault.THROTTLE, 2);
        aws.fail("CreateStateMachine", FakeAws.Fault.THROTTLE, 3);

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(3, aws.calls().stream().filter("iam:CreateRole"::equals).count());
        assertEquals(4, aws.calls().stream().filter("states:CreateStateMachine"::equals).count());
    }

    @Test
    void throttlingBeyondTheRetriesStopsWithAMessageThatSaysToRunAgain() throws Exception {
        // given
        aws.fail("PutRolePolicy", FakeAws.Fault.THROTTLE, 20);

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.FAILED, report.outcome());
        assertEquals(FakeAws.FAST.maxAttempts(), aws.calls().stream().filter("iam:PutRolePolicy"::equals).count());
        assertTrue(report.message().contains("AWS kept throttling iam:PutRolePolicy after every retry"), report.message());
    }

    @Test
    void accessDeniedProducesTheDocumentedMessage() throws Exception {
        // given
        aws.fail("CreateRole", FakeAws.Fault.ACCESS_DENIED, 1);

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.FAILED, report.outcome());
        StepResult role = report.steps().get(0);
        assertEquals(StepResult.Status.FAILED, role.status());
        assertTrue(role.message().startsWith("AWS denied iam:CreateRole: the identity you deploy with lacks the"
                + " permission iam:CreateRole (AWS said: User: arn:aws:iam::123456789012:user/dev is not authorized"),
                role.message());
        assertTrue(role.message().endsWith("Ask an administrator to allow iam:CreateRole, deploy with a profile that"
                + " has it (--profile), or, if the denied action is an IAM one, name an existing execution role with"
                + " --role-arn so that deploy changes no IAM resource."), role.message());
        assertEquals(1, aws.calls().stream().filter("iam:CreateRole"::equals).count(), "AccessDenied is not retried");
    }

    @Test
    void aNewRoleThatIsNotYetUsableIsWaitedForWithinABound() throws Exception {
        // given
        aws.fail("CreateStateMachine", FakeAws.Fault.ROLE_NOT_ASSUMABLE, 2);

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(2, waits.size());
        assertTrue(waits.get(0).startsWith("Waiting for IAM"), waits.get(0));
    }

    @Test
    void aRoleThatStaysUnusableEndsTheWaitWithAClearMessage() throws Exception {
        // given
        aws.fail("CreateStateMachine", FakeAws.Fault.ROLE_NOT_ASSUMABLE, 100);

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings());

        // then
        assertEquals(ApplyReport.Outcome.FAILED, report.outcome());
        assertTrue(report.message().contains("Step Functions still cannot assume the role"), report.message());
        assertTrue(report.message().contains("Run deploy again in a minute"), report.message());
        assertEquals(5, aws.calls().stream().filter("states:CreateStateMachine"::equals).count());
    }

    @Test
    void aStalePlanIsRefusedAndChangesNothing() throws Exception {
        // given
        StateMachine sample = Samples.sample().machine();
        Plan plan = planner().plan(sample, sampleSettings());
        deploy(sample, sampleSettings()); // someone else deploys in between
        aws.clearRequests();

        // when
        ApplyReport report = apply(plan);

        // then
        assertEquals(ApplyReport.Outcome.REFUSED_STALE, report.outcome());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void aPlanWithValidationErrorsFromAwsIsRefused() throws Exception {
        // given
        aws.extraValidationErrors.put("SCHEMA_VALIDATION_FAILED", "The field 'Foo' is not supported by Step Functions");

        // when
        Plan plan = planner().plan(Samples.sample().machine(), sampleSettings());
        ApplyReport report = apply(plan);

        // then
        assertTrue(plan.hasErrors());
        Diagnostic error = plan.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(Diagnostic.Source.AWS, error.source());
        assertEquals("SCHEMA_VALIDATION_FAILED", error.code());
        assertEquals(ApplyReport.Outcome.REFUSED_ERRORS, report.outcome());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void localValidationErrorsBlockApplyToo() throws Exception {
        // given
        DefinitionCheck check = machine -> List.of(new Diagnostic(Diagnostic.Source.LOVELESS, Diagnostic.Severity.ERROR,
                "MISSING_END_STATE", "No state ends the workflow.", "/States"));

        // when
        Plan plan = new Planner(gateway, check).plan(Samples.sample().machine(), sampleSettings());

        // then
        assertTrue(plan.localValidation());
        assertTrue(plan.hasErrors());
        assertEquals(ApplyReport.Outcome.REFUSED_ERRORS, apply(plan).outcome());
    }

    @Test
    void unresolvedPlaceholdersAreWarnedAboutButDoNotBlock() throws Exception {
        // when
        Plan plan = planner().plan(Samples.sample().machine(), DeploySettings.named("video-pipeline"));

        // then
        assertFalse(plan.hasErrors());
        List<String> unresolved = plan.diagnostics().stream()
                .filter(d -> d.code().equals("UNRESOLVED_PLACEHOLDER")).map(Diagnostic::location).toList();
        assertEquals(5, unresolved.size(), unresolved.toString());
        assertTrue(unresolved.contains("/States/Check upload/Parameters/FunctionName"), unresolved.toString());
    }

    @Test
    void anExistingRoleIsUsedAsIsAndNoIamResourceIsWritten() throws Exception {
        // given
        deploy(Samples.sample().machine(), DeploySettings.named("other").withSubstitutions(SAMPLE_VALUES));
        aws.clearRequests();
        String roleArn = aws.roles.get("loveless-other-us-east-1").arn;

        // when
        ApplyReport report = deploy(Samples.sample().machine(), sampleSettings().withRoleArn(roleArn));

        // then
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(List.of("states:CreateStateMachine"), aws.writes());
        assertEquals(roleArn, aws.machines.get("arn:aws:states:us-east-1:123456789012:stateMachine:video-pipeline").roleArn);
    }

    @Test
    void aNamedRoleThatDoesNotExistIsAnError() throws Exception {
        // when
        Plan plan = planner().plan(Samples.sample().machine(),
                sampleSettings().withRoleArn("arn:aws:iam::123456789012:role/missing"));

        // then
        assertTrue(plan.diagnostics().stream().anyMatch(d -> d.code().equals("ROLE_NOT_FOUND") && d.isError()));
    }

    @Test
    void activitiesGivenAsPlaceholdersOrExplicitArnsAllExistAfterDeploy() throws Exception {
        // given
        StateMachine machine = new AslReader().read("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "${EncodeActivityArn}", "Next": "B"},
                  "B": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:package", "Next": "C"},
                  "C": {"Type": "Task", "Resource": "arn:aws:states:eu-west-1:999999999999:activity:elsewhere", "End": true}
                }}""", dev.loveless.model.io.Format.JSON).machine();

        // when
        Plan plan = planner().plan(machine, DeploySettings.named("workers"));
        ApplyReport report = apply(plan);

        // then
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(Set.of("arn:aws:states:us-east-1:123456789012:activity:EncodeActivity",
                "arn:aws:states:us-east-1:123456789012:activity:package"), aws.activities.keySet());
        JsonNode deployed = json.readTree(aws.machines.get(plan.stateMachineArn()).definition);
        assertEquals("arn:aws:states:us-east-1:123456789012:activity:EncodeActivity", deployed.at("/States/A/Resource").asText());
        assertTrue(plan.diagnostics().stream().anyMatch(d -> d.code().equals("ACTIVITY_ELSEWHERE")));
        assertEquals(ChangeAction.NO_CHANGE, actions(plan).get(ResourceKind.ROLE_POLICY), "activities need no permission");
        assertFalse(planner().plan(machine, DeploySettings.named("workers")).hasChanges());
    }

    @Test
    void changingTheTypeOfAnExistingStateMachineIsAnError() throws Exception {
        // given
        deploy(Samples.sample().machine(), sampleSettings());

        // when
        Plan plan = planner().plan(Samples.sample().machine(), sampleSettings().withType(StateMachineType.EXPRESS));

        // then
        assertTrue(plan.diagnostics().stream().anyMatch(d -> d.code().equals("TYPE_CHANGE") && d.isError()));
    }

    @Test
    void loggingTracingTagsAndAVersionAreDeployedAndTheLoggingPolicyFollows() throws Exception {
        // given
        deploy(Samples.sample().machine(), sampleSettings());
        aws.clearRequests();
        DeploySettings settings = sampleSettings()
                .withLogging(new Logging(LogLevel.ERROR, true, "arn:aws:logs:us-east-1:123456789012:log-group:/sfn/video"))
                .withTracing(true).withTags(Map.of("team", "media")).withPublish(true, "with logs");

        // when
        Plan plan = planner().plan(Samples.sample().machine(), settings);
        ApplyReport report = apply(plan);

        // then
        assertEquals(ApplyReport.Outcome.APPLIED, report.outcome(), report.message());
        assertEquals(List.of("iam:PutRolePolicy", "states:UpdateStateMachine", "states:TagResource"), aws.writes());
        FakeAws.Machine machine = aws.machines.get(plan.stateMachineArn());
        assertTrue(machine.tracing);
        assertEquals("ERROR", machine.logging.path("level").asText());
        assertEquals(Map.of("team", "media"), machine.tags);
        assertEquals(plan.stateMachineArn() + ":1", report.versionArn());
        String policy = aws.roles.get(plan.roleName()).policies.get("loveless-execution");
        assertTrue(policy.contains("logs:CreateLogDelivery") && policy.contains("xray:PutTraceSegments"), policy);
        assertFalse(planner().plan(Samples.sample().machine(), settings).hasChanges());
    }
}

package dev.loveless.app.designer.deploy;

import dev.loveless.app.designer.FxThread;
import dev.loveless.exporters.deploy.AwsProfile;
import dev.loveless.exporters.deploy.AwsTarget;
import dev.loveless.exporters.deploy.ChangeAction;
import dev.loveless.exporters.deploy.FakeAws;
import dev.loveless.exporters.deploy.ResourceKind;
import dev.loveless.exporters.deploy.Sleeper;
import dev.loveless.exporters.deploy.StateMachineType;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Deploy dialog's view model, planning and applying through the real SDK against the loopback AWS. */
class DeployViewModelTest {

    @TempDir
    Path dir;
    private FakeAws aws;
    private final List<AwsTarget> targets = new ArrayList<>();
    private DeployViewModel model;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @BeforeEach
    void start() throws Exception {
        aws = new FakeAws();
        model = FxThread.call(() -> newModel(target -> {
            targets.add(target);
            return aws.gateway();
        }));
    }

    @AfterEach
    void stop() {
        aws.close();
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    private DeployViewModel newModel(GatewayFactory gateways) {
        TargetViewModel target = new TargetViewModel(() -> List.of(new AwsProfile("dev", "us-east-1", AwsProfile.Kind.SSO)));
        DeploySession session = new DeploySession(target, "video-pipeline");
        DeployViewModel made = new DeployViewModel(Samples.sample().machine(), session, gateways, FakeAws.FAST,
                Sleeper.REAL);
        made.form().substitutionsProperty().set(SampleDeploy.SUBSTITUTIONS);
        target.regionProperty().set("us-east-1");
        target.endpointProperty().set(aws.endpoint().toString());
        return made;
    }

    private void planAndWait() {
        FxThread.run(model::plan);
        FxThread.await("a plan or a failure", () -> !model.busyProperty().get());
    }

    private void deployAndWait() {
        FxThread.run(model::deploy);
        FxThread.await("deploy to end", () -> !model.busyProperty().get());
    }

    private Map<String, ChangeAction> actions() {
        return FxThread.call(() -> model.changes().stream().collect(Collectors.toMap(
                row -> row.change().kind().label() + " " + row.change().name(), row -> row.change().action())));
    }

    @Test
    void theFormIsPrefilledWithTheDefinitionsPlaceholders() {
        // given
        DeployForm form = new DeployForm(Samples.sample().machine());

        // then
        assertEquals("CheckUploadFunctionArn=\nRenderThumbnailFunctionArn=\nCatalogueTable=\nNewVideosTopicArn=\n"
                + "UploaderAlertsTopicArn=", form.substitutionsProperty().get());
    }

    @Test
    void planShowsEachResourceWithItsActionAndTheDefinitionDiffAndChangesNothing() {
        // when
        planAndWait();

        // then
        assertEquals(DeployViewModel.Phase.PLANNED, FxThread.call(() -> model.phaseProperty().get()),
                FxThread.call(() -> model.messageProperty().get()));
        assertEquals(Map.of("role loveless-video-pipeline-us-east-1", ChangeAction.CREATE,
                "role policy loveless-execution", ChangeAction.CREATE,
                "activity transcode-on-gpu", ChangeAction.CREATE,
                "state machine video-pipeline", ChangeAction.CREATE), actions());
        String diff = FxThread.call(() -> model.diffProperty().get());
        assertTrue(diff.startsWith("New state machine video-pipeline; the definition deploy will send:"), diff);
        assertTrue(diff.contains("\"FunctionName\": \"check-upload\""), "placeholders are resolved: " + diff);
        assertTrue(FxThread.call(() -> model.messageProperty().get()).startsWith("Plan: 4 to create"));
        assertTrue(FxThread.call(() -> model.canDeployProperty().get()));
        assertEquals(List.of(), aws.writes());
        assertEquals(AwsTarget.of(null, "us-east-1", aws.endpoint().toString()), targets.get(0));
    }

    @Test
    void deployMakesEachResourceThenASecondPlanShowsNoChangeAndItsDeployWritesNothing() {
        // given
        planAndWait();

        // when
        deployAndWait();

        // then
        assertEquals(DeployViewModel.Phase.DEPLOYED, FxThread.call(() -> model.phaseProperty().get()),
                FxThread.call(() -> model.messageProperty().get()));
        assertTrue(FxThread.call(() -> model.changes().stream().allMatch(row -> row.progress() == ChangeRow.Progress.DONE)));
        String arn = "arn:aws:states:us-east-1:123456789012:stateMachine:video-pipeline";
        assertEquals(arn, FxThread.call(() -> model.session().deployedArnProperty().get()));
        assertTrue(aws.machines.containsKey(arn));
        assertTrue(FxThread.call(() -> model.reportProperty().get()).contains("Deployed video-pipeline to 123456789012"));

        // when
        aws.clearRequests();
        planAndWait();
        deployAndWait();

        // then
        assertTrue(actions().values().stream().allMatch(action -> action == ChangeAction.NO_CHANGE), actions().toString());
        assertTrue(FxThread.call(() -> model.messageProperty().get()).startsWith("Nothing to do"),
                FxThread.call(() -> model.messageProperty().get()));
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void turningOnTracingUpdatesOnlyTheStateMachineAndItsPolicy() {
        // given
        planAndWait();
        deployAndWait();
        DeployViewModel express = FxThread.call(() -> newModel(target -> aws.gateway()));
        FxThread.run(() -> express.form().tracingProperty().set(true));
        model = express;

        // when
        planAndWait();

        // then
        assertEquals(Map.of("role loveless-video-pipeline-us-east-1", ChangeAction.NO_CHANGE,
                "role policy loveless-execution", ChangeAction.UPDATE,
                "activity transcode-on-gpu", ChangeAction.NO_CHANGE,
                "state machine video-pipeline", ChangeAction.UPDATE), actions());
    }

    @Test
    void changingASettingAfterPlanningDiscardsThePlan() {
        // given
        planAndWait();

        // when
        FxThread.run(() -> model.form().typeProperty().set(StateMachineType.EXPRESS));

        // then
        assertEquals(DeployViewModel.Phase.EDITING, FxThread.call(() -> model.phaseProperty().get()));
        assertNull(FxThread.call(() -> model.planProperty().get()));
        assertTrue(FxThread.call(() -> model.changes().isEmpty()));
        assertFalse(FxThread.call(() -> model.canDeployProperty().get()));
        assertEquals("The settings changed: plan again to see what deploy would do.",
                FxThread.call(() -> model.messageProperty().get()));
    }

    @Test
    void awsValidationErrorsAreListedBesideOursAndBlockDeploy() {
        // given
        aws.extraValidationErrors.put("SCHEMA_VALIDATION_FAILED", "Unsupported field");

        // when
        planAndWait();

        // then
        List<String> diagnostics = FxThread.call(() -> List.copyOf(model.diagnostics()));
        assertEquals("Error · AWS SCHEMA_VALIDATION_FAILED at /States · Unsupported field", diagnostics.get(0));
        assertFalse(FxThread.call(() -> model.canDeployProperty().get()));
        assertTrue(FxThread.call(() -> model.messageIsErrorProperty().get()));
        assertTrue(FxThread.call(() -> model.messageProperty().get()).contains("1 error blocks apply"));
    }

    @Test
    void accessDeniedStopsTheDeployWithTheDocumentedWordsAndRowsSayWhatWasNotDone() {
        // given
        planAndWait();
        aws.fail("CreateRole", FakeAws.Fault.ACCESS_DENIED, 1);

        // when
        deployAndWait();

        // then
        assertEquals(DeployViewModel.Phase.FAILED, FxThread.call(() -> model.phaseProperty().get()));
        String message = FxThread.call(() -> model.messageProperty().get());
        assertTrue(message.contains("AWS denied iam:CreateRole: the identity you deploy with lacks the permission"), message);
        assertTrue(message.contains("Run deploy again to complete it"), message);
        Map<ResourceKind, ChangeRow.Progress> progress = FxThread.call(() -> model.changes().stream()
                .collect(Collectors.toMap(row -> row.change().kind(), ChangeRow::progress)));
        assertEquals(ChangeRow.Progress.FAILED, progress.get(ResourceKind.ROLE));
        assertEquals(ChangeRow.Progress.NOT_RUN, progress.get(ResourceKind.STATE_MACHINE));
    }

    @Test
    void aFailureHalfWayThenPlanAndDeployAgainConverges() {
        // given
        planAndWait();
        aws.fail("CreateStateMachine", FakeAws.Fault.ACCESS_DENIED, 1);
        deployAndWait();

        // when
        planAndWait();
        Map<String, ChangeAction> second = actions();
        deployAndWait();

        // then
        assertEquals(ChangeAction.NO_CHANGE, second.get("role loveless-video-pipeline-us-east-1"));
        assertEquals(ChangeAction.CREATE, second.get("state machine video-pipeline"));
        assertEquals(DeployViewModel.Phase.DEPLOYED, FxThread.call(() -> model.phaseProperty().get()));
    }

    @Test
    void malformedSettingsAreExplainedWithoutReadingTheAccount() {
        // given
        FxThread.run(() -> {
            model.form().existingRoleProperty().set(true);
            model.form().roleArnProperty().set("");
        });

        // when
        FxThread.run(model::plan);

        // then
        assertEquals("Give the ARN of the existing execution role, or let deploy create one.",
                FxThread.call(() -> model.messageProperty().get()));

        // when
        FxThread.run(() -> {
            model.form().existingRoleProperty().set(false);
            model.form().tagsProperty().set("team=video\nno equals sign");
            model.plan();
        });

        // then
        assertEquals("Line 2 of the tags, 'no equals sign', is not KEY=VALUE.", FxThread.call(() -> model.messageProperty().get()));
        assertEquals(List.of(), aws.calls());
    }

    @Test
    void aMissingProfileIsNamedWithWhatToDo() throws Exception {
        // given
        Path config = Files.writeString(dir.resolve("config"), "[profile sso-dev]\nregion = us-east-1\n");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
        model = FxThread.call(() -> newModel(GatewayFactory.SDK));
        FxThread.run(() -> model.session().target().profileProperty().set("nope"));

        // when
        planAndWait();

        // then
        String message = FxThread.call(() -> model.messageProperty().get());
        assertTrue(message.startsWith("There is no profile 'nope' in ~/.aws/config or ~/.aws/credentials"
                + " (profiles there: sso-dev). Create it with 'aws configure --profile nope'"), message);
        assertEquals(DeployViewModel.Phase.EDITING, FxThread.call(() -> model.phaseProperty().get()));
    }
}

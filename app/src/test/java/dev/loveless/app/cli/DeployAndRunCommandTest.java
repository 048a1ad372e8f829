package dev.loveless.app.cli;

import dev.loveless.exporters.deploy.FakeAws;
import dev.loveless.model.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loveless deploy} and {@code loveless run} against the loopback AWS, through the real SDK. */
class DeployAndRunCommandTest {

    private static final String[] SUBS = {
        "--sub", "CheckUploadFunctionArn=check-upload", "--sub", "RenderThumbnailFunctionArn=render-thumbnail",
        "--sub", "CatalogueTable=videos", "--sub", "NewVideosTopicArn=arn:aws:sns:us-east-1:123456789012:new",
        "--sub", "UploaderAlertsTopicArn=arn:aws:sns:us-east-1:123456789012:alerts"};

    @TempDir
    Path dir;
    private FakeAws aws;
    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @BeforeEach
    void start() throws Exception {
        aws = new FakeAws();
        file = dir.resolve("video-pipeline.asl.json");
        Files.writeString(file, Samples.sampleText());
        // The SDK's default chain reads these first; nothing reaches a real account.
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "test-secret");
        Path config = Files.writeString(dir.resolve("config"), "[profile sso-dev]\nregion = us-east-1\n");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("credentials").toString());
    }

    @AfterEach
    void stop() {
        aws.close();
        System.setIn(stdin);
        for (String key : List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.configFile", "aws.sharedCredentialsFile")) {
            System.clearProperty(key);
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String[] deploy(String... extra) {
        List<String> args = new ArrayList<>(List.of("deploy", file.toString(), "--name", "video-pipeline",
                "--region", "us-east-1", "--endpoint-url", aws.endpoint().toString()));
        args.addAll(List.of(SUBS));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void planPrintsThePlanAndChangesNothing() {
        // when
        int code = run(deploy("--plan"));

        // then
        assertEquals(Cli.OK, code, err.toString());
        assertTrue(out.toString().contains("+ create    role          loveless-video-pipeline-us-east-1"), out.toString());
        assertTrue(out.toString().contains("+ create    activity      transcode-on-gpu"), out.toString());
        assertTrue(out.toString().contains("Plan: 4 to create, 0 to update, 0 to delete, 0 unchanged."), out.toString());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void yesAppliesAndASecondDeploySaysThereIsNothingToDo() {
        // when
        int first = run(deploy("--yes"));
        String firstOut = out.toString();
        aws.clearRequests();
        int second = run(deploy("--yes"));

        // then
        assertEquals(Cli.OK, first, err.toString());
        assertTrue(firstOut.contains("Deployed video-pipeline to 123456789012 / us-east-1"), firstOut);
        assertEquals(Cli.OK, second, err.toString());
        assertTrue(out.toString().contains("Nothing to do"), out.toString());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void withoutYesItAsksAndAnythingButYesChangesNothing() {
        // given
        System.setIn(new ByteArrayInputStream("no\n".getBytes(StandardCharsets.UTF_8)));

        // when
        int code = run(deploy());

        // then
        assertEquals(Cli.FOUND, code);
        assertTrue(out.toString().contains("Apply these changes to account 123456789012 in us-east-1?"), out.toString());
        assertTrue(err.toString().contains("Not applied; nothing was changed."), err.toString());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void answeringYesApplies() {
        // given
        System.setIn(new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8)));

        // when
        int code = run(deploy());

        // then
        assertEquals(Cli.OK, code, err.toString());
        assertEquals(4, aws.writes().size());
    }

    @Test
    void validationErrorsRefuseWithExitCodeOne() {
        // given
        aws.extraValidationErrors.put("SCHEMA_VALIDATION_FAILED", "Unsupported field");

        // when
        int code = run(deploy("--yes"));

        // then
        assertEquals(Cli.FOUND, code);
        assertTrue(out.toString().contains("error [AWS SCHEMA_VALIDATION_FAILED] at /States: Unsupported field"), out.toString());
        assertTrue(err.toString().contains("Refused"), err.toString());
        assertEquals(List.of(), aws.writes());
    }

    @Test
    void awsErrorsExitWithTwoAndSayWhatToDo() {
        // given
        aws.fail("CreateRole", FakeAws.Fault.ACCESS_DENIED, 1);

        // when
        int code = run(deploy("--yes"));

        // then
        assertEquals(Cli.USAGE_OR_IO, code);
        assertTrue(out.toString().contains("AWS denied iam:CreateRole"), out.toString());
        assertTrue(out.toString().contains("Run deploy again to complete it"), out.toString());
    }

    @Test
    void aMissingProfileIsNamedWithTheProfilesThereAre() {
        // when
        int code = run("deploy", file.toString(), "--name", "video-pipeline", "--profile", "nope", "--plan");

        // then
        assertEquals(Cli.USAGE_OR_IO, code);
        assertTrue(err.toString().contains("There is no profile 'nope' in ~/.aws/config or ~/.aws/credentials"
                + " (profiles there: sso-dev)"), err.toString());
    }

    @Test
    void aMissingNameIsAUsageError() {
        // when
        int code = run("deploy", file.toString(), "--plan");

        // then
        assertEquals(Cli.USAGE_OR_IO, code);
        assertTrue(err.toString().contains("--name"), err.toString());
    }

    @Test
    void runWaitFollowsTheExecutionStateByState() {
        // given
        run(deploy("--yes"));
        aws.onStart = execution -> {
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload", "{\"videoKey\":\"a.mp4\"}");
            aws.event(execution, "TaskStateExited", "stateExitedEventDetails", "Check upload", "{\"codec\":\"h264\"}");
            aws.event(execution, "ChoiceStateEntered", "stateEnteredEventDetails", "Already web-ready?", "{}");
            aws.event(execution, "ExecutionSucceeded", "executionSucceededEventDetails", null, "{\"ok\":true}");
            execution.status = "SUCCEEDED";
            execution.output = "{\"ok\":true}";
        };

        // when
        int code = run("run", file.toString(), "--input", "{\"videoKey\":\"a.mp4\"}", "--wait",
                "--region", "us-east-1", "--endpoint-url", aws.endpoint().toString());

        // then
        assertEquals(Cli.OK, code, err.toString());
        assertTrue(out.toString().contains("Started arn:aws:states:us-east-1:123456789012:execution:video-pipeline:loveless-"),
                out.toString());
        assertTrue(out.toString().contains("+ Check upload: succeeded, output {\"codec\":\"h264\"}"), out.toString());
        assertTrue(out.toString().contains("Execution succeeded: output {\"ok\":true}"), out.toString());
        assertEquals("{\"videoKey\":\"a.mp4\"}", aws.executions.values().iterator().next().input);
    }

    @Test
    void runWaitExitsWithOneWhenTheExecutionFails() {
        // given
        run(deploy("--yes"));
        aws.onStart = execution -> {
            aws.event(execution, "TaskStateEntered", "stateEnteredEventDetails", "Check upload", "{}");
            aws.event(execution, "ExecutionFailed", "executionFailedEventDetails", null, null);
            execution.status = "FAILED";
            execution.error = "UnreadableVideo";
            execution.cause = "not a video";
        };

        // when
        int code = run("run", "arn:aws:states:us-east-1:123456789012:stateMachine:video-pipeline", "--wait",
                "--endpoint-url", aws.endpoint().toString());

        // then
        assertEquals(Cli.FOUND, code, err.toString());
        assertTrue(out.toString().contains("x Check upload: failed"), out.toString());
        assertTrue(out.toString().contains("Execution failed: UnreadableVideo: not a video"), out.toString());
    }

    @Test
    void runOfAFileThatIsNotDeployedSaysHowToDeployIt() {
        // when
        int code = run("run", file.toString(), "--region", "us-east-1", "--endpoint-url", aws.endpoint().toString());

        // then
        assertEquals(Cli.USAGE_OR_IO, code);
        assertTrue(err.toString().contains("video-pipeline is not deployed in account 123456789012 / us-east-1."
                + " Deploy it first: loveless deploy"), err.toString());
    }

    @Test
    void runRefusesInputThatIsNotJson() {
        // given
        run(deploy("--yes"));

        // when
        int code = run("run", file.toString(), "--input", "{oops", "--region", "us-east-1",
                "--endpoint-url", aws.endpoint().toString());

        // then
        assertEquals(Cli.USAGE_OR_IO, code);
        assertTrue(err.toString().contains("the input is not JSON"), err.toString());
        assertTrue(aws.executions.isEmpty());
    }
}

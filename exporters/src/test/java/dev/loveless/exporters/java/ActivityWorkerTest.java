package dev.loveless.exporters.java;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the generated Activity worker against a loopback server that speaks the Step Functions
 * protocol, through the real AWS SDK: in this JVM for success, heartbeats and failures, and as its
 * own process for SIGTERM.
 */
class ActivityWorkerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static GeneratedProject project;

    @BeforeAll
    static void generate() throws Exception {
        project = WorkerProject.create(dir);
    }

    @AfterAll
    static void close() throws Exception {
        project.close();
    }

    /** Starts the generated worker in this JVM; returns it (an Object of the generated class). */
    private static Object startWorker(SfnClient client) throws Exception {
        Class<?> workerType = project.load("com.example.worker.runtime.ActivityWorker");
        Class<?> taskType = project.load("com.example.worker.runtime.Task");
        Object slowStep = taskType.getField("SLOW_STEP").get(null);
        Object builder = workerType.getMethod("builder", SfnClient.class).invoke(null, client);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("activity", String.class, taskType).invoke(builder, WorkerProject.ACTIVITY_ARN, slowStep);
        builderType.getMethod("concurrency", int.class).invoke(builder, 2);
        builderType.getMethod("workerName", String.class).invoke(builder, "test-worker");
        builderType.getMethod("backoff", Duration.class, Duration.class).invoke(builder, Duration.ofMillis(50), Duration.ofMillis(200));
        Object worker = builderType.getMethod("build").invoke(builder);
        workerType.getMethod("start").invoke(worker);
        return worker;
    }

    private static int shutdown(Object worker, Duration grace) throws Exception {
        return (int) worker.getClass().getMethod("shutdown", Duration.class).invoke(worker, grace);
    }

    @Test
    void takesATaskHeartbeatsAndReportsSuccess() throws Exception {
        try (FakeStepFunctions sfn = new FakeStepFunctions(); SfnClient client = sfn.client()) {
            // given
            Object worker = startWorker(client);
            // when
            sfn.offer("token-ok", "{\"sleepMillis\": 1200, \"Context\": {\"State\": {\"RetryCount\": 1}}}");
            FakeStepFunctions.Call success = sfn.await("SendTaskSuccess", c -> c.token().equals("token-ok"), Duration.ofSeconds(10));
            shutdown(worker, Duration.ofSeconds(1));
            // then
            assertEquals(JSON.readTree("{\"done\": \"Slow step\", \"attempt\": 2}"), JSON.readTree(success.body().path("output").asText()));
            assertTrue(sfn.count("SendTaskHeartbeat", "token-ok") >= 2, "heartbeats every third of HeartbeatSeconds: " + sfn.calls);
            FakeStepFunctions.Call poll = sfn.await("GetActivityTask", c -> true, Duration.ofSeconds(1));
            assertEquals(WorkerProject.ACTIVITY_ARN, poll.body().path("activityArn").asText());
            assertEquals("test-worker", poll.body().path("workerName").asText());
        }
    }

    @Test
    void aFailingHandlerReportsTheErrorNameItsRetryMatches() throws Exception {
        try (FakeStepFunctions sfn = new FakeStepFunctions(); SfnClient client = sfn.client()) {
            // given
            Object worker = startWorker(client);
            // when
            sfn.offer("token-fail", "{\"fail\": \"UnreadableVideo\"}");
            sfn.offer("token-bad-json", "{not json");
            FakeStepFunctions.Call failure = sfn.await("SendTaskFailure", c -> c.token().equals("token-fail"), Duration.ofSeconds(10));
            FakeStepFunctions.Call broken = sfn.await("SendTaskFailure", c -> c.token().equals("token-bad-json"), Duration.ofSeconds(10));
            shutdown(worker, Duration.ofSeconds(1));
            // then
            assertEquals("UnreadableVideo", failure.body().path("error").asText());
            assertEquals("asked to fail", failure.body().path("cause").asText());
            assertEquals("com.fasterxml.jackson.core.JsonParseException", broken.body().path("error").asText());
            assertEquals(0, sfn.count("SendTaskSuccess", "token-fail"));
        }
    }

    @Test
    void shutdownFailsTasksStillRunningAfterTheGracePeriodWithWorkerShutdown() throws Exception {
        try (FakeStepFunctions sfn = new FakeStepFunctions(); SfnClient client = sfn.client()) {
            // given
            Object worker = startWorker(client);
            sfn.offer("token-long", "{\"sleepMillis\": 30000}");
            sfn.await("SendTaskHeartbeat", c -> c.token().equals("token-long"), Duration.ofSeconds(5));
            // when
            int failed = shutdown(worker, Duration.ofMillis(300));
            // then
            assertEquals(1, failed);
            FakeStepFunctions.Call failure = sfn.await("SendTaskFailure", c -> c.token().equals("token-long"), Duration.ofSeconds(2));
            assertEquals("WorkerShutdown", failure.body().path("error").asText());
            Thread.sleep(300);
            assertEquals(1, sfn.count("SendTaskFailure", "token-long"), "reported exactly once, even after the interrupt");
        }
    }

    private static Process startWorkerProcess(FakeStepFunctions sfn, String graceSeconds, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", project.processClassPath(), "com.example.worker.runtime.ActivityWorkerMain");
        Map<String, String> env = builder.environment();
        env.put("SFN_ENDPOINT", sfn.endpoint().toString());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "fake");
        env.put("AWS_SECRET_ACCESS_KEY", "fake");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("ACTIVITY_ARN_SLOW_STEP", WorkerProject.ACTIVITY_ARN);
        env.put("SHUTDOWN_GRACE_SECONDS", graceSeconds);
        env.put("WORKER_NAME", "process-worker");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    @Test
    void onSigtermARunningTaskFinishesWithinTheGracePeriodAndIsReported() throws Exception {
        try (FakeStepFunctions sfn = new FakeStepFunctions()) {
            // given
            Path log = dir.resolve("sigterm-finish.log");
            Process worker = startWorkerProcess(sfn, "20", log);
            sfn.offer("token-sigterm", "{\"sleepMillis\": 1500}");
            sfn.await("SendTaskHeartbeat", c -> c.token().equals("token-sigterm"), Duration.ofSeconds(20));
            // when
            worker.destroy(); // SIGTERM
            // then
            assertTrue(worker.waitFor(20, TimeUnit.SECONDS), "the worker stops");
            FakeStepFunctions.Call success = sfn.await("SendTaskSuccess", c -> c.token().equals("token-sigterm"), Duration.ofSeconds(1));
            assertEquals("Slow step", JSON.readTree(success.body().path("output").asText()).path("done").asText());
            String output = Files.readString(log);
            assertTrue(output.contains("Stopped; 0 running tasks failed"), output);
            long pollsAfterTask = sfn.calls.stream().dropWhile(c -> !c.operation().equals("TaskHandedOut")).skip(1)
                    .filter(c -> c.operation().equals("GetActivityTask")).count();
            assertTrue(pollsAfterTask <= 2, "polling stops at SIGTERM (at most the polls already in flight): " + pollsAfterTask);
        }
    }

    @Test
    void onSigtermATaskOutlivingTheGracePeriodIsFailedWithWorkerShutdown() throws Exception {
        try (FakeStepFunctions sfn = new FakeStepFunctions()) {
            // given
            Path log = dir.resolve("sigterm-fail.log");
            Process worker = startWorkerProcess(sfn, "1", log);
            sfn.offer("token-too-long", "{\"sleepMillis\": 60000}");
            sfn.await("SendTaskHeartbeat", c -> c.token().equals("token-too-long"), Duration.ofSeconds(20));
            // when
            worker.destroy(); // SIGTERM
            // then
            assertTrue(worker.waitFor(20, TimeUnit.SECONDS), "the worker stops after the grace period");
            FakeStepFunctions.Call failure = sfn.await("SendTaskFailure", c -> c.token().equals("token-too-long"), Duration.ofSeconds(1));
            assertEquals("WorkerShutdown", failure.body().path("error").asText());
            assertEquals(0, sfn.count("SendTaskSuccess", "token-too-long"));
        }
    }

    @Test
    void theWorkerRefusesAConfigurationWithoutActivityArnsWithExitStatus2() throws Exception {
        // given
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", project.processClassPath(), "com.example.worker.runtime.ActivityWorkerMain");
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("ACTIVITY_ARN_"));
        builder.environment().put("WORKER_TASKS", "SLOW_STEP");
        builder.redirectErrorStream(true);
        // when
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        // then
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertTrue(output.contains("set ACTIVITY_ARN_SLOW_STEP"), output);
        assertTrue(List.of(output.split("\n")).size() <= 2, "one plain line, no stack trace: " + output);
        assertTrue(File.pathSeparator.length() == 1);
    }
}

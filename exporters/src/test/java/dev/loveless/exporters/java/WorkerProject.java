package dev.loveless.exporters.java;

import dev.loveless.exporters.Export;
import dev.loveless.model.StateMachine;
import dev.loveless.model.io.AslReader;
import dev.loveless.model.io.Format;

import java.nio.file.Files;
import java.nio.file.Path;

/** A small workflow whose generated project has a test handler that sleeps, fails or echoes on demand. */
final class WorkerProject {

    static final String ACTIVITY_ARN = "arn:aws:states:us-east-1:123456789012:activity:slow";

    static final String DEFINITION = """
            {"StartAt": "Slow step", "States": {
              "Slow step": {"Type": "Task", "Resource": "%s", "HeartbeatSeconds": 1, "TimeoutSeconds": 60,
                "Retry": [{"ErrorEquals": ["UnreadableVideo", "WorkerShutdown"]}], "Next": "Quick step"},
              "Quick step": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:quick",
                "Catch": [{"ErrorEquals": ["UnreadableVideo"], "Next": "Done"}], "Next": "Done"},
              "Done": {"Type": "Succeed"}}}
            """.formatted(ACTIVITY_ARN);

    /** The user's edit: what a real handler might do, driven by its input. */
    private static final String HANDLER = """
            package com.example.worker.handlers;

            import com.example.worker.runtime.Json;
            import com.example.worker.runtime.StepContext;
            import com.example.worker.runtime.StepFailure;
            import com.example.worker.runtime.StepHandler;
            import com.fasterxml.jackson.databind.JsonNode;
            import com.fasterxml.jackson.databind.node.ObjectNode;

            public final class %s implements StepHandler {
                @Override
                public JsonNode handle(JsonNode input, StepContext context) throws StepFailure {
                    try {
                        Thread.sleep(input.path("sleepMillis").asLong(0));
                    } catch (InterruptedException e) {
                        throw new StepFailure("Interrupted", "stopped while sleeping");
                    }
                    if (input.has("fail")) {
                        throw new StepFailure(input.get("fail").asText(), "asked to fail");
                    }
                    ObjectNode output = Json.MAPPER.createObjectNode();
                    output.put("done", context.stateName());
                    output.put("attempt", context.attempt());
                    return output;
                }
            }
            """;

    private WorkerProject() {
    }

    static StateMachine machine() throws Exception {
        return new AslReader().read(DEFINITION, Format.JSON).machine();
    }

    /** Exports, writes, puts the test handlers in place of the generated ones, compiles. */
    static GeneratedProject create(Path dir) throws Exception {
        Export export = new JavaProjectExporter().export(machine(), "worker");
        GeneratedProject project = GeneratedProject.write(export, dir);
        Path handlers = dir.resolve("src/main/java/com/example/worker/handlers");
        Files.writeString(handlers.resolve("SlowStepHandler.java"), HANDLER.formatted("SlowStepHandler"));
        Files.writeString(handlers.resolve("QuickStepHandler.java"), HANDLER.formatted("QuickStepHandler"));
        Files.delete(dir.resolve("src/test/java/com/example/worker/handlers/SlowStepHandlerTest.java"));
        Files.delete(dir.resolve("src/test/java/com/example/worker/handlers/QuickStepHandlerTest.java"));
        return project.compile();
    }
}

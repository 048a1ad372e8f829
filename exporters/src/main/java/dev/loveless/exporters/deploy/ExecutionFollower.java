package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a deployed state machine: starts an execution with input JSON, follows it
 * ({@code DescribeExecution} + {@code GetExecutionHistory}) into per-state progress, stops it, and
 * links to it in the AWS console.
 */
public final class ExecutionFollower {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AwsGateway gateway;
    private final boolean console;

    /**
     * @param gateway the gateway
     * @param console whether console links make sense (not against an emulator)
     */
    public ExecutionFollower(AwsGateway gateway, boolean console) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.console = console;
    }

    /**
     * Starts an execution.
     *
     * @param input the input JSON ({@code null} or blank for {@code {}})
     * @return the execution ARN
     * @throws IllegalArgumentException when the input is not JSON
     */
    public String start(String stateMachineArn, String input) {
        String body = input == null || input.isBlank() ? "{}" : input.trim();
        try {
            JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input is not JSON: " + e.getOriginalMessage());
        }
        String name = "loveless-" + STAMP.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return gateway.startExecution(stateMachineArn, name, body);
    }

    /** @return the execution's progress, reading only the history events after {@code tracker}'s last */
    public ExecutionProgress poll(String executionArn, ExecutionTracker tracker) {
        ExecutionInfo info = gateway.describeExecution(executionArn);
        tracker.accept(gateway.history(executionArn, tracker.lastEventId()));
        return new ExecutionProgress(info, tracker.states(), tracker.lastEventId(),
                console ? consoleLink(executionArn) : null);
    }

    /**
     * Follows an execution until it ends or {@code cancelled} says to stop following (the execution
     * goes on), telling {@code onProgress} each time something changed.
     *
     * @return the last progress read
     */
    public ExecutionProgress follow(String executionArn, Duration interval, Sleeper sleeper,
            Consumer<ExecutionProgress> onProgress, BooleanSupplier cancelled) throws InterruptedException {
        ExecutionTracker tracker = new ExecutionTracker();
        long seen = -1;
        while (true) {
            ExecutionProgress progress = poll(executionArn, tracker);
            if (progress.lastEventId() != seen || progress.finished()) {
                seen = progress.lastEventId();
                onProgress.accept(progress);
            }
            if (progress.finished() || cancelled.getAsBoolean()) {
                return progress;
            }
            sleeper.sleep(interval);
        }
    }

    /** Stops a running execution. */
    public void stop(String executionArn) {
        gateway.stopExecution(executionArn, "Loveless.Stopped", "Stopped from Loveless.");
    }

    /** @return the AWS console page of an execution, for its partition and region */
    public static String consoleLink(String executionArn) {
        String[] parts = executionArn.split(":");
        if (parts.length < 4 || !parts[0].equals("arn")) {
            throw new IllegalArgumentException("not an execution ARN: " + executionArn);
        }
        String region = parts[3];
        String domain = switch (parts[1]) {
            case "aws-cn" -> "console.amazonaws.cn";
            case "aws-us-gov" -> "console.amazonaws-us-gov.com";
            default -> "console.aws.amazon.com";
        };
        return "https://" + region + "." + domain + "/states/home?region=" + region
                + "#/v2/executions/details/" + executionArn;
    }
}

package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A Task state: one unit of work done by a Lambda function, an Activity worker or another AWS
 * service. {@code TimeoutSeconds} and {@code HeartbeatSeconds} are JSON values (a number, or a
 * JSONata expression string); {@code Credentials} is the raw JSON value.
 */
public record TaskState(
        StateCommon common,
        String resource,
        JsonNode timeoutSeconds,
        String timeoutSecondsPath,
        JsonNode heartbeatSeconds,
        String heartbeatSecondsPath,
        JsonNode credentials,
        Extras extras) implements State {

    public TaskState {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(extras, "extras");
    }

    /** @return a Task calling {@code resource} with the given common fields */
    public static TaskState of(String resource, StateCommon common) {
        return new TaskState(common, resource, null, null, null, null, null, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.TASK;
    }

    @Override
    public TaskState withCommon(StateCommon newCommon) {
        return new TaskState(newCommon, resource, timeoutSeconds, timeoutSecondsPath, heartbeatSeconds,
                heartbeatSecondsPath, credentials, extras);
    }

    public TaskState withResource(String newResource) {
        return new TaskState(common, newResource, timeoutSeconds, timeoutSecondsPath, heartbeatSeconds,
                heartbeatSecondsPath, credentials, extras);
    }

    public TaskState withTimeouts(JsonNode newTimeoutSeconds, JsonNode newHeartbeatSeconds) {
        return new TaskState(common, resource, newTimeoutSeconds, timeoutSecondsPath, newHeartbeatSeconds,
                heartbeatSecondsPath, credentials, extras);
    }

    /** @return who does this task's work, judged from {@code Resource} */
    public Worker worker() {
        return Worker.of(resource);
    }
}

package dev.loveless.exporters.deploy;

import java.time.Instant;
import java.util.Objects;

/**
 * One event of an execution's history, reduced to what following an execution needs.
 *
 * @param id         the event id (1, 2, ...)
 * @param previousId the id of the event it follows, or 0
 * @param type       the event type ({@code TaskStateEntered}, {@code LambdaFunctionFailed}...)
 * @param timestamp  when it happened
 * @param stateName  for state entered/exited events, the state's name; else {@code null}
 * @param data       the input (entered) or output (exited, succeeded) JSON, or {@code null}
 * @param error      for failure events, the error; else {@code null}
 * @param cause      for failure events, the cause; else {@code null}
 */
public record HistoryEvent(
        long id, long previousId, String type, Instant timestamp, String stateName, String data, String error,
        String cause) {

    public HistoryEvent {
        Objects.requireNonNull(type, "type");
    }

    public boolean isStateEntered() {
        return type.endsWith("StateEntered");
    }

    public boolean isStateExited() {
        return type.endsWith("StateExited");
    }

    /** @return whether this event reports a failure of the work in a state (not of the whole execution) */
    public boolean isStateFailure() {
        return !type.startsWith("Execution") && !type.startsWith("MapRun") && (type.endsWith("Failed")
                || type.endsWith("TimedOut") || type.endsWith("Aborted"));
    }
}

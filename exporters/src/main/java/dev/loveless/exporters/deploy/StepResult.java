package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * What became of one planned change during apply.
 *
 * @param change  the planned change
 * @param status  done, failed, not run (after a failure), or nothing to do
 * @param message what happened: the ARN made, or why it failed
 */
public record StepResult(PlannedChange change, Status status, String message) {

    /** What became of a change. */
    public enum Status {
        DONE, FAILED, NOT_RUN, UNCHANGED
    }

    public StepResult {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}

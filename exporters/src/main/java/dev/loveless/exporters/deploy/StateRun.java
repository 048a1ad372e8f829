package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * How one state of an execution fared so far: what the canvas colours, and the Execute dialog lists.
 *
 * @param name    the state's name
 * @param status  in progress, succeeded, failed or aborted
 * @param input   its (latest) input JSON, or {@code null}
 * @param output  its (latest) output JSON, or {@code null}
 * @param error   the error it failed with, or {@code null}
 * @param cause   the cause, or {@code null}
 * @param entries how many times it was entered (loops, retries of the whole state, Map iterations)
 */
public record StateRun(String name, Status status, String input, String output, String error, String cause,
        int entries) {

    /** Where a state stands. */
    public enum Status {
        IN_PROGRESS, SUCCEEDED, FAILED, ABORTED
    }

    public StateRun {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}

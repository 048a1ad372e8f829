package dev.loveless.exporters.deploy;

import java.time.Instant;
import java.util.Objects;

/**
 * An execution as {@code DescribeExecution} reports it.
 *
 * @param arn             the execution ARN
 * @param stateMachineArn the state machine it runs
 * @param status          RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED or PENDING_REDRIVE
 * @param input           its input JSON (may be {@code null})
 * @param output          its output JSON when it succeeded, else {@code null}
 * @param error           the error when it failed, else {@code null}
 * @param cause           the cause when it failed, else {@code null}
 * @param startDate       when it started
 * @param stopDate        when it stopped, or {@code null} while running
 */
public record ExecutionInfo(
        String arn, String stateMachineArn, String status, String input, String output, String error, String cause,
        Instant startDate, Instant stopDate) {

    public ExecutionInfo {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(status, "status");
    }

    /** @return whether the execution has ended */
    public boolean finished() {
        return !status.equals("RUNNING");
    }

    public boolean succeeded() {
        return status.equals("SUCCEEDED");
    }
}

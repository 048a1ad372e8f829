package dev.loveless.exporters.deploy;

import java.util.List;
import java.util.Objects;

/**
 * An execution as far as it has been followed: its status, and each state it has entered, in order.
 *
 * @param execution   the execution as {@code DescribeExecution} reports it
 * @param states      the states entered so far, in order of first entry
 * @param lastEventId the last history event read
 * @param consoleLink the execution in the AWS console, or {@code null} (an emulator has none)
 */
public record ExecutionProgress(ExecutionInfo execution, List<StateRun> states, long lastEventId, String consoleLink) {

    public ExecutionProgress {
        Objects.requireNonNull(execution, "execution");
        states = List.copyOf(states);
    }

    /** @return whether the execution has ended */
    public boolean finished() {
        return execution.finished();
    }
}

package dev.loveless.exporters.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What an apply did: the outcome, each step, and the message to show. After a failure it lists
 * what was done and what was not; running deploy again completes it.
 *
 * @param outcome         applied, nothing to do, refused, or failed half-way
 * @param steps           each planned change with what became of it
 * @param stateMachineArn the state machine's ARN
 * @param versionArn      the version published, or {@code null}
 * @param message         one or two sentences for the user
 */
public record ApplyReport(Outcome outcome, List<StepResult> steps, String stateMachineArn, String versionArn,
        String message) {

    /** How an apply ended. */
    public enum Outcome {
        APPLIED, NOTHING_TO_DO, REFUSED_ERRORS, REFUSED_STALE, FAILED;

        /** @return whether the account is now as planned */
        public boolean converged() {
            return this == APPLIED || this == NOTHING_TO_DO;
        }
    }

    public ApplyReport {
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        Objects.requireNonNull(message, "message");
    }

    /** @return how many steps ended with {@code status} */
    public long count(StepResult.Status status) {
        return steps.stream().filter(step -> step.status() == status).count();
    }
}

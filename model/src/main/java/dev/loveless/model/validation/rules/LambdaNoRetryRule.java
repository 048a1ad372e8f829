package dev.loveless.model.validation.rules;

import dev.loveless.model.Retrier;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;
import java.util.Set;

/**
 * {@code LAMBDA_NO_RETRY}: a Task that invokes Lambda retries the transient Lambda errors AWS
 * recommends retrying ({@code Lambda.ServiceException}, {@code Lambda.AWSLambdaException},
 * {@code Lambda.SdkClientException}, {@code Lambda.TooManyRequestsException}), directly or
 * through {@code States.TaskFailed} or {@code States.ALL}.
 */
public final class LambdaNoRetryRule extends AbstractRule {

    static final List<String> TRANSIENT = List.of("Lambda.ServiceException", "Lambda.AWSLambdaException",
            "Lambda.SdkClientException", "Lambda.TooManyRequestsException");
    private static final Set<String> COVERING = Set.of("States.ALL", "States.TaskFailed");

    public LambdaNoRetryRule() {
        super("LAMBDA_NO_RETRY", Phase.ADVICE,
                "A Lambda task retries the transient Lambda errors AWS recommends retrying.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!Derived.invokesLambda(context, entry)) {
                continue;
            }
            List<Retrier> retry = entry.state().common().retry();
            boolean covered = false;
            if (retry != null) {
                for (Retrier retrier : retry) {
                    if (retrier.errorEquals() == null || retrier.maxAttempts() != null && retrier.maxAttempts() == 0) {
                        continue;
                    }
                    for (String error : retrier.errorEquals()) {
                        covered |= COVERING.contains(error) || TRANSIENT.contains(error);
                    }
                }
            }
            if (!covered) {
                context.report(entry, "This Lambda task does not retry Lambda's transient errors: add a retrier for "
                        + String.join(", ", TRANSIENT) + " (e.g. IntervalSeconds 1, MaxAttempts 3, BackoffRate 2).",
                        retry == null ? new Object[] {"Resource"} : new Object[] {"Retry"});
            }
        }
    }
}

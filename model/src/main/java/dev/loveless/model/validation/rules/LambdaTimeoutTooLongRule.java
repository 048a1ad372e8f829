package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.Worker.IntegrationPattern;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code LAMBDA_TIMEOUT_TOO_LONG}: a Task that invokes Lambda (and waits for it) has a
 * {@code TimeoutSeconds} within Lambda's own 900-second limit; a longer step is a job for an
 * Activity worker.
 */
public final class LambdaTimeoutTooLongRule extends AbstractRule {

    static final int LAMBDA_LIMIT = 900;

    public LambdaTimeoutTooLongRule() {
        super("LAMBDA_TIMEOUT_TOO_LONG", Phase.ADVICE, "A Lambda task's TimeoutSeconds is within Lambda's 900 s limit.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (Derived.invokesLambda(context, entry) && entry.state() instanceof TaskState task
                    && Derived.resource(context, entry).pattern() == IntegrationPattern.REQUEST_RESPONSE
                    && task.timeoutSeconds() != null && task.timeoutSeconds().isNumber()
                    && task.timeoutSeconds().doubleValue() > LAMBDA_LIMIT) {
                context.report(entry, "TimeoutSeconds is " + task.timeoutSeconds().asText() + ", but a Lambda function"
                        + " runs at most " + LAMBDA_LIMIT + " s: for longer work, switch this step to an Activity"
                        + " worker.", "TimeoutSeconds");
            }
        }
    }
}

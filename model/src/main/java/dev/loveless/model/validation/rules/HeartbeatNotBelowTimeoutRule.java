package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code HEARTBEAT_NOT_BELOW_TIMEOUT}: a Task's {@code HeartbeatSeconds} is smaller than its
 * {@code TimeoutSeconds} (when both are numbers): a heartbeat interval as long as the whole
 * timeout can never fire.
 */
public final class HeartbeatNotBelowTimeoutRule extends AbstractRule {

    public HeartbeatNotBelowTimeoutRule() {
        super("HEARTBEAT_NOT_BELOW_TIMEOUT", Phase.STRUCTURE, "HeartbeatSeconds is smaller than TimeoutSeconds.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof TaskState task && task.heartbeatSeconds() != null
                    && task.timeoutSeconds() != null && task.heartbeatSeconds().isNumber()
                    && task.timeoutSeconds().isNumber()
                    && task.heartbeatSeconds().decimalValue().compareTo(task.timeoutSeconds().decimalValue()) >= 0) {
                context.report(entry, "HeartbeatSeconds (" + task.heartbeatSeconds().asText()
                        + ") must be smaller than TimeoutSeconds (" + task.timeoutSeconds().asText() + ").",
                        "HeartbeatSeconds");
            }
        }
    }
}

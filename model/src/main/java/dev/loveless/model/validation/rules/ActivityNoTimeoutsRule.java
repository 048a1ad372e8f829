package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code ACTIVITY_NO_TIMEOUTS}: an Activity task sets both {@code HeartbeatSeconds} and
 * {@code TimeoutSeconds} (or their {@code …Path} forms). Without them a worker that dies holds the
 * execution until the default timeout: up to a year.
 */
public final class ActivityNoTimeoutsRule extends AbstractRule {

    public ActivityNoTimeoutsRule() {
        super("ACTIVITY_NO_TIMEOUTS", Phase.ADVICE, "An Activity task sets HeartbeatSeconds and TimeoutSeconds.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!Derived.isActivity(context, entry)) {
                continue;
            }
            TaskState task = (TaskState) entry.state();
            boolean heartbeat = task.heartbeatSeconds() != null || task.heartbeatSecondsPath() != null;
            boolean timeout = task.timeoutSeconds() != null || task.timeoutSecondsPath() != null;
            if (!heartbeat || !timeout) {
                String missing = !heartbeat && !timeout ? "HeartbeatSeconds and TimeoutSeconds"
                        : !heartbeat ? "HeartbeatSeconds" : "TimeoutSeconds";
                context.report(entry, "This Activity task has no " + missing + ": if its worker dies, the execution"
                        + " waits for up to a year. Set TimeoutSeconds to the longest the work may take and"
                        + " HeartbeatSeconds to how often the worker reports progress.", "Resource");
            }
        }
    }
}

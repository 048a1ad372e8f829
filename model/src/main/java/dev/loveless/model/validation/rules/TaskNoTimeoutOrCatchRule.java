package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code TASK_NO_TIMEOUT_OR_CATCH}: a Task has a {@code TimeoutSeconds} or a {@code Catch}: with
 * neither, a stuck task waits for the default timeout and a failed one fails the whole execution.
 */
public final class TaskNoTimeoutOrCatchRule extends AbstractRule {

    public TaskNoTimeoutOrCatchRule() {
        super("TASK_NO_TIMEOUT_OR_CATCH", Phase.ADVICE, "A Task has a TimeoutSeconds or a Catch.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof TaskState task && task.timeoutSeconds() == null
                    && task.timeoutSecondsPath() == null
                    && (task.common().catchers() == null || task.common().catchers().isEmpty())) {
                context.report(entry, "This Task has neither TimeoutSeconds nor Catch: a stuck call waits until the"
                        + " execution times out, and a failure ends the whole execution. Add one or both.");
            }
        }
    }
}

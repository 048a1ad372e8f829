package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code CREDENTIALS_NO_ROLE_ARN}: a Task's {@code Credentials} object names the role to assume
 * ({@code RoleArn}, or {@code RoleArn.$} to read it from the input); without one it has no effect.
 */
public final class CredentialsNoRoleArnRule extends AbstractRule {

    public CredentialsNoRoleArnRule() {
        super("CREDENTIALS_NO_ROLE_ARN", Phase.STRUCTURE, "A Task's Credentials object names a RoleArn.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof TaskState task && task.credentials() != null && task.credentials().isObject()
                    && !task.credentials().has("RoleArn") && !task.credentials().has("RoleArn.$")) {
                context.report(entry, "Credentials has no RoleArn: name the IAM role Step Functions assumes for"
                        + " this task (\"RoleArn\", or \"RoleArn.$\" to read it from the input).", "Credentials");
            }
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.TaskState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.JsonataExpressions;

/** {@code INVALID_CREDENTIALS}: a Task's {@code Credentials} is an object (holding the {@code RoleArn} to assume). */
public final class InvalidCredentialsRule extends AbstractRule {

    public InvalidCredentialsRule() {
        super("INVALID_CREDENTIALS", Phase.STRUCTURE, "A Task's Credentials is an object with the RoleArn to assume.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!(entry.state() instanceof TaskState task) || task.credentials() == null) {
                continue;
            }
            var credentials = task.credentials();
            if (!credentials.isObject()) {
                context.report(entry, "Credentials must be an object such as {\"RoleArn\": \"arn:aws:iam::123456789012:"
                        + "role/Name\"}, not " + Json.describe(credentials) + ".", "Credentials");
                continue;
            }
            var roleArn = credentials.get("RoleArn");
            if (roleArn != null && !roleArn.isTextual()) {
                context.report(entry, "RoleArn must be a string, not " + Json.describe(roleArn) + ".",
                        "Credentials", "RoleArn");
            } else if (roleArn != null && !roleArn.textValue().startsWith("arn:") && !roleArn.textValue().contains("${")
                    && !(entry.jsonata() && JsonataExpressions.isExpression(roleArn.textValue()))) {
                context.report(entry, "RoleArn must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), not \""
                        + Json.abbreviate(roleArn.textValue()) + "\".", "Credentials", "RoleArn");
            }
        }
    }
}

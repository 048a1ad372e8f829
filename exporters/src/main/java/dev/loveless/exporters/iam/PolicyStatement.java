package dev.loveless.exporters.iam;

import java.util.List;
import java.util.Objects;

/**
 * One {@code Allow} statement of an execution role's policy.
 *
 * @param sid       a statement id: ASCII letters and digits
 * @param actions   IAM actions ({@code lambda:InvokeFunction}), sorted, never a wildcard
 * @param resources ARN templates, in the order found: literal ARNs, or ARNs holding
 *                  {@code ${Name}} variables (definition placeholders, {@code ${AWS::Region}} and
 *                  the other pseudo parameters, {@link ExecutionPolicy#STATE_MACHINE_NAME}) for the
 *                  caller to substitute, as CloudFormation's {@code Fn::Sub} does
 */
public record PolicyStatement(String sid, List<String> actions, List<String> resources) {

    public PolicyStatement {
        Objects.requireNonNull(sid, "sid");
        if (!sid.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("a statement id is letters and digits: " + sid);
        }
        actions = actions.stream().sorted().distinct().toList();
        resources = resources.stream().distinct().toList();
        if (actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs actions and resources");
        }
        for (String action : actions) {
            if (!action.matches("[a-z0-9-]+:[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("not a specific IAM action: " + action);
            }
        }
    }
}

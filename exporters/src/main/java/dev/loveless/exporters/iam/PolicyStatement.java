package dev.loveless.exporters.iam;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One {@code Allow} statement of an IAM policy.
 *
 * @param sid       the statement id (letters and digits)
 * @param actions   the actions, e.g. {@code lambda:InvokeFunction}
 * @param resources the resource ARNs, or {@code *} for actions that take no resource
 */
public record PolicyStatement(String sid, List<String> actions, List<String> resources) {

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]+");

    public PolicyStatement {
        Objects.requireNonNull(sid, "sid");
        if (!SID.matcher(sid).matches()) {
            throw new IllegalArgumentException("a statement id has letters and digits only: '" + sid + "'");
        }
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs actions and resources");
        }
    }
}

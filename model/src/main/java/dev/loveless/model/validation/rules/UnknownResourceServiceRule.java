package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.ResourceArns;

/**
 * {@code UNKNOWN_RESOURCE_SERVICE}: a Task's {@code Resource} is a well-formed ARN of a service
 * that Step Functions does not run directly (neither a Lambda function, an activity nor a
 * {@code states} integration); AWS may refuse it when the machine is created.
 */
public final class UnknownResourceServiceRule extends AbstractRule {

    public UnknownResourceServiceRule() {
        super("UNKNOWN_RESOURCE_SERVICE", Phase.RESOURCES,
                "A Task's Resource is an ARN of a service Step Functions does not run directly.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            ResourceArns.Resource resource = Derived.resource(context, entry);
            if (resource != null) {
                if (resource.kind() == ResourceArns.Kind.OTHER_ARN) {
                    context.report(entry, "Resource is an ARN of the '" + resource.service() + "' service, which"
                            + " Step Functions does not run directly: use a Lambda function, an activity, or"
                            + " arn:aws:states:::aws-sdk:" + resource.service() + ":ACTION.", "Resource");
                }
            }
        }
    }
}

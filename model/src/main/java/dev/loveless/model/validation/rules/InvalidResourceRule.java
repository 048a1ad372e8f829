package dev.loveless.model.validation.rules;

import dev.loveless.model.MapState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.ResourceArns;

import java.util.Set;

/**
 * {@code INVALID_RESOURCE} (AWS's code): a Task's {@code Resource} is an ARN Step Functions can
 * run, in any partition: a Lambda function (with an optional version or alias), an activity, an
 * optimised integration with a suffix it supports, or {@code arn:aws:states:::aws-sdk:service:action};
 * {@code ${name}} placeholders may stand for any part, and must be closed. A distributed Map's
 * {@code ItemReader} reads with {@code s3:getObject} or {@code s3:listObjectsV2}, its
 * {@code ResultWriter} writes with {@code s3:putObject}.
 */
public final class InvalidResourceRule extends AbstractRule {

    private static final Set<String> READERS = Set.of("s3:getObject", "s3:listObjectsV2");
    private static final Set<String> WRITERS = Set.of("s3:putObject");

    public InvalidResourceRule() {
        super("INVALID_RESOURCE", Phase.RESOURCES,
                "A Task's Resource is a Lambda, activity, optimised or SDK integration ARN Step Functions can run.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            ResourceArns.Resource resource = Derived.resource(context, entry);
            if (resource != null) {
                if (!resource.ok()) {
                    context.report(entry, "Resource: " + resource.error() + ".", "Resource");
                }
            }
            if (entry.state() instanceof MapState map) {
                if (map.itemReader() != null && map.itemReader().resource() != null) {
                    s3(context, entry, map.itemReader().resource(), READERS, "ItemReader");
                }
                if (map.resultWriter() != null && map.resultWriter().resource() != null) {
                    s3(context, entry, map.resultWriter().resource(), WRITERS, "ResultWriter");
                }
            }
        }
    }

    private static void s3(ValidationContext context, StateEntry entry, String text, Set<String> allowed,
                           String field) {
        int open = ResourceArns.unterminatedPlaceholder(text);
        if (open >= 0) {
            context.report(entry, field + " Resource: the placeholder '${' at position " + (open + 1)
                    + " is not closed by '}'.", field, "Resource");
            return;
        }
        if (text.contains("${")) {
            return;
        }
        String[] parts = text.split(":", 6);
        if (parts.length == 6 && parts[0].equals("arn") && parts[2].equals("states") && parts[3].isEmpty()
                && parts[4].isEmpty() && allowed.contains(parts[5])) {
            return;
        }
        context.report(entry, field + " Resource must be " + String.join(" or ", allowed.stream()
                .map(name -> "arn:aws:states:::" + name).sorted().toList()) + ", not \"" + text + "\".",
                field, "Resource");
    }
}

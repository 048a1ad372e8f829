package dev.loveless.model.validation.rules;

import dev.loveless.model.FailState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code NO_PATH} (AWS's warning): a field that takes a fixed value holds what looks like a path,
 * e.g. a Fail's {@code "Error": "$.error"}; it is used as that literal text. The field that reads
 * a path is the one ending in {@code Path} ({@code ErrorPath}).
 */
public final class NoPathRule extends AbstractRule {

    public NoPathRule() {
        super("NO_PATH", Phase.PATHS, "A fixed-value field (Error, Cause) holds what looks like a path.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.jsonata() || !(entry.state() instanceof FailState fail)) {
                continue;
            }
            check(context, entry, fail.error(), "Error");
            check(context, entry, fail.cause(), "Cause");
        }
    }

    private static void check(ValidationContext context, StateEntry entry, String value, String field) {
        if (value != null && NoDollarRule.looksEvaluated(value)) {
            context.report(entry, field + " is \"" + Json.abbreviate(value) + "\" as plain text; to read it from the"
                    + " input, use " + field + "Path instead.", field);
        }
    }
}

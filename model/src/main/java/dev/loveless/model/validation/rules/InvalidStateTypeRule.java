package dev.loveless.model.validation.rules;

import dev.loveless.model.UnknownState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/** {@code INVALID_STATE_TYPE}: every state is an object whose {@code Type} is one of the eight ASL types. */
public final class InvalidStateTypeRule extends AbstractRule {

    static final String TYPES = "Task, Pass, Choice, Wait, Succeed, Fail, Parallel or Map";

    public InvalidStateTypeRule() {
        super("INVALID_STATE_TYPE", Phase.STRUCTURE,
                "Every state is a JSON object with a Type that is one of the eight ASL state types.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!(entry.state() instanceof UnknownState unknown)) {
                continue;
            }
            if (unknown.nonObject() != null) {
                context.report(entry, "State \"" + entry.name() + "\" must be a JSON object with a Type, not "
                        + Json.describe(unknown.nonObject()) + ".");
            } else if (unknown.typeName() != null) {
                context.report(entry, "\"" + unknown.typeName() + "\" is not a state type: use " + TYPES
                        + " (the case matters).", "Type");
            } else if (unknown.extras().has("Type")) {
                context.report(entry, "Type must be a string (" + TYPES + "), not "
                        + Json.describe(unknown.extras().get("Type")) + ".", "Type");
            } else {
                context.report(entry, "State \"" + entry.name() + "\" has no Type: add \"Type\" (" + TYPES + ").",
                        "Type");
            }
        }
    }
}

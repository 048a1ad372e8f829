package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code MISSING_TRANSITION_TARGET}: every {@code Next}, {@code Default}, Choice rule
 * {@code Next} and catcher {@code Next} names a state of the same scope: no transition leads out
 * of (or into) a Parallel branch or a Map processor.
 */
public final class MissingTransitionTargetRule extends AbstractRule {

    public MissingTransitionTargetRule() {
        super("MISSING_TRANSITION_TARGET", Phase.GRAPH,
                "Every Next, Default, Choices[].Next and Catch[].Next names a state of the same scope.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            for (Transitions.Target target : Transitions.of(entry.state())) {
                if (!entry.scope().statesOrEmpty().contains(target.name())) {
                    context.report(entry, "\"" + target.name() + "\" is not a state of this scope"
                            + Graphs.elsewhere(context, target.name()) + ".", target.tokens());
                }
            }
        }
    }
}

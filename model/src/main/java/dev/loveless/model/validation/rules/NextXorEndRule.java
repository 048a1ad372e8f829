package dev.loveless.model.validation.rules;

import dev.loveless.model.StateType;
import dev.loveless.model.UnknownState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code NEXT_XOR_END}: a Task, Pass, Wait, Parallel or Map state says where the execution goes
 * after it: exactly one of {@code Next} and {@code "End": true}.
 */
public final class NextXorEndRule extends AbstractRule {

    public NextXorEndRule() {
        super("NEXT_XOR_END", Phase.STRUCTURE,
                "Task, Pass, Wait, Parallel and Map states have exactly one of Next and \"End\": true.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof UnknownState) {
                continue;
            }
            StateType type = entry.state().type();
            if (type == StateType.CHOICE || type.isTerminal()) {
                continue;
            }
            boolean next = entry.state().next() != null || entry.state().extras().has("Next");
            boolean end = entry.state().isEnd() || entry.state().extras().has("End");
            if (next && end) {
                context.report(entry, "A state cannot have both Next and End: keep Next to go on to \""
                        + entry.state().next() + "\", or End to stop here.", "End");
            } else if (!next && !end) {
                context.report(entry, "State \"" + entry.name() + "\" does not say where to go after it: add Next"
                        + " (the following state) or \"End\": true.");
            }
        }
    }
}

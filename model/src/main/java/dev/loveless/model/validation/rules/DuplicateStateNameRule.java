package dev.loveless.model.validation.rules;

import dev.loveless.model.StatePath;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code DUPLICATE_STATE_NAME}: state names are unique in the whole machine, across every Parallel
 * branch and Map processor (AWS's rule; a name reused in two branches is refused).
 */
public final class DuplicateStateNameRule extends AbstractRule {

    public DuplicateStateNameRule() {
        super("DUPLICATE_STATE_NAME", Phase.STRUCTURE,
                "State names are unique in the whole state machine, nested branches and processors included.");
    }

    @Override
    public void check(ValidationContext context) {
        Map<String, StatePath> first = new HashMap<>();
        for (StateEntry entry : context.states()) {
            StatePath earlier = first.putIfAbsent(entry.name(), entry.path());
            if (earlier != null) {
                context.report(entry, "The state name \"" + entry.name() + "\" is already used by the state at "
                        + earlier + "; state names must be unique in the whole state machine.");
            }
        }
    }
}

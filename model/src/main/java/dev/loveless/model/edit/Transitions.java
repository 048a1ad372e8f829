package dev.loveless.model.edit;

import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.State;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites the transitions a state declares ({@code Next}, {@code Choices[].Next},
 * {@code Default}, {@code Catch[].Next}) through one mapping of target names. A mapping that
 * returns {@code null} clears the transition: {@code Next}, {@code Default} and a rule's
 * {@code Next} are removed (the rule's condition is the user's work and stays); a Catch entry
 * without a target has no meaning and is removed.
 */
final class Transitions {

    private Transitions() {
    }

    static State retarget(State state, UnaryOperator<String> target) {
        State result = state;
        if (state.next() != null) {
            result = result.withCommon(result.common().withNext(target.apply(state.next())));
        }
        List<Catcher> catchers = result.common().catchers();
        if (catchers != null) {
            List<Catcher> kept = new ArrayList<>();
            boolean changed = false;
            for (Catcher catcher : catchers) {
                String next = catcher.next() == null ? null : target.apply(catcher.next());
                if (catcher.next() != null && next == null) {
                    changed = true;
                    continue;
                }
                changed |= !java.util.Objects.equals(next, catcher.next());
                kept.add(catcher.withNext(next));
            }
            if (changed) {
                result = result.withCommon(result.common().withCatchers(kept));
            }
        }
        if (result instanceof ChoiceState choice) {
            List<ChoiceRule> rules = new ArrayList<>();
            for (ChoiceRule rule : choice.choicesOrEmpty()) {
                rules.add(rule.next() == null ? rule : rule.withNext(target.apply(rule.next())));
            }
            if (choice.choices() != null) {
                choice = choice.withChoices(rules);
            }
            if (choice.defaultState() != null) {
                choice = choice.withDefault(target.apply(choice.defaultState()));
            }
            result = choice;
        }
        return result;
    }

    /** @return a mapping that renames {@code from} to {@code to} and leaves other names alone */
    static UnaryOperator<String> renaming(String from, String to) {
        return name -> name.equals(from) ? to : name;
    }
}

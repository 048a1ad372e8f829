package dev.loveless.model.validation.rules;

import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.State;

import java.util.ArrayList;
import java.util.List;

/** The transitions a state declares ({@code Next}, Choice rules' {@code Next}, {@code Default}, catchers' {@code Next}). */
final class Transitions {

    /** One declared transition: its target name and the tokens from the state to the field naming it. */
    record Target(String name, Object[] tokens) {
    }

    private Transitions() {
    }

    static List<Target> of(State state) {
        List<Target> targets = new ArrayList<>(2);
        if (state.next() != null) {
            targets.add(new Target(state.next(), new Object[] {"Next"}));
        }
        if (state instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).next() != null) {
                    targets.add(new Target(rules.get(i).next(), new Object[] {"Choices", i, "Next"}));
                }
            }
            if (choice.defaultState() != null) {
                targets.add(new Target(choice.defaultState(), new Object[] {"Default"}));
            }
        }
        List<Catcher> catchers = state.common().catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                if (catchers.get(i).next() != null) {
                    targets.add(new Target(catchers.get(i).next(), new Object[] {"Catch", i, "Next"}));
                }
            }
        }
        return targets;
    }

    /** @return whether a state ends its scope: Succeed, Fail, or {@code "End": true} */
    static boolean isTerminal(State state) {
        return state.type() != null && state.type().isTerminal() || state.isEnd();
    }
}

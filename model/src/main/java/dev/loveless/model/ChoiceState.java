package dev.loveless.model;

import java.util.List;
import java.util.Objects;

/**
 * A Choice state: picks the next state by the first rule that matches, or {@code Default}.
 * {@code choices} is {@code null} when {@code Choices} is absent or not an array of objects.
 */
public record ChoiceState(StateCommon common, List<ChoiceRule> choices, String defaultState, Extras extras)
        implements State {

    public ChoiceState {
        Objects.requireNonNull(common, "common");
        choices = choices == null ? null : List.copyOf(choices);
        Objects.requireNonNull(extras, "extras");
    }

    public static ChoiceState of(List<ChoiceRule> choices, String defaultState) {
        return new ChoiceState(StateCommon.EMPTY, choices, defaultState, Extras.NONE);
    }

    @Override
    public StateType type() {
        return StateType.CHOICE;
    }

    @Override
    public ChoiceState withCommon(StateCommon newCommon) {
        return new ChoiceState(newCommon, choices, defaultState, extras);
    }

    public ChoiceState withChoices(List<ChoiceRule> newChoices) {
        return new ChoiceState(common, newChoices, defaultState, extras);
    }

    public ChoiceState withDefault(String newDefault) {
        return new ChoiceState(common, choices, newDefault, extras);
    }

    /** @return the rules, never {@code null} */
    public List<ChoiceRule> choicesOrEmpty() {
        return choices == null ? List.of() : choices;
    }
}

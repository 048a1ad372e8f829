package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.QueryLanguage;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.graph.TransitionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Connects, reconnects or disconnects one transition of a state: its {@code Next}
 * ({@link TransitionKind#NEXT}), a Choice rule ({@code CHOICE}, by index), a Choice's
 * {@code Default}, or a Catch entry ({@code CATCH}, by index). An index equal to the number of
 * rules or catchers adds one (a new rule gets a placeholder condition for the user to fill in; a
 * new catcher handles {@code States.ALL}); a {@code null} target removes the transition (a rule
 * or catcher is removed whole). Setting {@code Next} removes {@code End}. The target must be a
 * state of the same scope ({@link EditRules} asks that before the gesture).
 */
public record SetTransition(StatePath source, TransitionKind kind, int index, String target) implements Edit {

    public SetTransition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (kind == TransitionKind.START) {
            throw new EditException("a start is set with SetStartAt");
        }
        if (index < 0) {
            throw new EditException("a transition index is not negative");
        }
    }

    @Override
    public String description() {
        if (target == null) {
            return "Remove " + label() + " of \"" + source.name() + "\"";
        }
        return "Connect \"" + source.name() + "\" to \"" + target + "\"" + (kind == TransitionKind.NEXT ? "" : " (" + label() + ")");
    }

    private String label() {
        switch (kind) {
            case CHOICE: return "rule " + (index + 1);
            case DEFAULT: return "default";
            case CATCH: return "error path";
            default: return "next step";
        }
    }

    @Override
    public Document apply(Document document) {
        var machine = document.machine();
        State state = Scopes.requireState(machine, source);
        if (target != null && !Scopes.require(machine, ScopeId.of(source)).statesOrEmpty().contains(target)) {
            throw new EditException("\"" + target + "\" is not in the same part of the workflow as \"" + source.name() + "\"");
        }
        boolean jsonata = state.common().queryLanguage() != null
                ? QueryLanguage.parseOr(state.common().queryLanguage(), QueryLanguage.JSONPATH) == QueryLanguage.JSONATA
                : machine.effectiveQueryLanguage() == QueryLanguage.JSONATA;
        State changed = change(state, jsonata);
        return document.withMachine(Scopes.updateState(machine, source, old -> changed));
    }

    private State change(State state, boolean jsonata) {
        switch (kind) {
            case NEXT:
                return state.withCommon(state.common().withNext(target).withEnd(null));
            case DEFAULT:
                return choice(state).withDefault(target);
            case CHOICE: {
                ChoiceState choice = choice(state);
                List<ChoiceRule> rules = new ArrayList<>(choice.choicesOrEmpty());
                if (index > rules.size()) {
                    throw new EditException("\"" + source.name() + "\" has no rule " + (index + 1));
                }
                if (target == null) {
                    if (index < rules.size()) {
                        rules.remove(index);
                    }
                } else if (index == rules.size()) {
                    rules.add(placeholderRule(jsonata).withNext(target));
                } else {
                    rules.set(index, rules.get(index).withNext(target));
                }
                return choice.withChoices(rules);
            }
            case CATCH: {
                List<Catcher> catchers = new ArrayList<>(
                        state.common().catchers() == null ? List.of() : state.common().catchers());
                if (index > catchers.size()) {
                    throw new EditException("\"" + source.name() + "\" has no error path " + (index + 1));
                }
                if (target == null) {
                    if (index < catchers.size()) {
                        catchers.remove(index);
                    }
                } else if (index == catchers.size()) {
                    catchers.add(Catcher.of(List.of("States.ALL"), target));
                } else {
                    catchers.set(index, catchers.get(index).withNext(target));
                }
                return state.withCommon(state.common().withCatchers(catchers.isEmpty() ? null : catchers));
            }
            default:
                throw new EditException("cannot set a " + kind + " transition");
        }
    }

    private ChoiceState choice(State state) {
        if (state instanceof ChoiceState choice) {
            return choice;
        }
        throw new EditException("only a Choice state has rules and a default");
    }

    /** A rule for the user to fill in, true for no input in particular. */
    private static ChoiceRule placeholderRule(boolean jsonata) {
        if (jsonata) {
            return ChoiceRule.condition(TextNode.valueOf("{% true %}"), null);
        }
        return ChoiceRule.comparison("$.decision", ComparisonOperator.STRING_EQUALS, TextNode.valueOf("yes"));
    }
}

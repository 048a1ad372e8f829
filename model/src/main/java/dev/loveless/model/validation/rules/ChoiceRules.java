package dev.loveless.model.validation.rules;

import dev.loveless.model.ChoiceRule;

import java.util.function.BiConsumer;

/** Walks the rules nested in a Choice rule's {@code And}, {@code Or} and {@code Not}. */
final class ChoiceRules {

    private ChoiceRules() {
    }

    /** Calls {@code action} for each rule directly nested in {@code rule}, with the tokens leading to it. */
    static void forEachNested(ChoiceRule rule, Object[] tokens, BiConsumer<ChoiceRule, Object[]> action) {
        if (rule.and() != null) {
            for (int i = 0; i < rule.and().size(); i++) {
                action.accept(rule.and().get(i), MissingRequiredFieldRule.append(tokens, "And", i));
            }
        }
        if (rule.or() != null) {
            for (int i = 0; i < rule.or().size(); i++) {
                action.accept(rule.or().get(i), MissingRequiredFieldRule.append(tokens, "Or", i));
            }
        }
        if (rule.not() != null) {
            action.accept(rule.not(), MissingRequiredFieldRule.append(tokens, "Not"));
        }
    }
}

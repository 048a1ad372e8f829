package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.JsonataExpressions;

import java.util.List;

/**
 * {@code INVALID_CHOICE_RULE}: each Choice rule is well formed. A JSONPath rule is exactly one of:
 * a comparison ({@code Variable} and one operator whose operand has the right type), or
 * {@code And}/{@code Or} (non-empty arrays of rules) or {@code Not} (one rule). A JSONata rule has
 * a {@code Condition}. Top-level rules have {@code Next}; nested rules do not.
 */
public final class InvalidChoiceRuleRule extends AbstractRule {

    public InvalidChoiceRuleRule() {
        super("INVALID_CHOICE_RULE", Phase.STRUCTURE,
                "Choice rules are one comparison, And, Or, Not (JSONPath) or a Condition (JSONata); top-level rules have Next.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!(entry.state() instanceof ChoiceState choice)) {
                continue;
            }
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                ChoiceRule rule = rules.get(i);
                Object[] tokens = {"Choices", i};
                if (rule.next() == null && !rule.extras().has("Next")) {
                    context.report(entry, "Choice rule " + (i + 1) + " has no Next: name the state to go to when it"
                            + " matches.", tokens);
                }
                if (entry.jsonata()) {
                    jsonata(context, entry, rule, tokens);
                } else {
                    jsonPath(context, entry, rule, tokens);
                }
            }
        }
    }

    private static void jsonata(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        JsonNode condition = rule.condition();
        if (condition == null) {
            context.report(entry, "A Choice rule of a JSONata state needs a Condition, e.g."
                    + " \"{% $states.input.amount > 100 %}\".", tokens);
        } else if (!condition.isBoolean()
                && !(condition.isTextual() && JsonataExpressions.isExpression(condition.textValue()))) {
            context.report(entry, "Condition must be a {% … %} expression or a boolean, not " + Json.describe(condition)
                    + ".", MissingRequiredFieldRule.append(tokens, "Condition"));
        }
    }

    private static void jsonPath(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        if (rule.condition() != null) {
            return; // a JSONata rule in a JSONPath state: QUERY_LANGUAGE_FIELD_MISMATCH says so
        }
        boolean top = tokens.length == 2;
        if (!top && (rule.next() != null || rule.extras().has("Next"))) {
            context.report(entry, "Next belongs on top-level Choice rules only, not inside And, Or or Not.",
                    MissingRequiredFieldRule.append(tokens, "Next"));
        }
        boolean comparison = rule.variable() != null || rule.operator() != null || rule.extras().has("Variable");
        int kinds = (comparison ? 1 : 0) + (rule.and() != null || rule.extras().has("And") ? 1 : 0)
                + (rule.or() != null || rule.extras().has("Or") ? 1 : 0)
                + (rule.not() != null || rule.extras().has("Not") ? 1 : 0);
        if (kinds == 0) {
            context.report(entry, "This Choice rule compares nothing: give a Variable and an operator (such as"
                    + " StringEquals or NumericGreaterThan), or And, Or or Not.", tokens);
            return;
        }
        if (kinds > 1) {
            context.report(entry, "A Choice rule is one comparison, or one And, Or or Not: this one mixes them;"
                    + " nest the comparison inside the And, Or or Not.", tokens);
        }
        if (comparison) {
            comparison(context, entry, rule, tokens);
        }
        if (rule.and() != null && rule.and().isEmpty()) {
            context.report(entry, "And needs at least one rule.", MissingRequiredFieldRule.append(tokens, "And"));
        }
        if (rule.or() != null && rule.or().isEmpty()) {
            context.report(entry, "Or needs at least one rule.", MissingRequiredFieldRule.append(tokens, "Or"));
        }
        ChoiceRules.forEachNested(rule, tokens, (nested, at) -> jsonPath(context, entry, nested, at));
    }

    private static void comparison(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        if (rule.variable() == null && !rule.extras().has("Variable")) {
            context.report(entry, "This comparison has no Variable: name the input to compare, e.g. \"$.amount\".",
                    tokens);
        }
        ComparisonOperator operator = rule.operator();
        if (operator == null) {
            context.report(entry, "This rule has a Variable but no comparison operator (StringEquals,"
                    + " NumericGreaterThan, IsPresent…).", tokens);
            return;
        }
        for (String field : rule.extras().unknown().keySet()) {
            if (ComparisonOperator.fromAslName(field) != null) {
                context.report(entry, "A comparison has one operator: this one has " + operator.aslName() + " and "
                        + field + "; combine two comparisons with And or Or.",
                        MissingRequiredFieldRule.append(tokens, field));
            }
        }
        JsonNode operand = rule.operand();
        String expected = expected(operator.operand(), operand);
        if (expected != null) {
            context.report(entry, operator.aslName() + " takes " + expected + ", not " + Json.describe(operand) + ".",
                    MissingRequiredFieldRule.append(tokens, operator.aslName()));
        }
    }

    /** @return the expected operand in words when {@code operand} does not fit, else {@code null} */
    private static String expected(ComparisonOperator.Operand kind, JsonNode operand) {
        switch (kind) {
            case STRING:
            case PATTERN:
                return operand.isTextual() ? null : "a string";
            case TIMESTAMP:
                return operand.isTextual() ? null : "a timestamp string";
            case PATH:
                return operand.isTextual() ? null : "a path string";
            case NUMBER:
                return operand.isNumber() ? null : "a number";
            case BOOLEAN:
                return operand.isBoolean() ? null : "true or false";
            default:
                return null;
        }
    }
}

package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * One Choice rule, at the top of {@code Choices} or nested in {@code And}/{@code Or}/{@code Not}.
 *
 * <p>A well-formed rule is exactly one of: a comparison ({@code Variable} + one operator), a
 * boolean combination ({@code And}, {@code Or} or {@code Not}), or a JSONata {@code Condition}.
 * The record is flat on purpose: a malformed rule that mixes them (a {@code Variable} beside an
 * {@code And}) still reads and writes back unchanged, and the validator names the mix. When a rule
 * holds several operators, the first is typed and the others stay in {@link #extras()}.
 * Top-level rules carry {@code Next} (and optionally {@code Assign}/{@code Output}); nested rules do not.
 */
public record ChoiceRule(
        String variable,
        ComparisonOperator operator,
        JsonNode operand,
        List<ChoiceRule> and,
        List<ChoiceRule> or,
        ChoiceRule not,
        JsonNode condition,
        String next,
        String comment,
        JsonNode assign,
        JsonNode output,
        Extras extras) {

    /** What a rule is, judged from the fields it has. */
    public enum Kind { COMPARISON, AND, OR, NOT, CONDITION, EMPTY }

    public ChoiceRule {
        and = and == null ? null : List.copyOf(and);
        or = or == null ? null : List.copyOf(or);
        Objects.requireNonNull(extras, "extras");
    }

    /** @return a comparison rule {@code Variable OPERATOR operand} (add {@code Next} with {@link #withNext}) */
    public static ChoiceRule comparison(String variable, ComparisonOperator operator, JsonNode operand) {
        return new ChoiceRule(variable, operator, operand, null, null, null, null, null, null, null, null, Extras.NONE);
    }

    /** @return a JSONata rule with a {@code Condition} */
    public static ChoiceRule condition(JsonNode condition, String next) {
        return new ChoiceRule(null, null, null, null, null, null, condition, next, null, null, null, Extras.NONE);
    }

    /** @return an {@code And} of the given rules */
    public static ChoiceRule and(List<ChoiceRule> rules) {
        return new ChoiceRule(null, null, null, rules, null, null, null, null, null, null, null, Extras.NONE);
    }

    /** @return an {@code Or} of the given rules */
    public static ChoiceRule or(List<ChoiceRule> rules) {
        return new ChoiceRule(null, null, null, null, rules, null, null, null, null, null, null, Extras.NONE);
    }

    /** @return a {@code Not} of the given rule */
    public static ChoiceRule not(ChoiceRule rule) {
        return new ChoiceRule(null, null, null, null, null, rule, null, null, null, null, null, Extras.NONE);
    }

    public ChoiceRule withNext(String newNext) {
        return new ChoiceRule(variable, operator, operand, and, or, not, condition, newNext, comment, assign, output,
                extras);
    }

    /** @return what this rule is, by the first of its defining fields present */
    public Kind kind() {
        if (condition != null) {
            return Kind.CONDITION;
        }
        if (and != null) {
            return Kind.AND;
        }
        if (or != null) {
            return Kind.OR;
        }
        if (not != null) {
            return Kind.NOT;
        }
        if (operator != null || variable != null) {
            return Kind.COMPARISON;
        }
        return Kind.EMPTY;
    }
}

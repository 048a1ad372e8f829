package dev.loveless.model.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.ChoiceRule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a Choice rule into a short readable condition for the diagram:
 * {@code {"Variable": "$.amount", "NumericGreaterThan": 100}} reads {@code amount > 100},
 * {@code And}/{@code Or}/{@code Not} read {@code … and …}, a JSONata {@code Condition} reads as
 * its expression without the {@code {% %}}. Long conditions are shortened with an ellipsis.
 */
public final class ConditionText {

    /** The longest label drawn on a transition. */
    public static final int MAX_LENGTH = 34;

    private ConditionText() {
    }

    /** @return the rule's condition in a few words, at most {@link #MAX_LENGTH} characters */
    public static String of(ChoiceRule rule) {
        return shorten(full(rule), MAX_LENGTH);
    }

    /** @return the rule's whole condition in words */
    public static String full(ChoiceRule rule) {
        if (rule == null) {
            return "?";
        }
        switch (rule.kind()) {
            case CONDITION:
                return expression(rule.condition());
            case AND:
                return join(rule.and(), " and ");
            case OR:
                return join(rule.or(), " or ");
            case NOT:
                return "not " + wrapped(rule.not());
            case COMPARISON:
                return comparison(rule);
            default:
                return "(no condition)";
        }
    }

    /** @return the errors a Catch handles, in words: {@code States.ALL} reads "any error" */
    public static String errors(List<String> errorEquals) {
        if (errorEquals == null || errorEquals.isEmpty()) {
            return "on error";
        }
        String errors = errorEquals.stream()
                .map(error -> error.equals("States.ALL") ? "any error" : error.replaceFirst("^States\\.", ""))
                .collect(Collectors.joining(", "));
        return shorten("on " + errors, MAX_LENGTH);
    }

    /** @return {@code text} cut to {@code max} characters with an ellipsis */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }

    private static String comparison(ChoiceRule rule) {
        String variable = variable(rule.variable());
        if (rule.operator() == null) {
            return variable + " ?";
        }
        if (rule.operator().isTypeTest()) {
            boolean positive = rule.operand() == null || rule.operand().asBoolean(true);
            String symbol = rule.operator().symbol();
            return variable + " " + (positive ? symbol : symbol.replaceFirst("^is ", "is not "));
        }
        return variable + " " + rule.operator().symbol() + " " + operand(rule);
    }

    private static String operand(ChoiceRule rule) {
        JsonNode operand = rule.operand();
        if (operand == null) {
            return "?";
        }
        if (rule.operator().operand() == dev.loveless.model.ComparisonOperator.Operand.PATH) {
            return variable(operand.asText());
        }
        if (operand.isTextual()) {
            return "\"" + operand.textValue() + "\"";
        }
        return operand.toString();
    }

    /** {@code $.order.amount} reads {@code order.amount}; {@code $} reads {@code input}. */
    private static String variable(String path) {
        if (path == null) {
            return "?";
        }
        if (path.equals("$")) {
            return "input";
        }
        if (path.startsWith("$.")) {
            return path.substring(2);
        }
        if (path.startsWith("$$.")) {
            return path.substring(3);
        }
        return path;
    }

    private static String join(List<ChoiceRule> rules, String separator) {
        if (rules == null || rules.isEmpty()) {
            return "(no condition)";
        }
        return rules.stream().map(ConditionText::wrapped).collect(Collectors.joining(separator));
    }

    private static String wrapped(ChoiceRule rule) {
        String text = full(rule);
        boolean compound = rule != null && (rule.kind() == ChoiceRule.Kind.AND || rule.kind() == ChoiceRule.Kind.OR);
        return compound ? "(" + text + ")" : text;
    }

    private static String expression(JsonNode condition) {
        String text = condition.isTextual() ? condition.textValue() : condition.toString();
        text = text.strip();
        if (text.startsWith("{%") && text.endsWith("%}")) {
            text = text.substring(2, text.length() - 2).strip();
        }
        return text;
    }
}

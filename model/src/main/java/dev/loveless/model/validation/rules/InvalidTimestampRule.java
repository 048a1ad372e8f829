package dev.loveless.model.validation.rules;

import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.WaitState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.JsonataExpressions;
import dev.loveless.model.validation.check.Timestamps;

import java.util.List;

/**
 * {@code INVALID_TIMESTAMP}: a Wait's {@code Timestamp} and the operands of Choice
 * {@code Timestamp…} comparisons are RFC 3339 timestamps as AWS reads them (uppercase {@code T}
 * and {@code Z}, a real date), e.g. {@code 2016-03-14T01:59:00Z}.
 */
public final class InvalidTimestampRule extends AbstractRule {

    public InvalidTimestampRule() {
        super("INVALID_TIMESTAMP", Phase.STRUCTURE,
                "Wait Timestamp and Choice timestamp operands are RFC 3339 timestamps (uppercase T and Z).");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof WaitState wait && wait.timestamp() != null
                    && !(entry.jsonata() && JsonataExpressions.isExpression(wait.timestamp()))) {
                String problem = Timestamps.problem(wait.timestamp());
                if (problem != null) {
                    context.report(entry, "Timestamp: " + problem + ".", "Timestamp");
                }
            }
            if (entry.state() instanceof ChoiceState choice && !entry.jsonata()) {
                List<ChoiceRule> rules = choice.choicesOrEmpty();
                for (int i = 0; i < rules.size(); i++) {
                    rule(context, entry, rules.get(i), new Object[] {"Choices", i});
                }
            }
        }
    }

    private static void rule(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        ComparisonOperator operator = rule.operator();
        if (operator != null && operator.operand() == ComparisonOperator.Operand.TIMESTAMP
                && rule.operand() != null && rule.operand().isTextual()) {
            String problem = Timestamps.problem(rule.operand().textValue());
            if (problem != null) {
                context.report(entry, operator.aslName() + ": " + problem + ".",
                        MissingRequiredFieldRule.append(tokens, operator.aslName()));
            }
        }
        ChoiceRules.forEachNested(rule, tokens, (nested, at) -> rule(context, entry, nested, at));
    }
}

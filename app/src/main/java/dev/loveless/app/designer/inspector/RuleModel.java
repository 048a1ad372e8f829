package dev.loveless.app.designer.inspector;

import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ComparisonOperator;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the Choice rule builder, at the top of {@code Choices} or nested in
 * {@code And}/{@code Or}/{@code Not}: what kind it is, its fields, and its nested rules.
 *
 * @param pointer  where the rule is ({@code /Choices/0}, {@code /Choices/0/And/1})
 * @param kind     comparison, And, Or, Not or a JSONata Condition
 * @param operator the comparison's operator, or {@code null}
 * @param fields   its fields in order: variable and value (comparison) or condition; then, for a
 *                 top-level rule, the next state, comment, assign and output
 * @param children the nested rules of And/Or (one for Not)
 */
public record RuleModel(String pointer, ChoiceRule.Kind kind, ComparisonOperator operator, List<FieldModel> fields,
                        List<RuleModel> children) {

    public RuleModel {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        children = List.copyOf(children);
    }

    /** @return whether this is a rule of {@code Choices} itself (it has a Next) */
    public boolean isTop() {
        return pointer.matches("/Choices/\\d+");
    }

    /** @return the rule's position among its siblings */
    public int index() {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1).replaceAll("\\D", "0"));
    }

    /** @return the field at {@code relative} to the rule ({@code /Variable}), or {@code null} */
    public FieldModel field(String relative) {
        for (FieldModel field : fields) {
            if (field.pointer().equals(pointer + relative)) {
                return field;
            }
        }
        return null;
    }
}

package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.io.StateJson;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Choice rule builder: the rules of {@code Choices}, each a comparison (variable, operator,
 * value or path), a nested And/Or/Not, or (in a JSONata state) a {@code Condition}; with a target
 * for every top-level rule. Rules are added, removed, reordered, turned into another kind and given
 * nested conditions, each one undo step; typing into a rule's fields merges as in any field.
 */
public final class ChoiceRulesModel implements FormRow {

    /** Makes the fields of a rule: the form knows how fields are written. */
    public interface FieldFactory {
        FieldModel field(String pointer, String label, String help, FieldKind kind, List<Option> options);

        FieldModel stateField(String pointer, String label, String help);
    }

    private static final java.util.Set<String> STRUCTURE = java.util.Set.of("And", "Or", "Not", "Condition", "Variable");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final boolean jsonata;
    private final FieldFactory factory;
    private final ListWriter writer;
    private final Supplier<String> defaultTarget;
    private final ObservableList<RuleModel> rules = FXCollections.observableArrayList();
    private JsonNode choices;
    private String shape = "";

    /**
     * @param jsonata       whether the state uses JSONata (rules are Conditions)
     * @param defaultTarget the state a new rule leads to at first
     */
    public ChoiceRulesModel(boolean jsonata, FieldFactory factory, ListWriter writer, Supplier<String> defaultTarget) {
        this.jsonata = jsonata;
        this.factory = factory;
        this.writer = writer;
        this.defaultTarget = defaultTarget;
    }

    public boolean isJsonata() {
        return jsonata;
    }

    public ObservableList<RuleModel> rules() {
        return rules;
    }

    @Override
    public void refresh(JsonNode source) {
        JsonNode value = source.at("/Choices");
        choices = value.isArray() ? value : NODES.arrayNode();
        String newShape = shapeOf(choices);
        if (!newShape.equals(shape)) {
            shape = newShape;
            List<RuleModel> built = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                built.add(build("/Choices/" + i, choices.get(i), true));
            }
            rules.setAll(built);
        }
        rules.forEach(rule -> refresh(rule, source));
    }

    private static void refresh(RuleModel rule, JsonNode source) {
        rule.fields().forEach(field -> field.refresh(source));
        rule.children().forEach(child -> refresh(child, source));
    }

    private RuleModel build(String pointer, JsonNode node, boolean top) {
        ChoiceRule rule = node.isObject() ? StateJson.ruleFromJson((ObjectNode) node) : null;
        ChoiceRule.Kind kind = rule == null ? ChoiceRule.Kind.EMPTY : rule.kind();
        List<FieldModel> fields = new ArrayList<>();
        List<RuleModel> children = new ArrayList<>();
        ComparisonOperator operator = rule == null ? null : rule.operator();
        switch (kind) {
            case CONDITION:
                fields.add(factory.field(pointer + "/Condition", "Condition",
                        "A JSONata expression that is true when this rule matches, e.g. {% $states.input.amount > 100 %}.",
                        FieldKind.JSONATA, List.of()));
                break;
            case AND:
            case OR: {
                String list = kind == ChoiceRule.Kind.AND ? "And" : "Or";
                JsonNode nested = node.get(list);
                for (int i = 0; nested != null && i < nested.size(); i++) {
                    children.add(build(pointer + "/" + list + "/" + i, nested.get(i), false));
                }
                break;
            }
            case NOT:
                children.add(build(pointer + "/Not", node.get("Not"), false));
                break;
            default:
                fields.add(factory.field(pointer + "/Variable", "Value to test",
                        "Where the value is in the input, e.g. $.order.total.", FieldKind.PATH, List.of()));
                if (operator != null) {
                    fields.add(factory.field(pointer + "/" + operator.aslName(), operandLabel(operator),
                            operandHelp(operator), operandKind(operator), operandOptions(operator)));
                }
                break;
        }
        if (top) {
            fields.add(factory.stateField(pointer + "/Next", "Then go to", "The step to go to when this rule matches."));
            fields.add(factory.field(pointer + "/Comment", "Note", "A note for readers of this rule.", FieldKind.TEXT, List.of()));
            if (jsonata) {
                fields.add(factory.field(pointer + "/Assign", "Set variables",
                        "Variables to set when this rule matches, as a JSON object.", FieldKind.JSON, List.of()));
                fields.add(factory.field(pointer + "/Output", "Output",
                        "The output when this rule matches (JSON or {% … %}).", FieldKind.JSON, List.of()));
            }
        }
        return new RuleModel(pointer, kind, operator, fields, children);
    }

    /** @return a signature of the rules' structure: it changes when the fields to show change */
    private static String shapeOf(JsonNode node) {
        StringBuilder out = new StringBuilder();
        shape(node, out);
        return out.toString();
    }

    private static void shape(JsonNode node, StringBuilder out) {
        if (node.isArray()) {
            out.append('[');
            node.forEach(element -> shape(element, out));
            out.append(']');
        } else if (node.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                // Only what decides which fields a rule shows; Next, Comment, Assign… come and go as one types.
                if (STRUCTURE.contains(key) || ComparisonOperator.fromAslName(key) != null) {
                    out.append(key).append(':');
                    if (field.getValue().isContainerNode()) {
                        shape(field.getValue(), out);
                    }
                    out.append(',');
                }
            }
            out.append('}');
        }
    }

    // ---- operations ------------------------------------------------------------------------------

    /** Adds a rule at the end of {@code Choices}, leading to the default target. */
    public void addRule() {
        ObjectNode rule = jsonata ? condition() : comparison(ComparisonOperator.STRING_EQUALS);
        String target = defaultTarget.get();
        if (target != null) {
            rule.put("Next", target);
        }
        writer.set("/Choices/" + choices.size(), rule, "Add a rule");
    }

    /** Removes a rule (a top-level one, or a condition nested in And/Or). */
    public void remove(RuleModel rule) {
        writer.set(rule.pointer(), null, "Remove a rule");
    }

    /** Moves a rule among its siblings by {@code delta} places; the order decides which matches first. */
    public void move(RuleModel rule, int delta) {
        String pointer = rule.pointer();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode list = parent.equals("/Choices") ? choices : choices.at(parent.substring("/Choices".length()));
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        int target = index + delta;
        if (!list.isArray() || target < 0 || target >= list.size()) {
            return;
        }
        ArrayNode moved = ((ArrayNode) list).deepCopy();
        JsonNode item = moved.remove(index);
        moved.insert(target, item);
        writer.set(parent, moved, "Move a rule");
    }

    /** Gives a comparison another operator, keeping its value when it still fits. */
    public void setOperator(RuleModel rule, ComparisonOperator operator) {
        ObjectNode node = current(rule);
        if (node == null || operator == null || operator == rule.operator()) {
            return;
        }
        JsonNode operand = rule.operator() != null ? node.get(rule.operator().aslName()) : null;
        ObjectNode changed = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (ComparisonOperator.fromAslName(field.getKey()) != null) {
                changed.set(operator.aslName(), fits(operand, operator) ? operand : defaultOperand(operator));
            } else {
                changed.set(field.getKey(), field.getValue());
            }
        }
        if (!changed.has(operator.aslName())) {
            changed.set(operator.aslName(), defaultOperand(operator));
        }
        writer.set(rule.pointer(), changed, "Change a rule's test to " + operator.aslName());
    }

    /** Turns a rule into another kind: a comparison becomes the first condition of a new And/Or/Not, and back. */
    public void setKind(RuleModel rule, ChoiceRule.Kind kind) {
        ObjectNode node = current(rule);
        if (node == null || kind == rule.kind()) {
            return;
        }
        ObjectNode inner = node.deepCopy();
        ObjectNode changed = NODES.objectNode();
        for (String carried : List.of("Next", "Comment", "Assign", "Output")) {
            if (inner.has(carried)) {
                changed.set(carried, inner.remove(carried));
            }
        }
        ObjectNode condition = innerCondition(inner, rule.kind());
        switch (kind) {
            case AND:
            case OR:
                changed.putArray(kind == ChoiceRule.Kind.AND ? "And" : "Or").add(condition);
                break;
            case NOT:
                changed.set("Not", condition);
                break;
            case CONDITION:
                changed.put("Condition", "{% true %}");
                break;
            default:
                condition.fields().forEachRemaining(field -> changed.set(field.getKey(), field.getValue()));
                break;
        }
        ObjectNode ordered = NODES.objectNode();
        changed.fields().forEachRemaining(field -> {
            if (!List.of("Next", "Comment", "Assign", "Output").contains(field.getKey())) {
                ordered.set(field.getKey(), field.getValue());
            }
        });
        for (String carried : List.of("Comment", "Assign", "Output", "Next")) {
            if (changed.has(carried)) {
                ordered.set(carried, changed.get(carried));
            }
        }
        writer.set(rule.pointer(), ordered, "Change a rule to " + kindWord(kind));
    }

    /** Adds a comparison to an And/Or rule. */
    public void addCondition(RuleModel rule) {
        if (rule.kind() != ChoiceRule.Kind.AND && rule.kind() != ChoiceRule.Kind.OR) {
            return;
        }
        String list = rule.kind() == ChoiceRule.Kind.AND ? "And" : "Or";
        writer.set(rule.pointer() + "/" + list + "/" + rule.children().size(), comparison(ComparisonOperator.STRING_EQUALS),
                "Add a condition");
    }

    private ObjectNode innerCondition(ObjectNode inner, ChoiceRule.Kind from) {
        if (from == ChoiceRule.Kind.AND || from == ChoiceRule.Kind.OR) {
            JsonNode list = inner.get(from == ChoiceRule.Kind.AND ? "And" : "Or");
            if (list != null && list.size() > 0 && list.get(0).isObject()) {
                return (ObjectNode) list.get(0).deepCopy();
            }
        } else if (from == ChoiceRule.Kind.NOT && inner.get("Not") != null && inner.get("Not").isObject()) {
            return (ObjectNode) inner.get("Not").deepCopy();
        } else if (from == ChoiceRule.Kind.COMPARISON) {
            return inner;
        }
        return comparison(ComparisonOperator.STRING_EQUALS);
    }

    private ObjectNode current(RuleModel rule) {
        JsonNode node = choices.at(rule.pointer().substring("/Choices".length()));
        return node.isObject() ? (ObjectNode) node : null;
    }

    private static ObjectNode comparison(ComparisonOperator operator) {
        ObjectNode rule = NODES.objectNode();
        rule.put("Variable", "$.value");
        rule.set(operator.aslName(), defaultOperand(operator));
        return rule;
    }

    private static ObjectNode condition() {
        ObjectNode rule = NODES.objectNode();
        rule.put("Condition", "{% $states.input.value = 'yes' %}");
        return rule;
    }

    private static boolean fits(JsonNode operand, ComparisonOperator operator) {
        if (operand == null) {
            return false;
        }
        switch (operator.operand()) {
            case NUMBER: return operand.isNumber();
            case BOOLEAN: return operand.isBoolean();
            case STRING:
            case PATTERN: return operand.isTextual();
            case TIMESTAMP: return operand.isTextual() && FieldChecks.timestamp(operand.textValue()) == null;
            default: return operand.isTextual() && FieldChecks.path(operand.textValue(), false) == null;
        }
    }

    static JsonNode defaultOperand(ComparisonOperator operator) {
        switch (operator.operand()) {
            case NUMBER: return IntNode.valueOf(0);
            case BOOLEAN: return BooleanNode.TRUE;
            case TIMESTAMP: return TextNode.valueOf("2025-01-01T00:00:00Z");
            case PATH: return TextNode.valueOf("$.other");
            case PATTERN: return TextNode.valueOf("*");
            default: return TextNode.valueOf("");
        }
    }

    // ---- words -----------------------------------------------------------------------------------

    /** @return every operator with a plain-words label, for the operator drop-down */
    public static List<Option> operatorOptions() {
        List<Option> options = new ArrayList<>();
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            options.add(new Option(operator.aslName(), operatorWords(operator)));
        }
        return options;
    }

    /** @return an operator in plain words: "number is greater than (another value)" */
    public static String operatorWords(ComparisonOperator operator) {
        String name = operator.aslName();
        if (operator.isTypeTest()) {
            return operator.symbol();
        }
        String family = name.startsWith("String") ? "text" : name.startsWith("Numeric") ? "number"
                : name.startsWith("Boolean") ? "true/false" : "time";
        String words = operator == ComparisonOperator.STRING_MATCHES ? "matches pattern" : operator.symbol();
        return family + " " + words + (operator.operand() == ComparisonOperator.Operand.PATH ? " (value at a path)" : "");
    }

    /** @return the rule kinds in plain words, for the kind drop-down */
    public List<Option> kindOptions() {
        List<Option> options = new ArrayList<>();
        if (jsonata) {
            options.add(new Option(ChoiceRule.Kind.CONDITION.name(), kindWord(ChoiceRule.Kind.CONDITION)));
        }
        for (ChoiceRule.Kind kind : List.of(ChoiceRule.Kind.COMPARISON, ChoiceRule.Kind.AND, ChoiceRule.Kind.OR,
                ChoiceRule.Kind.NOT)) {
            options.add(new Option(kind.name(), kindWord(kind)));
        }
        return options;
    }

    public static String kindWord(ChoiceRule.Kind kind) {
        switch (kind) {
            case AND: return "All of (And)";
            case OR: return "Any of (Or)";
            case NOT: return "Not";
            case CONDITION: return "JSONata condition";
            case COMPARISON: return "Compare a value";
            default: return "Empty rule";
        }
    }

    private static String operandLabel(ComparisonOperator operator) {
        switch (operator.operand()) {
            case PATH: return "Compared with the value at";
            case PATTERN: return "Pattern (* matches anything)";
            case BOOLEAN: return operator.isTypeTest() ? "Expected answer" : "Value";
            default: return "Value";
        }
    }

    private static String operandHelp(ComparisonOperator operator) {
        switch (operator.operand()) {
            case PATH: return "A path to the other value, e.g. $.limit.";
            case NUMBER: return "A number.";
            case TIMESTAMP: return "A time such as 2025-01-31T12:00:00Z.";
            case PATTERN: return "Text where * stands for any characters, e.g. *.jpg.";
            case BOOLEAN: return operator.isTypeTest() ? "true: the test must hold; false: it must not." : "true or false.";
            default: return "The text to compare with.";
        }
    }

    private static FieldKind operandKind(ComparisonOperator operator) {
        switch (operator.operand()) {
            case PATH: return FieldKind.PATH;
            case NUMBER: return FieldKind.DECIMAL;
            case TIMESTAMP: return FieldKind.TIMESTAMP;
            case BOOLEAN: return FieldKind.BOOLEAN_VALUE;
            default: return FieldKind.STRING_VALUE;
        }
    }

    private static List<Option> operandOptions(ComparisonOperator operator) {
        return operator.operand() == ComparisonOperator.Operand.BOOLEAN
                ? List.of(new Option("true", "true"), new Option("false", "false")) : List.of();
    }
}

package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.Branch;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.Extras;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.Retrier;
import dev.loveless.model.StateMachine;
import dev.loveless.model.UnknownState;
import dev.loveless.model.validation.Fields;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.JsonataExpressions;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code INVALID_FIELD_TYPE}: every known field has the JSON type ASL gives it: strings, booleans,
 * arrays of objects, objects, path-or-null fields, numbers (or, in a JSONata state, a
 * {@code {% … %}} expression where a number may be computed), {@code ResultSelector} and
 * {@code ItemSelector} objects, {@code Items} an array.
 */
public final class InvalidFieldTypeRule extends AbstractRule {

    private static final Set<String> RULE_FIELDS = Set.of("Variable", "And", "Or", "Not", "Next", "Comment");

    public InvalidFieldTypeRule() {
        super("INVALID_FIELD_TYPE", Phase.STRUCTURE, "Every known field has the JSON type ASL gives it.");
    }

    @Override
    public void check(ValidationContext context) {
        StateMachine machine = context.machine();
        for (Map.Entry<String, JsonNode> field : machine.extras().unknown().entrySet()) {
            String expected = Fields.expectedType(field.getKey());
            if (Fields.MACHINE.contains(field.getKey()) && expected != null) {
                context.reportMachine(field.getKey() + " must be " + expected + ", not "
                        + Json.describe(field.getValue()) + ".", field.getKey());
            }
        }
        JsonNode timeout = machine.timeoutSeconds();
        if (timeout != null && !timeout.isNumber()
                && !(timeout.isTextual() && JsonataExpressions.isExpression(timeout.textValue()))) {
            context.reportMachine("TimeoutSeconds must be a whole number of seconds, not " + Json.describe(timeout)
                    + ".", "TimeoutSeconds");
        }
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof UnknownState) {
                continue;
            }
            illTyped(context, entry, entry.state().extras(), Fields.allowed(entry.state().type()));
            nested(context, entry);
            numbers(context, entry);
            values(context, entry);
        }
    }

    private static void numbers(ValidationContext context, StateEntry entry) {
        for (NumericFields.Field field : NumericFields.of(entry)) {
            JsonNode value = field.value();
            if (value.isNumber()) {
                continue;
            }
            if (entry.jsonata() && value.isTextual() && JsonataExpressions.isExpression(value.textValue())) {
                continue;
            }
            String expected = entry.jsonata() ? "a number or a {% … %} expression" : "a number";
            String hint = !entry.jsonata() && value.isTextual()
                    ? " (to read it from the input, use " + field.name() + "Path)" : "";
            context.report(entry, field.name() + " must be " + expected + ", not " + Json.describe(value) + hint
                    + ".", field.tokens());
        }
    }

    private static void values(ValidationContext context, StateEntry entry) {
        JsonNode selector = entry.state().common().resultSelector();
        if (selector != null && !selector.isObject()) {
            context.report(entry, "ResultSelector must be an object, not " + Json.describe(selector) + ".",
                    "ResultSelector");
        }
        JsonNode arguments = entry.state().common().arguments();
        if (arguments != null && !arguments.isObject() && !arguments.isArray()
                && !(arguments.isTextual() && JsonataExpressions.isExpression(arguments.textValue()))) {
            context.report(entry, "Arguments must be an object or a {% … %} expression, not "
                    + Json.describe(arguments) + ".", "Arguments");
        }
        if (entry.state() instanceof MapState map) {
            if (map.itemSelector() != null && !map.itemSelector().isObject()
                    && !(map.itemSelector().isTextual() && JsonataExpressions.isExpression(map.itemSelector().textValue()))) {
                context.report(entry, "ItemSelector must be an object, not " + Json.describe(map.itemSelector()) + ".",
                        "ItemSelector");
            }
            JsonNode items = map.items();
            if (items != null && !items.isArray()
                    && !(items.isTextual() && JsonataExpressions.isExpression(items.textValue()))) {
                context.report(entry, "Items must be an array or a {% … %} expression, not " + Json.describe(items)
                        + ".", "Items");
            }
            if (map.itemReader() != null && map.itemReader().readerConfig() != null) {
                JsonNode headers = map.itemReader().readerConfig().csvHeaders();
                if (headers != null && !isStrings(headers)) {
                    context.report(entry, "CSVHeaders must be an array of column names (strings).",
                            "ItemReader", "ReaderConfig", "CSVHeaders");
                }
            }
            if (map.itemBatcher() != null && map.itemBatcher().batchInput() != null
                    && !map.itemBatcher().batchInput().isObject()
                    && !(map.itemBatcher().batchInput().isTextual()
                    && JsonataExpressions.isExpression(map.itemBatcher().batchInput().textValue()))) {
                context.report(entry, "BatchInput must be an object.", "ItemBatcher", "BatchInput");
            }
        }
    }

    private static boolean isStrings(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static void nested(ValidationContext context, StateEntry entry) {
        List<Retrier> retry = entry.state().common().retry();
        if (retry != null) {
            for (int i = 0; i < retry.size(); i++) {
                illTyped(context, entry, retry.get(i).extras(), Fields.RETRIER, "Retry", i);
            }
        }
        List<Catcher> catchers = entry.state().common().catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                illTyped(context, entry, catchers.get(i).extras(), Fields.CATCHER, "Catch", i);
            }
        }
        if (entry.state() instanceof ParallelState parallel) {
            List<Branch> branches = parallel.branchesOrEmpty();
            for (int i = 0; i < branches.size(); i++) {
                illTyped(context, entry, branches.get(i).extras(), Fields.BRANCH, "Branches", i);
            }
        }
        if (entry.state() instanceof MapState map) {
            processor(context, entry, map.itemProcessor(), "ItemProcessor");
            processor(context, entry, map.iterator(), "Iterator");
            if (map.itemReader() != null) {
                illTyped(context, entry, map.itemReader().extras(), Fields.ITEM_READER, "ItemReader");
                if (map.itemReader().readerConfig() != null) {
                    illTyped(context, entry, map.itemReader().readerConfig().extras(), Fields.READER_CONFIG,
                            "ItemReader", "ReaderConfig");
                }
            }
            if (map.itemBatcher() != null) {
                illTyped(context, entry, map.itemBatcher().extras(), Fields.ITEM_BATCHER, "ItemBatcher");
            }
            if (map.resultWriter() != null) {
                illTyped(context, entry, map.resultWriter().extras(), Fields.RESULT_WRITER, "ResultWriter");
                if (map.resultWriter().writerConfig() != null) {
                    illTyped(context, entry, map.resultWriter().writerConfig().extras(), Fields.WRITER_CONFIG,
                            "ResultWriter", "WriterConfig");
                }
            }
        }
        if (entry.state() instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                rule(context, entry, rules.get(i), new Object[] {"Choices", i});
            }
        }
    }

    private static void rule(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        illTyped(context, entry, rule.extras(), RULE_FIELDS, tokens);
        if (rule.and() != null) {
            for (int i = 0; i < rule.and().size(); i++) {
                rule(context, entry, rule.and().get(i), MissingRequiredFieldRule.append(tokens, "And", i));
            }
        }
        if (rule.or() != null) {
            for (int i = 0; i < rule.or().size(); i++) {
                rule(context, entry, rule.or().get(i), MissingRequiredFieldRule.append(tokens, "Or", i));
            }
        }
        if (rule.not() != null) {
            rule(context, entry, rule.not(), MissingRequiredFieldRule.append(tokens, "Not"));
        }
    }

    private static void processor(ValidationContext context, StateEntry entry, ItemProcessor processor, String field) {
        if (processor == null) {
            return;
        }
        illTyped(context, entry, processor.extras(), Fields.PROCESSOR, field);
        if (processor.processorConfig() != null) {
            illTyped(context, entry, processor.processorConfig().extras(), Fields.PROCESSOR_CONFIG, field,
                    "ProcessorConfig");
        }
    }

    /** @return whether {@code value} is a CloudFormation intrinsic function object ({"Ref": …}, {"Fn::…": …}) */
    static boolean isCloudFormationFunction(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        String key = value.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    private static void illTyped(ValidationContext context, StateEntry entry, Extras extras, Set<String> allowed,
                                 Object... tokens) {
        for (Map.Entry<String, JsonNode> field : extras.unknown().entrySet()) {
            String name = field.getKey();
            String expected = Fields.expectedType(name);
            if (expected == null || !allowed.contains(name) || name.equals("Type")) {
                continue;
            }
            if (name.equals("Resource") && isCloudFormationFunction(field.getValue())) {
                continue; // {"Fn::GetAtt": …} or {"Ref": …}: resolved by CloudFormation at deploy time
            }
            String message = name + " must be " + expected + ", not " + Json.describe(field.getValue()) + ".";
            if (name.equals("End") && field.getValue().isBoolean()) {
                message = "End can only be true; to go on to another state, remove End and use Next.";
            }
            if (name.equals("ErrorEquals") && field.getValue().isArray()) {
                message = "ErrorEquals must hold error names (strings) only.";
            }
            context.report(entry, message, MissingRequiredFieldRule.append(tokens, name));
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.MapState;
import dev.loveless.model.UnknownState;
import dev.loveless.model.validation.Fields;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;
import java.util.Set;

/**
 * {@code QUERY_LANGUAGE_FIELD}: a JSONata state has none of the JSONPath-only fields
 * ({@code InputPath}, {@code Parameters}, {@code ResultSelector}, {@code ResultPath},
 * {@code OutputPath}, the {@code …Path} variants, {@code Result}, Choice {@code Variable}…), and a
 * JSONPath state none of the JSONata-only ones ({@code Arguments}, {@code Output}, {@code Items},
 * Choice {@code Condition}); the same in catchers, Choice rules and the distributed Map's objects.
 */
public final class QueryLanguageFieldRule extends AbstractRule {

    public QueryLanguageFieldRule() {
        super("QUERY_LANGUAGE_FIELD", Phase.PATHS,
                "JSONata states have no JSONPath-only fields (InputPath, Parameters…) and JSONPath states no JSONata-only ones.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.state() instanceof UnknownState) {
                continue;
            }
            Set<String> allowed = Fields.allowed(entry.state().type());
            for (String field : Fields.present(entry.state())) {
                if (allowed.contains(field)) {
                    field(context, entry, field, field);
                }
            }
            List<Catcher> catchers = entry.state().common().catchers();
            if (catchers != null) {
                for (int i = 0; i < catchers.size(); i++) {
                    for (String field : Fields.present(catchers.get(i).extras(), "ResultPath",
                            catchers.get(i).resultPath(), "Output", catchers.get(i).output())) {
                        field(context, entry, field, "Catch", i, field);
                    }
                }
            }
            if (entry.state() instanceof ChoiceState choice) {
                List<ChoiceRule> rules = choice.choicesOrEmpty();
                for (int i = 0; i < rules.size(); i++) {
                    rule(context, entry, rules.get(i), new Object[] {"Choices", i});
                }
            }
            if (entry.state() instanceof MapState map) {
                if (map.itemReader() != null) {
                    nested(context, entry, Fields.present(map.itemReader().extras(), "Parameters",
                            map.itemReader().parameters(), "Arguments", map.itemReader().arguments()), "ItemReader");
                    if (map.itemReader().readerConfig() != null) {
                        nested(context, entry, Fields.present(map.itemReader().readerConfig().extras(),
                                "MaxItemsPath", map.itemReader().readerConfig().maxItemsPath()),
                                "ItemReader", "ReaderConfig");
                    }
                }
                if (map.itemBatcher() != null) {
                    nested(context, entry, Fields.present(map.itemBatcher().extras(), "MaxItemsPerBatchPath",
                            map.itemBatcher().maxItemsPerBatchPath(), "MaxInputBytesPerBatchPath",
                            map.itemBatcher().maxInputBytesPerBatchPath()), "ItemBatcher");
                }
                if (map.resultWriter() != null) {
                    nested(context, entry, Fields.present(map.resultWriter().extras(), "Parameters",
                            map.resultWriter().parameters(), "Arguments", map.resultWriter().arguments()),
                            "ResultWriter");
                }
            }
        }
    }

    private static void rule(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        if (entry.jsonata() && rule.variable() != null) {
            field(context, entry, "Variable", MissingRequiredFieldRule.append(tokens, "Variable"));
        }
        if (!entry.jsonata() && rule.condition() != null) {
            field(context, entry, "Condition", MissingRequiredFieldRule.append(tokens, "Condition"));
        }
        if (!entry.jsonata() && rule.output() != null) {
            field(context, entry, "Output", MissingRequiredFieldRule.append(tokens, "Output"));
        }
    }

    private static void nested(ValidationContext context, StateEntry entry, List<String> present, Object... tokens) {
        for (String field : present) {
            field(context, entry, field, MissingRequiredFieldRule.append(tokens, field));
        }
    }

    private static void field(ValidationContext context, StateEntry entry, String field, Object... tokens) {
        if (entry.jsonata() && Fields.JSONPATH_ONLY.contains(field)) {
            context.report(entry, field + " is a JSONPath field, but this state uses JSONata: " + replacement(field)
                    + ".", tokens);
        } else if (!entry.jsonata() && Fields.JSONATA_ONLY.contains(field)) {
            context.report(entry, field + " is a JSONata field, but this state uses JSONPath: set \"QueryLanguage\":"
                    + " \"JSONata\" on the state (or the machine), or use the JSONPath fields.", tokens);
        }
    }

    private static String replacement(String field) {
        switch (field) {
            case "Parameters":
                return "use Arguments";
            case "ResultSelector":
            case "ResultPath":
            case "OutputPath":
            case "Result":
                return "shape the result with Output (and keep values with Assign)";
            case "InputPath":
                return "read the input as $states.input in Arguments or Output";
            case "ItemsPath":
                return "use Items";
            case "Variable":
                return "write a Condition such as \"{% $states.input.x > 1 %}\"";
            default:
                return "give the value itself as a {% … %} expression instead of a path";
        }
    }
}

package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.FailState;
import dev.loveless.model.MapState;
import dev.loveless.model.StateCommon;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.IntrinsicFunctions;
import dev.loveless.model.validation.check.PathSyntax;

import java.util.List;

/**
 * {@code INVALID_PATH}: the path fields of JSONPath states hold what the spec requires:
 * {@code InputPath}/{@code OutputPath} a JSONPath (or null); {@code ResultPath} a Reference Path on
 * the input (or null; no {@code $$}, no variables); Choice {@code Variable} and {@code …Path}
 * operands, {@code ItemsPath} and every {@code …SecondsPath}, {@code TimestampPath},
 * {@code MaxConcurrencyPath}, {@code ToleratedFailure…Path}, {@code MaxItemsPath} and batcher
 * {@code …Path} a Reference Path; {@code ErrorPath}/{@code CausePath} a Reference Path or an
 * intrinsic function.
 */
public final class InvalidPathRule extends AbstractRule {

    public InvalidPathRule() {
        super("INVALID_PATH", Phase.PATHS,
                "Path fields hold a valid JSONPath, or a Reference Path where the spec requires one.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.jsonata()) {
                continue;
            }
            StateCommon common = entry.state().common();
            path(context, entry, common.inputPath(), false, false, "InputPath");
            path(context, entry, common.outputPath(), false, false, "OutputPath");
            resultPath(context, entry, common.resultPath(), "ResultPath");
            List<Catcher> catchers = common.catchers();
            if (catchers != null) {
                for (int i = 0; i < catchers.size(); i++) {
                    resultPath(context, entry, catchers.get(i).resultPath(), "Catch", i, "ResultPath");
                }
            }
            if (entry.state() instanceof TaskState task) {
                reference(context, entry, task.timeoutSecondsPath(), "TimeoutSecondsPath");
                reference(context, entry, task.heartbeatSecondsPath(), "HeartbeatSecondsPath");
            } else if (entry.state() instanceof WaitState wait) {
                reference(context, entry, wait.secondsPath(), "SecondsPath");
                reference(context, entry, wait.timestampPath(), "TimestampPath");
            } else if (entry.state() instanceof FailState fail) {
                referenceOrFunction(context, entry, fail.errorPath(), "ErrorPath");
                referenceOrFunction(context, entry, fail.causePath(), "CausePath");
            } else if (entry.state() instanceof MapState map) {
                map(context, entry, map);
            } else if (entry.state() instanceof ChoiceState choice) {
                List<ChoiceRule> rules = choice.choicesOrEmpty();
                for (int i = 0; i < rules.size(); i++) {
                    rule(context, entry, rules.get(i), new Object[] {"Choices", i});
                }
            }
        }
    }

    private static void map(ValidationContext context, StateEntry entry, MapState map) {
        reference(context, entry, map.itemsPath(), "ItemsPath");
        reference(context, entry, map.maxConcurrencyPath(), "MaxConcurrencyPath");
        reference(context, entry, map.toleratedFailurePercentagePath(), "ToleratedFailurePercentagePath");
        reference(context, entry, map.toleratedFailureCountPath(), "ToleratedFailureCountPath");
        if (map.itemBatcher() != null) {
            reference(context, entry, map.itemBatcher().maxItemsPerBatchPath(), "ItemBatcher", "MaxItemsPerBatchPath");
            reference(context, entry, map.itemBatcher().maxInputBytesPerBatchPath(), "ItemBatcher",
                    "MaxInputBytesPerBatchPath");
        }
        if (map.itemReader() != null && map.itemReader().readerConfig() != null) {
            reference(context, entry, map.itemReader().readerConfig().maxItemsPath(), "ItemReader", "ReaderConfig",
                    "MaxItemsPath");
        }
    }

    private static void rule(ValidationContext context, StateEntry entry, ChoiceRule rule, Object[] tokens) {
        if (rule.variable() != null) {
            reference(context, entry, rule.variable(), MissingRequiredFieldRule.append(tokens, "Variable"));
        }
        if (rule.operator() != null && rule.operator().operand() == ComparisonOperator.Operand.PATH
                && rule.operand() != null && rule.operand().isTextual()) {
            reference(context, entry, rule.operand().textValue(),
                    MissingRequiredFieldRule.append(tokens, rule.operator().aslName()));
        }
        ChoiceRules.forEachNested(rule, tokens, (nested, at) -> rule(context, entry, nested, at));
    }

    private static void resultPath(ValidationContext context, StateEntry entry, JsonNode value, Object... tokens) {
        if (value == null || !value.isTextual()) {
            return;
        }
        PathSyntax.Result result = PathSyntax.parse(value.textValue());
        String field = String.valueOf(tokens[tokens.length - 1]);
        if (!result.ok()) {
            context.report(entry, field + " \"" + value.textValue() + "\" is not a valid path: " + result.error()
                    + ".", tokens);
        } else if (result.root() != PathSyntax.Root.INPUT) {
            context.report(entry, field + " must be a path into the state's input (starting with $), not "
                    + (result.root() == PathSyntax.Root.CONTEXT ? "the context object" : "a variable")
                    + "; to keep a value in a variable, use Assign.", tokens);
        } else if (!result.reference()) {
            context.report(entry, field + " must be a Reference Path naming one place (no *, .., filters or"
                    + " slices), not \"" + value.textValue() + "\".", tokens);
        }
    }

    private static void path(ValidationContext context, StateEntry entry, JsonNode value, boolean reference,
                             boolean functions, Object... tokens) {
        if (value != null && value.isTextual()) {
            check(context, entry, value.textValue(), reference, functions, tokens);
        }
    }

    private static void reference(ValidationContext context, StateEntry entry, String value, Object... tokens) {
        if (value != null) {
            check(context, entry, value, true, false, tokens);
        }
    }

    private static void referenceOrFunction(ValidationContext context, StateEntry entry, String value,
                                            Object... tokens) {
        if (value != null) {
            check(context, entry, value, true, true, tokens);
        }
    }

    private static void check(ValidationContext context, StateEntry entry, String value, boolean reference,
                              boolean functions, Object... tokens) {
        String field = String.valueOf(tokens[tokens.length - 1]);
        if (IntrinsicFunctions.looksLikeCall(value)) {
            if (!functions) {
                context.report(entry, field + " takes a path, not an intrinsic function; compute the value in"
                        + " Parameters (\"name.$\": \"" + Json.abbreviate(value) + "\") instead.", tokens);
            }
            return; // ErrorPath/CausePath calls are checked by INVALID_INTRINSIC_FUNCTION
        }
        PathSyntax.Result result = PathSyntax.parse(value);
        if (!result.ok()) {
            context.report(entry, field + " \"" + Json.abbreviate(value) + "\" is not a valid path: " + result.error()
                    + ".", tokens);
        } else if (reference && !result.reference()) {
            context.report(entry, field + " must be a Reference Path naming one value (no *, .., filters or"
                    + " slices), not \"" + Json.abbreviate(value) + "\".", tokens);
        }
    }
}

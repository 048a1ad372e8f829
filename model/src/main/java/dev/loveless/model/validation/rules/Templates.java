package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.FailState;
import dev.loveless.model.MapState;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON values of a state that hold data for evaluation: the payload templates of a JSONPath
 * state (where keys ending in {@code .$} take a path or an intrinsic function) and the values of a
 * JSONata state (where {@code {% … %}} strings are expressions). Each with the tokens leading to it.
 */
final class Templates {

    /** A value and the pointer tokens from its state to it. */
    record Located(List<Object> tokens, JsonNode value) {
        /** @return a fresh, mutable copy of the tokens, to extend during a walk */
        List<Object> start() {
            return new ArrayList<>(tokens);
        }
    }

    private Templates() {
    }

    /** @return the payload templates of a state read as JSONPath */
    static List<Located> payloads(State state) {
        List<Located> found = new ArrayList<>();
        StateCommon common = state.common();
        add(found, common.parameters(), "Parameters");
        add(found, common.resultSelector(), "ResultSelector");
        add(found, common.assign(), "Assign");
        if (state instanceof TaskState task) {
            add(found, task.credentials(), "Credentials");
        }
        if (state instanceof MapState map) {
            add(found, map.itemSelector(), "ItemSelector");
            if (map.itemReader() != null) {
                add(found, map.itemReader().parameters(), "ItemReader", "Parameters");
            }
            if (map.resultWriter() != null) {
                add(found, map.resultWriter().parameters(), "ResultWriter", "Parameters");
            }
            if (map.itemBatcher() != null) {
                add(found, map.itemBatcher().batchInput(), "ItemBatcher", "BatchInput");
            }
        }
        List<Catcher> catchers = common.catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                add(found, catchers.get(i).assign(), "Catch", i, "Assign");
            }
        }
        if (state instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                add(found, rules.get(i).assign(), "Choices", i, "Assign");
            }
        }
        return found;
    }

    /** @return every value of a state read as JSONata that may hold an expression */
    static List<Located> jsonataValues(State state) {
        List<Located> found = new ArrayList<>();
        StateCommon common = state.common();
        add(found, common.arguments(), "Arguments");
        add(found, common.output(), "Output");
        add(found, common.assign(), "Assign");
        if (state instanceof TaskState task) {
            add(found, task.timeoutSeconds(), "TimeoutSeconds");
            add(found, task.heartbeatSeconds(), "HeartbeatSeconds");
            add(found, task.credentials(), "Credentials");
        } else if (state instanceof WaitState wait) {
            add(found, wait.seconds(), "Seconds");
            add(found, text(wait.timestamp()), "Timestamp");
        } else if (state instanceof FailState fail) {
            add(found, text(fail.error()), "Error");
            add(found, text(fail.cause()), "Cause");
        } else if (state instanceof MapState map) {
            add(found, map.items(), "Items");
            add(found, map.itemSelector(), "ItemSelector");
            add(found, map.maxConcurrency(), "MaxConcurrency");
            add(found, map.toleratedFailurePercentage(), "ToleratedFailurePercentage");
            add(found, map.toleratedFailureCount(), "ToleratedFailureCount");
            if (map.itemReader() != null) {
                add(found, map.itemReader().arguments(), "ItemReader", "Arguments");
                if (map.itemReader().readerConfig() != null) {
                    add(found, map.itemReader().readerConfig().maxItems(), "ItemReader", "ReaderConfig", "MaxItems");
                }
            }
            if (map.itemBatcher() != null) {
                add(found, map.itemBatcher().maxItemsPerBatch(), "ItemBatcher", "MaxItemsPerBatch");
                add(found, map.itemBatcher().maxInputBytesPerBatch(), "ItemBatcher", "MaxInputBytesPerBatch");
                add(found, map.itemBatcher().batchInput(), "ItemBatcher", "BatchInput");
            }
            if (map.resultWriter() != null) {
                add(found, map.resultWriter().arguments(), "ResultWriter", "Arguments");
            }
        } else if (state instanceof ChoiceState choice) {
            List<ChoiceRule> rules = choice.choicesOrEmpty();
            for (int i = 0; i < rules.size(); i++) {
                ChoiceRule rule = rules.get(i);
                add(found, rule.condition(), "Choices", i, "Condition");
                add(found, rule.output(), "Choices", i, "Output");
                add(found, rule.assign(), "Choices", i, "Assign");
            }
        }
        List<Catcher> catchers = common.catchers();
        if (catchers != null) {
            for (int i = 0; i < catchers.size(); i++) {
                add(found, catchers.get(i).output(), "Catch", i, "Output");
                add(found, catchers.get(i).assign(), "Catch", i, "Assign");
            }
        }
        return found;
    }

    private static JsonNode text(String value) {
        return value == null ? null : TextNode.valueOf(value);
    }

    private static void add(List<Located> found, JsonNode value, Object... tokens) {
        if (value != null) {
            found.add(new Located(List.of(tokens), value));
        }
    }
}

package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.MapState;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.validation.StateEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The numeric fields of a state that the model keeps as JSON values (a number, or a JSONata
 * expression in a JSONata state), with the range AWS accepts for each.
 */
final class NumericFields {

    /** Step Functions' largest timeout and wait, in seconds. */
    static final long MAX_SECONDS = 99_999_999L;

    /**
     * One numeric field.
     *
     * @param name    its name, for messages
     * @param tokens  the pointer tokens from the state
     * @param value   its value
     * @param min     the smallest value accepted
     * @param max     the largest value accepted
     * @param integer whether it must be a whole number
     */
    record Field(String name, Object[] tokens, JsonNode value, double min, double max, boolean integer) {
    }

    private NumericFields() {
    }

    static List<Field> of(StateEntry entry) {
        List<Field> fields = new ArrayList<>();
        if (entry.state() instanceof TaskState task) {
            add(fields, "TimeoutSeconds", task.timeoutSeconds(), 1, MAX_SECONDS, true, "TimeoutSeconds");
            add(fields, "HeartbeatSeconds", task.heartbeatSeconds(), 1, MAX_SECONDS, true, "HeartbeatSeconds");
        } else if (entry.state() instanceof WaitState wait) {
            add(fields, "Seconds", wait.seconds(), 0, MAX_SECONDS, true, "Seconds");
        } else if (entry.state() instanceof MapState map) {
            add(fields, "MaxConcurrency", map.maxConcurrency(), 0, Integer.MAX_VALUE, true, "MaxConcurrency");
            add(fields, "ToleratedFailurePercentage", map.toleratedFailurePercentage(), 0, 100, false,
                    "ToleratedFailurePercentage");
            add(fields, "ToleratedFailureCount", map.toleratedFailureCount(), 0, Integer.MAX_VALUE, true,
                    "ToleratedFailureCount");
            if (map.itemBatcher() != null) {
                add(fields, "MaxItemsPerBatch", map.itemBatcher().maxItemsPerBatch(), 1, Integer.MAX_VALUE, true,
                        "ItemBatcher", "MaxItemsPerBatch");
                add(fields, "MaxInputBytesPerBatch", map.itemBatcher().maxInputBytesPerBatch(), 1, 262_144, true,
                        "ItemBatcher", "MaxInputBytesPerBatch");
            }
            if (map.itemReader() != null && map.itemReader().readerConfig() != null) {
                add(fields, "MaxItems", map.itemReader().readerConfig().maxItems(), 1, 100_000_000, true,
                        "ItemReader", "ReaderConfig", "MaxItems");
            }
        }
        return fields;
    }

    private static void add(List<Field> fields, String name, JsonNode value, double min, double max, boolean integer,
                            Object... tokens) {
        if (value != null) {
            fields.add(new Field(name, tokens, value, min, max, integer));
        }
    }
}

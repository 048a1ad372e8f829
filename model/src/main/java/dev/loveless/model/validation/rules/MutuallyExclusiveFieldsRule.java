package dev.loveless.model.validation.rules;

import dev.loveless.model.Extras;
import dev.loveless.model.FailState;
import dev.loveless.model.MapState;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code MUTUALLY_EXCLUSIVE_FIELDS}: of each pair (or set) of alternatives at most one is given:
 * {@code TimeoutSeconds}/{@code TimeoutSecondsPath}, {@code HeartbeatSeconds}/…Path,
 * {@code Error}/{@code ErrorPath}, {@code Cause}/{@code CausePath}, Wait's four durations,
 * {@code ItemProcessor}/{@code Iterator}, {@code ItemSelector}/{@code Parameters},
 * {@code Items}/{@code ItemsPath}, and every distributed-Map {@code X}/{@code XPath} pair.
 */
public final class MutuallyExclusiveFieldsRule extends AbstractRule {

    public MutuallyExclusiveFieldsRule() {
        super("MUTUALLY_EXCLUSIVE_FIELDS", Phase.STRUCTURE, "Alternative fields (X and XPath…) are not given together.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            Extras extras = entry.state().extras();
            if (entry.state() instanceof TaskState task) {
                exclusive(context, entry, List.of(), names(extras, "TimeoutSeconds", task.timeoutSeconds(),
                        "TimeoutSecondsPath", task.timeoutSecondsPath()));
                exclusive(context, entry, List.of(), names(extras, "HeartbeatSeconds", task.heartbeatSeconds(),
                        "HeartbeatSecondsPath", task.heartbeatSecondsPath()));
            } else if (entry.state() instanceof FailState fail) {
                exclusive(context, entry, List.of(), names(extras, "Error", fail.error(), "ErrorPath", fail.errorPath()));
                exclusive(context, entry, List.of(), names(extras, "Cause", fail.cause(), "CausePath", fail.causePath()));
            } else if (entry.state() instanceof WaitState wait) {
                exclusive(context, entry, List.of(), names(extras, "Seconds", wait.seconds(), "SecondsPath",
                        wait.secondsPath(), "Timestamp", wait.timestamp(), "TimestampPath", wait.timestampPath()));
            } else if (entry.state() instanceof MapState map) {
                map(context, entry, map, extras);
            }
        }
    }

    private static void map(ValidationContext context, StateEntry entry, MapState map, Extras extras) {
        exclusive(context, entry, List.of(), names(extras, "ItemProcessor", map.itemProcessor(), "Iterator",
                map.iterator()));
        exclusive(context, entry, List.of(), names(extras, "ItemSelector", map.itemSelector(), "Parameters",
                map.common().parameters()));
        exclusive(context, entry, List.of(), names(extras, "Items", map.items(), "ItemsPath", map.itemsPath()));
        exclusive(context, entry, List.of(), names(extras, "MaxConcurrency", map.maxConcurrency(),
                "MaxConcurrencyPath", map.maxConcurrencyPath()));
        exclusive(context, entry, List.of(), names(extras, "ToleratedFailurePercentage",
                map.toleratedFailurePercentage(), "ToleratedFailurePercentagePath",
                map.toleratedFailurePercentagePath()));
        exclusive(context, entry, List.of(), names(extras, "ToleratedFailureCount", map.toleratedFailureCount(),
                "ToleratedFailureCountPath", map.toleratedFailureCountPath()));
        if (map.itemBatcher() != null) {
            Extras batcher = map.itemBatcher().extras();
            exclusive(context, entry, List.of("ItemBatcher"), names(batcher, "MaxItemsPerBatch",
                    map.itemBatcher().maxItemsPerBatch(), "MaxItemsPerBatchPath",
                    map.itemBatcher().maxItemsPerBatchPath()));
            exclusive(context, entry, List.of("ItemBatcher"), names(batcher, "MaxInputBytesPerBatch",
                    map.itemBatcher().maxInputBytesPerBatch(), "MaxInputBytesPerBatchPath",
                    map.itemBatcher().maxInputBytesPerBatchPath()));
        }
        if (map.itemReader() != null && map.itemReader().readerConfig() != null) {
            var config = map.itemReader().readerConfig();
            exclusive(context, entry, List.of("ItemReader", "ReaderConfig"), names(config.extras(), "MaxItems",
                    config.maxItems(), "MaxItemsPath", config.maxItemsPath()));
        }
    }

    /** @return the names of the given fields that are present, typed or not */
    private static List<String> names(Extras extras, Object... namesAndValues) {
        List<String> present = new ArrayList<>(2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (namesAndValues[i + 1] != null || extras.has(name)) {
                present.add(name);
            }
        }
        return present;
    }

    private static void exclusive(ValidationContext context, StateEntry entry, List<String> prefix,
                                  List<String> present) {
        if (present.size() < 2) {
            return;
        }
        List<Object> tokens = new ArrayList<>(prefix);
        tokens.add(present.get(1));
        String first = present.get(0);
        String others = String.join(" and ", present.subList(1, present.size()));
        context.report(entry, first + " and " + others + " cannot be given together: keep one"
                + (present.size() > 2 ? "." : " (the value, or the path to read it from)."), tokens.toArray());
    }
}

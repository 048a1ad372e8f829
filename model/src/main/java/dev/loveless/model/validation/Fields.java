package dev.loveless.model.validation;

import dev.loveless.model.ChoiceState;
import dev.loveless.model.Extras;
import dev.loveless.model.FailState;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.PassState;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StateType;
import dev.loveless.model.TaskState;
import dev.loveless.model.WaitState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields ASL allows where: per state type (both query languages together), the fields only
 * one query language has, the fields of the nested objects, and the JSON type each known field
 * must have. The single source of these facts for the structure rules.
 */
public final class Fields {

    /** Fields only a JSONPath state (or object) may have. */
    public static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath", "Parameters",
            "ResultSelector", "ResultPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath",
            "TimestampPath", "ErrorPath", "CausePath", "ItemsPath", "MaxConcurrencyPath",
            "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "Result", "MaxItemsPath",
            "MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath", "Variable");
    /** Fields only a JSONata state (or object) may have. */
    public static final Set<String> JSONATA_ONLY = Set.of("Arguments", "Output", "Items", "Condition");

    public static final Set<String> MACHINE = Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds",
            "QueryLanguage");
    public static final Set<String> BRANCH = Set.of("Comment", "StartAt", "States");
    public static final Set<String> PROCESSOR = Set.of("Comment", "StartAt", "States", "ProcessorConfig");
    public static final Set<String> RETRIER = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts",
            "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment");
    public static final Set<String> CATCHER = Set.of("ErrorEquals", "Next", "ResultPath", "Output", "Assign",
            "Comment");
    public static final Set<String> PROCESSOR_CONFIG = Set.of("Mode", "ExecutionType");
    public static final Set<String> ITEM_READER = Set.of("Resource", "ReaderConfig", "Parameters", "Arguments");
    public static final Set<String> READER_CONFIG = Set.of("InputType", "CSVHeaderLocation", "CSVHeaders",
            "CSVDelimiter", "MaxItems", "MaxItemsPath", "ManifestType");
    public static final Set<String> ITEM_BATCHER = Set.of("MaxItemsPerBatch", "MaxItemsPerBatchPath",
            "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput");
    public static final Set<String> RESULT_WRITER = Set.of("Resource", "Parameters", "Arguments", "WriterConfig");
    public static final Set<String> WRITER_CONFIG = Set.of("OutputType", "Transformation");

    private static final Map<StateType, Set<String>> BY_TYPE = new EnumMap<>(StateType.class);
    private static final Map<String, String> TYPES = new HashMap<>();

    static {
        BY_TYPE.put(StateType.TASK, Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath",
                "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Retry", "Catch", "Resource",
                "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials",
                "Assign", "Arguments", "Output"));
        BY_TYPE.put(StateType.PASS, Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath",
                "OutputPath", "Parameters", "ResultPath", "Result", "Assign", "Output"));
        BY_TYPE.put(StateType.CHOICE, Set.of("Type", "Comment", "QueryLanguage", "InputPath", "OutputPath",
                "Choices", "Default", "Assign", "Output"));
        BY_TYPE.put(StateType.WAIT, Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath",
                "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign", "Output"));
        BY_TYPE.put(StateType.SUCCEED, Set.of("Type", "Comment", "QueryLanguage", "InputPath", "OutputPath",
                "Output"));
        BY_TYPE.put(StateType.FAIL, Set.of("Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause",
                "CausePath"));
        BY_TYPE.put(StateType.PARALLEL, Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath",
                "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Retry", "Catch", "Branches", "Assign",
                "Arguments", "Output"));
        BY_TYPE.put(StateType.MAP, Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath",
                "OutputPath", "ItemsPath", "ItemSelector", "Parameters", "ResultSelector", "ResultPath", "Retry",
                "Catch", "ItemProcessor", "Iterator", "ItemReader", "ItemBatcher", "ResultWriter", "MaxConcurrency",
                "MaxConcurrencyPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
                "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "Assign", "Items", "Output"));

        for (String text : List.of("Comment", "QueryLanguage", "Next", "Resource", "TimeoutSecondsPath",
                "HeartbeatSecondsPath", "Default", "SecondsPath", "Timestamp", "TimestampPath", "Error", "ErrorPath",
                "Cause", "CausePath", "ItemsPath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
                "ToleratedFailureCountPath", "Label", "StartAt", "Version", "Mode", "ExecutionType", "InputType",
                "CSVHeaderLocation", "CSVDelimiter", "MaxItemsPath", "ManifestType", "MaxItemsPerBatchPath",
                "MaxInputBytesPerBatchPath", "OutputType", "Transformation", "JitterStrategy", "Variable", "Type")) {
            TYPES.put(text, "a string");
        }
        TYPES.put("End", "true");
        for (String path : List.of("InputPath", "OutputPath", "ResultPath")) {
            TYPES.put(path, "a path string or null");
        }
        for (String objects : List.of("Retry", "Catch", "Choices", "Branches", "And", "Or")) {
            TYPES.put(objects, "an array of objects");
        }
        for (String object : List.of("States", "ItemProcessor", "Iterator", "ItemReader", "ItemBatcher",
                "ResultWriter", "ProcessorConfig", "ReaderConfig", "WriterConfig", "Not")) {
            TYPES.put(object, "an object");
        }
        TYPES.put("ErrorEquals", "an array of error names (strings)");
        for (String integer : List.of("IntervalSeconds", "MaxAttempts", "MaxDelaySeconds")) {
            TYPES.put(integer, "an integer");
        }
        TYPES.put("BackoffRate", "a number");
    }

    private Fields() {
    }

    /** @return the fields a state of this type may have, in either query language */
    public static Set<String> allowed(StateType type) {
        return BY_TYPE.get(type);
    }

    /** @return how a known field's value must look ("a string"…), or {@code null} for a field of any JSON type */
    public static String expectedType(String field) {
        return TYPES.get(field);
    }

    /** @return the names of the fields a state has, in document order when it was read from text */
    public static List<String> present(State state) {
        Extras extras = state.extras();
        if (!extras.order().isEmpty()) {
            return extras.order();
        }
        List<String> names = new ArrayList<>();
        if (state.type() != null) {
            names.add("Type");
        }
        StateCommon c = state.common();
        add(names, "Comment", c.comment());
        add(names, "QueryLanguage", c.queryLanguage());
        add(names, "Next", c.next());
        add(names, "End", c.end());
        add(names, "InputPath", c.inputPath());
        add(names, "OutputPath", c.outputPath());
        add(names, "Parameters", c.parameters());
        add(names, "Arguments", c.arguments());
        add(names, "ResultSelector", c.resultSelector());
        add(names, "ResultPath", c.resultPath());
        add(names, "Output", c.output());
        add(names, "Assign", c.assign());
        add(names, "Retry", c.retry());
        add(names, "Catch", c.catchers());
        if (state instanceof TaskState t) {
            add(names, "Resource", t.resource());
            add(names, "TimeoutSeconds", t.timeoutSeconds());
            add(names, "TimeoutSecondsPath", t.timeoutSecondsPath());
            add(names, "HeartbeatSeconds", t.heartbeatSeconds());
            add(names, "HeartbeatSecondsPath", t.heartbeatSecondsPath());
            add(names, "Credentials", t.credentials());
        } else if (state instanceof PassState p) {
            add(names, "Result", p.result());
        } else if (state instanceof ChoiceState ch) {
            add(names, "Choices", ch.choices());
            add(names, "Default", ch.defaultState());
        } else if (state instanceof WaitState w) {
            add(names, "Seconds", w.seconds());
            add(names, "SecondsPath", w.secondsPath());
            add(names, "Timestamp", w.timestamp());
            add(names, "TimestampPath", w.timestampPath());
        } else if (state instanceof FailState f) {
            add(names, "Error", f.error());
            add(names, "ErrorPath", f.errorPath());
            add(names, "Cause", f.cause());
            add(names, "CausePath", f.causePath());
        } else if (state instanceof ParallelState pa) {
            add(names, "Branches", pa.branches());
        } else if (state instanceof MapState m) {
            add(names, "ItemProcessor", m.itemProcessor());
            add(names, "Iterator", m.iterator());
            add(names, "ItemsPath", m.itemsPath());
            add(names, "Items", m.items());
            add(names, "ItemSelector", m.itemSelector());
            add(names, "ItemReader", m.itemReader());
            add(names, "ItemBatcher", m.itemBatcher());
            add(names, "ResultWriter", m.resultWriter());
            add(names, "MaxConcurrency", m.maxConcurrency());
            add(names, "MaxConcurrencyPath", m.maxConcurrencyPath());
            add(names, "ToleratedFailurePercentage", m.toleratedFailurePercentage());
            add(names, "ToleratedFailurePercentagePath", m.toleratedFailurePercentagePath());
            add(names, "ToleratedFailureCount", m.toleratedFailureCount());
            add(names, "ToleratedFailureCountPath", m.toleratedFailureCountPath());
            add(names, "Label", m.label());
        }
        names.addAll(extras.unknown().keySet());
        return names;
    }

    /** @return the names of an object's fields: its key order when read from text, else its unknown fields plus {@code typed} */
    public static List<String> present(Extras extras, Object... typedNamesAndValues) {
        if (!extras.order().isEmpty()) {
            return extras.order();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 1 < typedNamesAndValues.length; i += 2) {
            add(names, (String) typedNamesAndValues[i], typedNamesAndValues[i + 1]);
        }
        names.addAll(extras.unknown().keySet());
        return names;
    }

    private static void add(List<String> names, String name, Object value) {
        if (value != null) {
            names.add(name);
        }
    }
}

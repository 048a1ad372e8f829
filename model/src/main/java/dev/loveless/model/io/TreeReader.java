package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.Branch;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.ComparisonOperator;
import dev.loveless.model.Extras;
import dev.loveless.model.FailState;
import dev.loveless.model.ItemBatcher;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.ItemReader;
import dev.loveless.model.MapState;
import dev.loveless.model.ParallelState;
import dev.loveless.model.PassState;
import dev.loveless.model.ProcessorConfig;
import dev.loveless.model.ReaderConfig;
import dev.loveless.model.Retrier;
import dev.loveless.model.ResultWriter;
import dev.loveless.model.State;
import dev.loveless.model.StateCommon;
import dev.loveless.model.StateMachine;
import dev.loveless.model.StateType;
import dev.loveless.model.States;
import dev.loveless.model.SucceedState;
import dev.loveless.model.TaskState;
import dev.loveless.model.UnknownState;
import dev.loveless.model.WaitState;
import dev.loveless.model.WriterConfig;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a JSON tree into the ASL model. Never fails: whatever is missing is {@code null}, whatever
 * is unknown or ill-typed is kept in the {@link Extras} of the object it appeared in.
 */
final class TreeReader {

    private TreeReader() {
    }

    /** @return the machine of a definition */
    static StateMachine machine(ObjectNode root) {
        FieldReader fields = new FieldReader(root);
        String comment = fields.text("Comment");
        String startAt = fields.text("StartAt");
        States states = fields.object("States", TreeReader::states);
        String version = fields.text("Version");
        JsonNode timeoutSeconds = fields.any("TimeoutSeconds");
        String queryLanguage = fields.text("QueryLanguage");
        return new StateMachine(comment, startAt, states, version, timeoutSeconds, queryLanguage, fields.extras());
    }

    static States states(ObjectNode object) {
        Map<String, State> states = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            states.put(entry.getKey(), state(entry.getValue()));
        }
        return new States(states);
    }

    static State state(JsonNode node) {
        if (!node.isObject()) {
            return new UnknownState(null, StateCommon.EMPTY, node, Extras.NONE);
        }
        FieldReader fields = new FieldReader((ObjectNode) node);
        JsonNode typeNode = node.get("Type");
        String typeName = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : null;
        StateType type = StateType.fromAslName(typeName);
        if (type == null) {
            if (typeName != null) {
                fields.text("Type");
            }
            StateCommon common = common(fields);
            return new UnknownState(typeName, common, null, fields.extras());
        }
        fields.text("Type");
        switch (type) {
            case TASK:
                return task(fields);
            case PASS:
                return pass(fields);
            case CHOICE:
                return choice(fields);
            case WAIT:
                return waitState(fields);
            case SUCCEED:
                return new SucceedState(common(fields), fields.extras());
            case FAIL:
                return fail(fields);
            case PARALLEL:
                return parallel(fields);
            case MAP:
                return map(fields);
            default:
                throw new IllegalStateException("unhandled state type " + type);
        }
    }

    private static StateCommon common(FieldReader fields) {
        return new StateCommon(
                fields.text("Comment"),
                fields.text("QueryLanguage"),
                fields.text("Next"),
                fields.bool("End"),
                fields.textOrNull("InputPath"),
                fields.textOrNull("OutputPath"),
                fields.any("Parameters"),
                fields.any("Arguments"),
                fields.any("ResultSelector"),
                fields.textOrNull("ResultPath"),
                fields.any("Output"),
                fields.any("Assign"),
                fields.objects("Retry", TreeReader::retrier),
                fields.objects("Catch", TreeReader::catcher));
    }

    private static TaskState task(FieldReader fields) {
        StateCommon common = common(fields);
        return new TaskState(common,
                fields.text("Resource"),
                fields.any("TimeoutSeconds"),
                fields.text("TimeoutSecondsPath"),
                fields.any("HeartbeatSeconds"),
                fields.text("HeartbeatSecondsPath"),
                fields.any("Credentials"),
                fields.extras());
    }

    private static PassState pass(FieldReader fields) {
        StateCommon common = common(fields);
        return new PassState(common, fields.any("Result"), fields.extras());
    }

    private static ChoiceState choice(FieldReader fields) {
        StateCommon common = common(fields);
        return new ChoiceState(common,
                fields.objects("Choices", TreeReader::rule),
                fields.text("Default"),
                fields.extras());
    }

    private static WaitState waitState(FieldReader fields) {
        StateCommon common = common(fields);
        return new WaitState(common,
                fields.any("Seconds"),
                fields.text("SecondsPath"),
                fields.text("Timestamp"),
                fields.text("TimestampPath"),
                fields.extras());
    }

    private static FailState fail(FieldReader fields) {
        StateCommon common = common(fields);
        return new FailState(common,
                fields.text("Error"),
                fields.text("ErrorPath"),
                fields.text("Cause"),
                fields.text("CausePath"),
                fields.extras());
    }

    private static ParallelState parallel(FieldReader fields) {
        StateCommon common = common(fields);
        return new ParallelState(common, fields.objects("Branches", TreeReader::branch), fields.extras());
    }

    private static MapState map(FieldReader fields) {
        StateCommon common = common(fields);
        return new MapState(common,
                fields.object("ItemProcessor", TreeReader::processor),
                fields.object("Iterator", TreeReader::processor),
                fields.text("ItemsPath"),
                fields.any("Items"),
                fields.any("ItemSelector"),
                fields.object("ItemReader", TreeReader::itemReader),
                fields.object("ItemBatcher", TreeReader::itemBatcher),
                fields.object("ResultWriter", TreeReader::resultWriter),
                fields.any("MaxConcurrency"),
                fields.text("MaxConcurrencyPath"),
                fields.any("ToleratedFailurePercentage"),
                fields.text("ToleratedFailurePercentagePath"),
                fields.any("ToleratedFailureCount"),
                fields.text("ToleratedFailureCountPath"),
                fields.text("Label"),
                fields.extras());
    }

    private static Branch branch(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new Branch(fields.text("Comment"), fields.text("StartAt"),
                fields.object("States", TreeReader::states), fields.extras());
    }

    private static ItemProcessor processor(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ItemProcessor(
                fields.object("ProcessorConfig", TreeReader::processorConfig),
                fields.text("Comment"),
                fields.text("StartAt"),
                fields.object("States", TreeReader::states),
                fields.extras());
    }

    private static ProcessorConfig processorConfig(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ProcessorConfig(fields.text("Mode"), fields.text("ExecutionType"), fields.extras());
    }

    private static ItemReader itemReader(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ItemReader(
                fields.text("Resource"),
                fields.object("ReaderConfig", TreeReader::readerConfig),
                fields.any("Parameters"),
                fields.any("Arguments"),
                fields.extras());
    }

    private static ReaderConfig readerConfig(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ReaderConfig(
                fields.text("InputType"),
                fields.text("CSVHeaderLocation"),
                fields.any("CSVHeaders"),
                fields.text("CSVDelimiter"),
                fields.any("MaxItems"),
                fields.text("MaxItemsPath"),
                fields.text("ManifestType"),
                fields.extras());
    }

    private static ItemBatcher itemBatcher(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ItemBatcher(
                fields.any("MaxItemsPerBatch"),
                fields.text("MaxItemsPerBatchPath"),
                fields.any("MaxInputBytesPerBatch"),
                fields.text("MaxInputBytesPerBatchPath"),
                fields.any("BatchInput"),
                fields.extras());
    }

    private static ResultWriter resultWriter(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new ResultWriter(
                fields.text("Resource"),
                fields.any("Parameters"),
                fields.any("Arguments"),
                fields.object("WriterConfig", TreeReader::writerConfig),
                fields.extras());
    }

    private static WriterConfig writerConfig(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new WriterConfig(fields.text("OutputType"), fields.text("Transformation"), fields.extras());
    }

    private static Retrier retrier(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new Retrier(
                fields.texts("ErrorEquals"),
                fields.integer("IntervalSeconds"),
                fields.integer("MaxAttempts"),
                fields.decimal("BackoffRate"),
                fields.integer("MaxDelaySeconds"),
                fields.text("JitterStrategy"),
                fields.text("Comment"),
                fields.extras());
    }

    private static Catcher catcher(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        return new Catcher(
                fields.texts("ErrorEquals"),
                fields.text("Next"),
                fields.textOrNull("ResultPath"),
                fields.any("Output"),
                fields.any("Assign"),
                fields.text("Comment"),
                fields.extras());
    }

    static ChoiceRule rule(ObjectNode object) {
        FieldReader fields = new FieldReader(object);
        String variable = fields.text("Variable");
        ComparisonOperator operator = null;
        JsonNode operand = null;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            ComparisonOperator candidate = ComparisonOperator.fromAslName(names.next());
            if (candidate != null) {
                operator = candidate;
                operand = fields.any(candidate.aslName());
                break;
            }
        }
        return new ChoiceRule(
                variable,
                operator,
                operand,
                fields.objects("And", TreeReader::rule),
                fields.objects("Or", TreeReader::rule),
                fields.object("Not", TreeReader::rule),
                fields.any("Condition"),
                fields.text("Next"),
                fields.text("Comment"),
                fields.any("Assign"),
                fields.any("Output"),
                fields.extras());
    }
}

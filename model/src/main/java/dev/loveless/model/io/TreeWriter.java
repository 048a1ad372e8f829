package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.Branch;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
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
import dev.loveless.model.States;
import dev.loveless.model.SucceedState;
import dev.loveless.model.TaskState;
import dev.loveless.model.UnknownState;
import dev.loveless.model.WaitState;
import dev.loveless.model.WriterConfig;

/**
 * Turns the ASL model into a JSON tree, the exact inverse of {@link TreeReader}: fields in the
 * order they were read, unknown fields in place, new fields in the order of the ASL specification.
 */
final class TreeWriter {

    private TreeWriter() {
    }

    static ObjectNode machine(StateMachine machine) {
        return new FieldWriter()
                .text("Comment", machine.comment())
                .text("QueryLanguage", machine.queryLanguage())
                .text("StartAt", machine.startAt())
                .text("Version", machine.version())
                .any("TimeoutSeconds", machine.timeoutSeconds())
                .object("States", machine.states(), TreeWriter::states)
                .build(machine.extras());
    }

    static ObjectNode states(States states) {
        ObjectNode object = FieldWriter.nodes().objectNode();
        states.byName().forEach((name, state) -> object.set(name, state(state)));
        return object;
    }

    static JsonNode state(State state) {
        if (state instanceof UnknownState unknown && unknown.nonObject() != null) {
            return unknown.nonObject();
        }
        FieldWriter fields = new FieldWriter();
        fields.text("Type", state instanceof UnknownState unknown ? unknown.typeName() : state.type().aslName());
        fields.text("Comment", state.common().comment());
        fields.text("QueryLanguage", state.common().queryLanguage());
        if (state instanceof TaskState task) {
            fields.text("Resource", task.resource());
        }
        common(fields, state.common());
        if (state instanceof TaskState task) {
            fields.any("TimeoutSeconds", task.timeoutSeconds())
                    .text("TimeoutSecondsPath", task.timeoutSecondsPath())
                    .any("HeartbeatSeconds", task.heartbeatSeconds())
                    .text("HeartbeatSecondsPath", task.heartbeatSecondsPath())
                    .any("Credentials", task.credentials());
        } else if (state instanceof PassState pass) {
            fields.any("Result", pass.result());
        } else if (state instanceof ChoiceState choice) {
            fields.objects("Choices", choice.choices(), TreeWriter::rule)
                    .text("Default", choice.defaultState());
        } else if (state instanceof WaitState wait) {
            fields.any("Seconds", wait.seconds())
                    .text("SecondsPath", wait.secondsPath())
                    .text("Timestamp", wait.timestamp())
                    .text("TimestampPath", wait.timestampPath());
        } else if (state instanceof FailState fail) {
            fields.text("Error", fail.error())
                    .text("ErrorPath", fail.errorPath())
                    .text("Cause", fail.cause())
                    .text("CausePath", fail.causePath());
        } else if (state instanceof ParallelState parallel) {
            fields.objects("Branches", parallel.branches(), TreeWriter::branch);
        } else if (state instanceof MapState map) {
            map(fields, map);
        } else if (!(state instanceof SucceedState || state instanceof UnknownState)) {
            throw new IllegalStateException("unhandled state " + state.getClass());
        }
        transitionsLast(fields, state.common());
        return fields.build(state.extras());
    }

    private static void common(FieldWriter fields, StateCommon common) {
        fields.any("InputPath", common.inputPath())
                .any("Parameters", common.parameters())
                .any("Arguments", common.arguments())
                .any("ResultSelector", common.resultSelector())
                .any("ResultPath", common.resultPath())
                .any("OutputPath", common.outputPath())
                .any("Output", common.output())
                .any("Assign", common.assign())
                .objects("Retry", common.retry(), TreeWriter::retrier)
                .objects("Catch", common.catchers(), TreeWriter::catcher);
    }

    private static void transitionsLast(FieldWriter fields, StateCommon common) {
        fields.text("Next", common.next()).bool("End", common.end());
    }

    private static void map(FieldWriter fields, MapState map) {
        fields.text("ItemsPath", map.itemsPath())
                .any("Items", map.items())
                .object("ItemReader", map.itemReader(), TreeWriter::itemReader)
                .any("ItemSelector", map.itemSelector())
                .object("ItemBatcher", map.itemBatcher(), TreeWriter::itemBatcher)
                .any("MaxConcurrency", map.maxConcurrency())
                .text("MaxConcurrencyPath", map.maxConcurrencyPath())
                .any("ToleratedFailurePercentage", map.toleratedFailurePercentage())
                .text("ToleratedFailurePercentagePath", map.toleratedFailurePercentagePath())
                .any("ToleratedFailureCount", map.toleratedFailureCount())
                .text("ToleratedFailureCountPath", map.toleratedFailureCountPath())
                .text("Label", map.label())
                .object("ItemProcessor", map.itemProcessor(), TreeWriter::processor)
                .object("Iterator", map.iterator(), TreeWriter::processor)
                .object("ResultWriter", map.resultWriter(), TreeWriter::resultWriter);
    }

    private static ObjectNode branch(Branch branch) {
        return new FieldWriter()
                .text("Comment", branch.comment())
                .text("StartAt", branch.startAt())
                .object("States", branch.states(), TreeWriter::states)
                .build(branch.extras());
    }

    private static ObjectNode processor(ItemProcessor processor) {
        return new FieldWriter()
                .text("Comment", processor.comment())
                .object("ProcessorConfig", processor.processorConfig(), TreeWriter::processorConfig)
                .text("StartAt", processor.startAt())
                .object("States", processor.states(), TreeWriter::states)
                .build(processor.extras());
    }

    private static ObjectNode processorConfig(ProcessorConfig config) {
        return new FieldWriter()
                .text("Mode", config.mode())
                .text("ExecutionType", config.executionType())
                .build(config.extras());
    }

    private static ObjectNode itemReader(ItemReader reader) {
        return new FieldWriter()
                .text("Resource", reader.resource())
                .object("ReaderConfig", reader.readerConfig(), TreeWriter::readerConfig)
                .any("Parameters", reader.parameters())
                .any("Arguments", reader.arguments())
                .build(reader.extras());
    }

    private static ObjectNode readerConfig(ReaderConfig config) {
        return new FieldWriter()
                .text("InputType", config.inputType())
                .text("CSVHeaderLocation", config.csvHeaderLocation())
                .any("CSVHeaders", config.csvHeaders())
                .text("CSVDelimiter", config.csvDelimiter())
                .any("MaxItems", config.maxItems())
                .text("MaxItemsPath", config.maxItemsPath())
                .text("ManifestType", config.manifestType())
                .build(config.extras());
    }

    private static ObjectNode itemBatcher(ItemBatcher batcher) {
        return new FieldWriter()
                .any("MaxItemsPerBatch", batcher.maxItemsPerBatch())
                .text("MaxItemsPerBatchPath", batcher.maxItemsPerBatchPath())
                .any("MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch())
                .text("MaxInputBytesPerBatchPath", batcher.maxInputBytesPerBatchPath())
                .any("BatchInput", batcher.batchInput())
                .build(batcher.extras());
    }

    private static ObjectNode resultWriter(ResultWriter writer) {
        return new FieldWriter()
                .text("Resource", writer.resource())
                .any("Parameters", writer.parameters())
                .any("Arguments", writer.arguments())
                .object("WriterConfig", writer.writerConfig(), TreeWriter::writerConfig)
                .build(writer.extras());
    }

    private static ObjectNode writerConfig(WriterConfig config) {
        return new FieldWriter()
                .text("OutputType", config.outputType())
                .text("Transformation", config.transformation())
                .build(config.extras());
    }

    private static ObjectNode retrier(Retrier retrier) {
        return new FieldWriter()
                .text("Comment", retrier.comment())
                .texts("ErrorEquals", retrier.errorEquals())
                .integer("IntervalSeconds", retrier.intervalSeconds())
                .integer("MaxAttempts", retrier.maxAttempts())
                .decimal("BackoffRate", retrier.backoffRate())
                .integer("MaxDelaySeconds", retrier.maxDelaySeconds())
                .text("JitterStrategy", retrier.jitterStrategy())
                .build(retrier.extras());
    }

    private static ObjectNode catcher(Catcher catcher) {
        return new FieldWriter()
                .text("Comment", catcher.comment())
                .texts("ErrorEquals", catcher.errorEquals())
                .any("ResultPath", catcher.resultPath())
                .any("Output", catcher.output())
                .any("Assign", catcher.assign())
                .text("Next", catcher.next())
                .build(catcher.extras());
    }

    static ObjectNode rule(ChoiceRule rule) {
        FieldWriter fields = new FieldWriter()
                .text("Comment", rule.comment())
                .any("Condition", rule.condition())
                .text("Variable", rule.variable());
        if (rule.operator() != null) {
            fields.any(rule.operator().aslName(), rule.operand());
        }
        return fields
                .objects("And", rule.and(), TreeWriter::rule)
                .objects("Or", rule.or(), TreeWriter::rule)
                .object("Not", rule.not(), TreeWriter::rule)
                .any("Assign", rule.assign())
                .any("Output", rule.output())
                .text("Next", rule.next())
                .build(rule.extras());
    }
}

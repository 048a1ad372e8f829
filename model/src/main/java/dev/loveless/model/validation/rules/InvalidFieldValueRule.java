package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.ItemProcessor;
import dev.loveless.model.MapState;
import dev.loveless.model.StateMachine;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;

/**
 * {@code INVALID_FIELD_VALUE}: numbers are within the range AWS accepts (whole where they must be)
 * and enumerated fields hold one of their values: {@code TimeoutSeconds}, {@code HeartbeatSeconds},
 * {@code Seconds}, {@code MaxConcurrency}, {@code ToleratedFailurePercentage} (0–100) and
 * {@code …Count}, {@code ItemBatcher} and {@code ReaderConfig} limits, the machine's
 * {@code TimeoutSeconds} and {@code Version}, {@code ProcessorConfig.Mode}/{@code ExecutionType},
 * {@code ReaderConfig} and {@code WriterConfig} enumerations.
 */
public final class InvalidFieldValueRule extends AbstractRule {

    public InvalidFieldValueRule() {
        super("INVALID_FIELD_VALUE", Phase.STRUCTURE,
                "Numbers are within AWS's ranges and enumerated fields hold one of their values.");
    }

    @Override
    public void check(ValidationContext context) {
        StateMachine machine = context.machine();
        JsonNode timeout = machine.timeoutSeconds();
        if (timeout != null && timeout.isNumber()) {
            range(context, null, new NumericFields.Field("TimeoutSeconds", new Object[] {"TimeoutSeconds"}, timeout, 1,
                    NumericFields.MAX_SECONDS, true));
        }
        if (machine.version() != null && !machine.version().equals("1.0")) {
            context.reportMachine("Version must be \"1.0\" (the only ASL version), not \"" + machine.version() + "\".",
                    "Version");
        }
        for (StateEntry entry : context.states()) {
            for (NumericFields.Field field : NumericFields.of(entry)) {
                if (field.value().isNumber()) {
                    range(context, entry, field);
                }
            }
            if (entry.state() instanceof MapState map) {
                enums(context, entry, map);
            }
        }
    }

    private static void range(ValidationContext context, StateEntry entry, NumericFields.Field field) {
        JsonNode value = field.value();
        double number = value.doubleValue();
        String problem = null;
        if (field.integer() && !isWhole(value)) {
            problem = field.name() + " must be a whole number, not " + value.asText() + ".";
        } else if (number < field.min() || number > field.max()) {
            problem = field.name() + " must be " + describe(field) + ", not " + value.asText() + ".";
        }
        if (problem == null) {
            return;
        }
        if (entry == null) {
            context.reportMachine(problem, field.tokens());
        } else {
            context.report(entry, problem, field.tokens());
        }
    }

    private static boolean isWhole(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        return value.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    private static String describe(NumericFields.Field field) {
        long min = (long) field.min();
        long max = (long) field.max();
        if (max >= Integer.MAX_VALUE) {
            return min == 0 ? "0 or more" : "at least " + min;
        }
        return "between " + min + " and " + max;
    }

    private static void enums(ValidationContext context, StateEntry entry, MapState map) {
        processorConfig(context, entry, map.itemProcessor(), "ItemProcessor");
        processorConfig(context, entry, map.iterator(), "Iterator");
        if (map.itemReader() != null && map.itemReader().readerConfig() != null) {
            var config = map.itemReader().readerConfig();
            oneOf(context, entry, config.inputType(), List.of("CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"),
                    "ItemReader", "ReaderConfig", "InputType");
            oneOf(context, entry, config.csvHeaderLocation(), List.of("FIRST_ROW", "GIVEN"),
                    "ItemReader", "ReaderConfig", "CSVHeaderLocation");
            oneOf(context, entry, config.csvDelimiter(), List.of("COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"),
                    "ItemReader", "ReaderConfig", "CSVDelimiter");
            oneOf(context, entry, config.manifestType(), List.of("ATHENA_DATA", "S3_INVENTORY", "CSV"),
                    "ItemReader", "ReaderConfig", "ManifestType");
        }
        if (map.resultWriter() != null && map.resultWriter().writerConfig() != null) {
            var config = map.resultWriter().writerConfig();
            oneOf(context, entry, config.outputType(), List.of("JSON", "JSONL"),
                    "ResultWriter", "WriterConfig", "OutputType");
            oneOf(context, entry, config.transformation(), List.of("NONE", "COMPACT", "FLATTEN"),
                    "ResultWriter", "WriterConfig", "Transformation");
        }
    }

    private static void processorConfig(ValidationContext context, StateEntry entry, ItemProcessor processor,
                                        String field) {
        if (processor == null || processor.processorConfig() == null) {
            return;
        }
        oneOf(context, entry, processor.processorConfig().mode(), List.of("INLINE", "DISTRIBUTED"),
                field, "ProcessorConfig", "Mode");
        oneOf(context, entry, processor.processorConfig().executionType(), List.of("STANDARD", "EXPRESS"),
                field, "ProcessorConfig", "ExecutionType");
    }

    private static void oneOf(ValidationContext context, StateEntry entry, String value, List<String> allowed,
                              Object... tokens) {
        if (value != null && !allowed.contains(value)) {
            context.report(entry, tokens[tokens.length - 1] + " must be " + String.join(", ", allowed.subList(0,
                    allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1) + ", not \"" + value + "\".",
                    tokens);
        }
    }
}

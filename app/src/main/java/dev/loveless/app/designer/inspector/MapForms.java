package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.MapState;
import dev.loveless.model.edit.SetStateField;

import java.util.ArrayList;
import java.util.List;

/**
 * The Map state's sections: its items (inline or distributed, where the items come from, how each
 * is shaped), and for a distributed map the S3 item source, batching, concurrency and tolerated
 * failures, and the result writer.
 */
final class MapForms {

    static final String S3_GET_OBJECT = "arn:aws:states:::s3:getObject";
    static final String S3_LIST_OBJECTS = "arn:aws:states:::s3:listObjectsV2";
    static final String S3_PUT_OBJECT = "arn:aws:states:::s3:putObject";

    private MapForms() {
    }

    static List<Section> sections(FormBuilder form, MapState map) {
        boolean jsonpath = !form.jsonata();
        boolean distributed = map.isDistributed();
        String processor = map.itemProcessor() == null && map.iterator() != null ? "/Iterator" : "/ItemProcessor";
        List<Section> sections = new ArrayList<>();

        List<FormRow> items = new ArrayList<>();
        items.add(form.field(processor + "/ProcessorConfig/Mode", "Mode",
                "Inline runs the items inside this execution (up to 40 at a time); distributed runs them as child"
                        + " executions, for up to millions of items such as the files of a bucket.",
                FieldKind.CHOICE, FormBuilder.options("", "Inline (default)", "INLINE", "Inline", "DISTRIBUTED", "Distributed")));
        if (distributed) {
            items.add(form.field(processor + "/ProcessorConfig/ExecutionType", "Child workflow type",
                    "Express children are cheaper and faster for short work (up to 5 minutes); Standard ones may run for a year.",
                    FieldKind.CHOICE, FormBuilder.options("", "Not set", "STANDARD", "Standard", "EXPRESS", "Express")));
        }
        if (jsonpath) {
            items.add(form.field("/ItemsPath", "Items (list in the input)", "A path to the list to go through, e.g. $.orders.",
                    FieldKind.REFERENCE_PATH));
        }
        if (form.jsonata() || map.items() != null) {
            items.add(form.field("/Items", "Items", "The list to go through: a JSON array or {% $states.input.orders %}.",
                    FieldKind.JSON));
        }
        items.add(form.field("/ItemSelector", "Item selector", "A JSON template of what each iteration receives"
                + (jsonpath ? " ($$.Map.Item.Value is the item)." : " ($states.context.Map.Item.Value is the item)."),
                FieldKind.JSON));
        items.add(form.field("/MaxConcurrency", "At most at a time", "How many items run at once (0: as many as possible).",
                FieldKind.INTEGER));
        if (jsonpath) {
            items.add(form.field("/MaxConcurrencyPath", "At most at a time, from the input", "A path to the number.",
                    FieldKind.REFERENCE_PATH));
        }
        if (distributed) {
            items.add(form.field("/Label", "Label", "A short name shown for the child executions (up to 40 characters).",
                    FieldKind.TEXT));
        }
        sections.add(new Section("items", "Items", "Repeat the inner steps for every item of a list.", items));
        if (!distributed) {
            return sections;
        }

        String args = jsonpath ? "/Parameters" : "/Arguments";
        List<FormRow> reader = new ArrayList<>();
        reader.add(form.custom("/ItemReader/Resource", "Read the items from",
                "Leave as the input to use the list above; or read a file or a listing from Amazon S3.",
                FieldKind.CHOICE, FormBuilder.options("", "The input (list above)", S3_GET_OBJECT, "One S3 file (CSV, JSON, JSONL, manifest)",
                        S3_LIST_OBJECTS, "The objects under an S3 prefix"),
                (value, typing) -> writeOrRemove(form, "/ItemReader", "/ItemReader/Resource", value, "the item source")));
        reader.add(form.field("/ItemReader" + args, "Bucket and key", "e.g. {\"Bucket\": \"my-bucket\", \"Key\": \"orders.csv\"}"
                + " or {\"Bucket\": \"my-bucket\", \"Prefix\": \"images/\"}.", FieldKind.JSON));
        String config = "/ItemReader/ReaderConfig";
        // The file's settings show for a file, the CSV ones for a CSV file, the manifest's for a manifest.
        String inputType = readerInputType(map);
        if (!isListing(map)) {
            reader.add(form.field(config + "/InputType", "File type", "How to read the file.", FieldKind.CHOICE,
                    FormBuilder.options("", "Not set", "CSV", "CSV", "JSON", "JSON", "JSONL", "JSON Lines", "PARQUET", "Parquet",
                            "MANIFEST", "Manifest")));
        }
        if ("CSV".equals(inputType) || map.itemReader() != null && map.itemReader().readerConfig() != null
                && map.itemReader().readerConfig().csvHeaderLocation() != null) {
            reader.add(form.field(config + "/CSVHeaderLocation", "CSV headers", "Whether the first row names the columns.",
                    FieldKind.CHOICE, FormBuilder.options("", "Not set", "FIRST_ROW", "In the first row", "GIVEN", "Given below")));
            reader.add(form.field(config + "/CSVHeaders", "Column names", "When given: e.g. [\"id\", \"name\"].", FieldKind.JSON));
            reader.add(form.field(config + "/CSVDelimiter", "Delimiter", "What separates the columns.", FieldKind.CHOICE,
                    FormBuilder.options("", "Comma (default)", "COMMA", "Comma", "PIPE", "Pipe", "SEMICOLON", "Semicolon",
                            "SPACE", "Space", "TAB", "Tab")));
        }
        if ("MANIFEST".equals(inputType)) {
            reader.add(form.field(config + "/ManifestType", "Manifest type", "What wrote the manifest.", FieldKind.CHOICE,
                    FormBuilder.options("", "Not set", "S3_INVENTORY", "S3 inventory", "ATHENA_DATA", "Athena data", "CSV", "CSV")));
        }
        reader.add(form.field(config + "/MaxItems", "Read at most", "Stop after this many items (0: all).", FieldKind.INTEGER));
        if (jsonpath) {
            reader.add(form.field(config + "/MaxItemsPath", "Read at most, from the input", "A path to the number.",
                    FieldKind.REFERENCE_PATH));
        }
        sections.add(new Section("reader", "Item source", "Where a distributed map reads its items.", reader));

        List<FormRow> batching = new ArrayList<>();
        batching.add(form.field("/ItemBatcher/MaxItemsPerBatch", "Items per batch",
                "Give each child execution a batch of up to this many items.", FieldKind.INTEGER));
        batching.add(form.field("/ItemBatcher/MaxInputBytesPerBatch", "Bytes per batch", "A batch's size limit in bytes (up to 256 KiB).",
                FieldKind.INTEGER));
        if (jsonpath) {
            batching.add(form.field("/ItemBatcher/MaxItemsPerBatchPath", "Items per batch, from the input", "A path.",
                    FieldKind.REFERENCE_PATH));
            batching.add(form.field("/ItemBatcher/MaxInputBytesPerBatchPath", "Bytes per batch, from the input", "A path.",
                    FieldKind.REFERENCE_PATH));
        }
        batching.add(form.field("/ItemBatcher/BatchInput", "Batch input", "JSON added to every batch.", FieldKind.JSON));
        batching.add(form.field("/ToleratedFailurePercentage", "Tolerated failures (%)",
                "The map fails when more than this share of items fail (0–100).", FieldKind.DECIMAL));
        batching.add(form.field("/ToleratedFailureCount", "Tolerated failures (count)",
                "The map fails when more than this many items fail.", FieldKind.INTEGER));
        if (jsonpath) {
            batching.add(form.field("/ToleratedFailurePercentagePath", "Tolerated % from the input", "A path.",
                    FieldKind.REFERENCE_PATH));
            batching.add(form.field("/ToleratedFailureCountPath", "Tolerated count from the input", "A path.",
                    FieldKind.REFERENCE_PATH));
        }
        sections.add(new Section("batching", "Batching and failures", "How items are grouped and how many may fail.", batching));

        List<FormRow> writer = new ArrayList<>();
        writer.add(form.custom("/ResultWriter/Resource", "Write the results",
                "Return the results in the output, or write them to Amazon S3 (for large results).",
                FieldKind.CHOICE, FormBuilder.options("", "In the output", S3_PUT_OBJECT, "To S3"),
                (value, typing) -> writeOrRemove(form, "/ResultWriter", "/ResultWriter/Resource", value, "the result writer")));
        writer.add(form.field("/ResultWriter" + args, "Bucket and prefix", "e.g. {\"Bucket\": \"my-bucket\", \"Prefix\": \"results\"}.",
                FieldKind.JSON));
        writer.add(form.field("/ResultWriter/WriterConfig/OutputType", "Output format", "", FieldKind.CHOICE,
                FormBuilder.options("", "Not set", "JSON", "JSON", "JSONL", "JSON Lines")));
        writer.add(form.field("/ResultWriter/WriterConfig/Transformation", "Transformation",
                "NONE keeps each child's full record; COMPACT only its output; FLATTEN merges the outputs into one list.",
                FieldKind.CHOICE, FormBuilder.options("", "Not set", "NONE", "None", "COMPACT", "Compact", "FLATTEN", "Flatten")));
        sections.add(new Section("writer", "Results", "Where a distributed map puts its results.", writer));
        return sections;
    }

    /** @return the item reader's file type, or {@code null} */
    static String readerInputType(MapState map) {
        return map.itemReader() == null || map.itemReader().readerConfig() == null ? null
                : map.itemReader().readerConfig().inputType();
    }

    /** @return whether the items are an S3 listing (no file to read) */
    static boolean isListing(MapState map) {
        return map.itemReader() != null && S3_LIST_OBJECTS.equals(map.itemReader().resource());
    }

    /** Sets a resource, or removes the whole object when "none" is chosen (an object without a resource is invalid). */
    private static void writeOrRemove(FormBuilder form, String object, String pointer, JsonNode value, String what) {
        if (value == null) {
            form.execute(SetStateField.of(form.path(), object, null, "Remove " + what + " of \"" + form.path().name() + "\""));
            return;
        }
        form.execute(SetStateField.of(form.path(), pointer, value, "Change " + what + " of \"" + form.path().name() + "\""));
    }
}

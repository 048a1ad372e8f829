package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.exporters.diagram.StatePresentation;
import dev.loveless.model.MapState;
import dev.loveless.model.QueryLanguage;
import dev.loveless.model.State;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateType;
import dev.loveless.model.TaskState;
import dev.loveless.model.WorkerKind;
import dev.loveless.model.edit.CompoundEdit;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.Names;
import dev.loveless.model.edit.SetStateField;
import dev.loveless.model.io.StateJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the inspector form of a state: every field its type has, in sections with plain-words
 * labels and help — General, Worker (Tasks), the type's own section, Input and output, Variables,
 * Error handling (Retry and Catch), Timeouts. Fields of the other query language are shown only
 * when the state has them, so that nothing in the file is hidden.
 */
public final class StateForms {

    static final List<String> STANDARD_ERRORS = List.of("States.ALL", "States.TaskFailed", "States.Timeout",
            "States.HeartbeatTimeout", "States.Permissions", "States.ResultPathMatchFailure",
            "States.ParameterPathFailure", "States.QueryEvaluationError", "States.BranchFailed",
            "States.NoChoiceMatched", "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold",
            "States.ItemReaderFailed", "States.ResultWriterFailed", "Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
            "Lambda.Unknown");

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private StateForms() {
    }

    /** @return whether the state reads and writes data with JSONata (its own language, else the workflow's) */
    public static boolean isJsonata(Document document, State state) {
        String language = state.common().queryLanguage() != null ? state.common().queryLanguage()
                : document.machine().queryLanguage();
        return QueryLanguage.parseOr(language, QueryLanguage.JSONPATH) == QueryLanguage.JSONATA;
    }

    /** @return the shape a form is built for: when it changes, the form is built again */
    public static String shapeOf(Document document, StatePath path, State state) {
        StringBuilder shape = new StringBuilder(path.toString()).append('|')
                .append(state.type()).append('|').append(isJsonata(document, state));
        if (state instanceof TaskState task) {
            shape.append('|').append(task.worker().kind()).append(task.resource() != null
                    && task.resource().contains(":lambda:") && !task.resource().contains(":states:") ? "|arn" : "");
        }
        if (state instanceof MapState map) {
            shape.append('|').append(map.isDistributed()).append(map.itemProcessor() == null && map.iterator() != null)
                    .append('|').append(MapForms.isListing(map)).append('|').append(MapForms.readerInputType(map));
        }
        return shape.toString();
    }

    /** @return the JSON the form reads: the state's own, as ASL writes it */
    public static JsonNode sourceOf(State state) {
        JsonNode json = StateJson.toJson(state);
        if (state instanceof TaskState task && json.isObject()) {
            TaskForms.addVirtualFields((ObjectNode) json, task);
        }
        return json;
    }

    /**
     * @param remembered the names this state's workers had in this session (for the Lambda ⇄ Activity switch)
     * @return the form of the state at {@code path}
     */
    public static FormModel build(EditorViewModel editor, StatePath path, State state, Map<WorkerKind, String> remembered) {
        Document document = editor.document();
        boolean jsonata = isJsonata(document, state);
        FormBuilder form = new FormBuilder(editor, path, jsonata);
        List<Section> sections = new ArrayList<>();
        sections.add(general(form, state));
        if (state instanceof TaskState task) {
            sections.add(TaskForms.worker(form, task, remembered));
        }
        StateType type = state.type();
        if (type == StateType.CHOICE) {
            sections.add(choice(form));
        } else if (type == StateType.WAIT) {
            sections.add(waitSection(form));
        } else if (type == StateType.FAIL) {
            sections.add(failSection(form));
        } else if (type == StateType.PARALLEL) {
            sections.add(new Section("branches", "Branches",
                    "Each branch runs at the same time; the step continues when all have finished.",
                    List.of(new BranchesModel(path, form::execute))));
        } else if (type == StateType.MAP) {
            sections.addAll(MapForms.sections(form, (MapState) state));
        }
        Section io = inputOutput(form, state);
        if (!io.rows().isEmpty()) {
            sections.add(io);
        }
        if (type != StateType.FAIL) {
            sections.add(new Section("variables", "Variables",
                    "Store values for later steps: each key is a variable name, its value JSON"
                            + (jsonata ? " or {% … %}." : " or a path (key ending in .$)."),
                    List.of(form.field("/Assign", "Set variables", "e.g. {\"orderId\": \"{% $states.input.id %}\"}.",
                            FieldKind.JSON))));
        }
        if (type == StateType.TASK || type == StateType.PARALLEL || type == StateType.MAP) {
            sections.add(errorHandling(form));
        }
        if (type == StateType.TASK) {
            sections.add(TaskForms.timeouts(form));
        }
        StatePresentation look = StatePresentation.of(state);
        String subtitle = (type == null ? "Unknown type" : type.aslName()) + " · " + look.kind();
        return new FormModel(path, path.name(), subtitle, shapeOf(document, path, state), sections);
    }

    private static Section general(FormBuilder form, State state) {
        List<FormRow> rows = new ArrayList<>();
        EditorViewModel editor = form.editor();
        StatePath path = form.path();
        FieldModel name = form.custom("/#name", "Name", "Unique in the workflow; up to 80 characters. Press Enter to rename.",
                FieldKind.TEXT, List.of(), (value, typing) -> { });
        name.withCheck(text -> {
            String trimmed = text.strip();
            String problem = Names.problemWith(trimmed);
            if (problem == null && !trimmed.equals(path.name()) && Names.used(editor.document().machine()).contains(trimmed)) {
                problem = "There is already a state named \"" + trimmed + "\".";
            }
            return problem;
        });
        rows.add(new RenameField(name, editor, path));
        rows.add(form.field("/Comment", "Description", "What this step does, in plain words (shown in reading mode).",
                FieldKind.MULTILINE));
        rows.add(form.field("/QueryLanguage", "Query language",
                "How this step reads and shapes data; by default the workflow's.", FieldKind.CHOICE,
                FormBuilder.options("", "Same as the workflow", "JSONPath", "JSONPath", "JSONata", "JSONata")));
        StateType type = state.type();
        if (type != StateType.CHOICE && type != StateType.SUCCEED && type != StateType.FAIL) {
            rows.add(form.custom("/Next", "Then go to", "The next step. Choose none and tick \"Ends the workflow\" to stop here.",
                    FieldKind.STATE, List.of(), (value, typing) -> form.execute(new CompoundEdit(
                            "Change the next step of \"" + path.name() + "\"", List.of(
                            SetStateField.of(path, "/Next", value, "next"),
                            SetStateField.of(path, "/End", null, "end"))))).withOptions(form::siblings));
            rows.add(form.custom("/End", "Ends the workflow", "This step is the last of its branch.",
                    FieldKind.BOOLEAN, List.of(), (value, typing) -> form.execute(new CompoundEdit(
                            "Change whether \"" + path.name() + "\" ends", List.of(
                            SetStateField.of(path, "/End", value, "end"),
                            SetStateField.of(path, "/Next", null, "next"))))));
        }
        return new Section("general", "General", "", rows);
    }

    private static Section choice(FormBuilder form) {
        StatePath path = form.path();
        ChoiceRulesModel rules = new ChoiceRulesModel(form.jsonata(), form.ruleFields(), form.listWriter(), () -> {
            List<Option> siblings = form.siblings();
            return siblings.size() > 1 ? siblings.get(1).value() : null;
        });
        return new Section("rules", "Rules", "The first rule that matches decides the next step; otherwise the default.",
                List.of(rules, form.stateField("/Default", "Otherwise go to",
                        "Where to go when no rule matches. Without it, no match fails the workflow.")));
    }

    private static Section waitSection(FormBuilder form) {
        List<FormRow> rows = new ArrayList<>();
        rows.add(form.field("/Seconds", "Wait for (seconds)", "How long to pause. Give one of the four fields.", FieldKind.INTEGER));
        rows.add(form.field("/Timestamp", "Wait until", "A time such as 2025-12-31T23:59:00Z"
                + (form.jsonata() ? ", or {% … %}." : "."), form.jsonata() ? FieldKind.JSON : FieldKind.TIMESTAMP));
        if (!form.jsonata()) {
            rows.add(form.field("/SecondsPath", "Seconds from the input", "A path to a number of seconds, e.g. $.delay.",
                    FieldKind.REFERENCE_PATH));
            rows.add(form.field("/TimestampPath", "Time from the input", "A path to a timestamp, e.g. $.due.",
                    FieldKind.REFERENCE_PATH));
        }
        return new Section("wait", "Wait", "Pause the workflow for a time or until a moment.", rows);
    }

    private static Section failSection(FormBuilder form) {
        List<FormRow> rows = new ArrayList<>();
        rows.add(form.field("/Error", "Error name", "A short name callers can catch, e.g. OrderRejected.", FieldKind.TEXT));
        rows.add(form.field("/Cause", "Cause", "What went wrong, in words.", FieldKind.MULTILINE));
        if (!form.jsonata()) {
            rows.add(form.field("/ErrorPath", "Error name from the input", "A path, e.g. $.error.", FieldKind.PATH));
            rows.add(form.field("/CausePath", "Cause from the input", "A path, e.g. $.cause.", FieldKind.PATH));
        }
        return new Section("fail", "Failure", "Stop the workflow as failed.", rows);
    }

    private static Section inputOutput(FormBuilder form, State state) {
        JsonNode source = sourceOf(state);
        StateType type = state.type();
        boolean task = type == StateType.TASK;
        boolean fail = type == StateType.FAIL;
        boolean shapesResult = task || type == StateType.PASS || type == StateType.PARALLEL || type == StateType.MAP;
        List<FormRow> rows = new ArrayList<>();
        boolean jsonpath = !form.jsonata();
        if (!fail && (jsonpath || FormBuilder.has(source, "InputPath"))) {
            rows.add(form.field("/InputPath", "Input (part of the input to use)",
                    "A path picking the part of the input this step works on, e.g. $.order. null: none.", FieldKind.PATH));
        }
        if (!task && (type == StateType.PASS || type == StateType.PARALLEL || type == StateType.MAP)
                && (jsonpath || FormBuilder.has(source, "Parameters"))) {
            rows.add(form.field("/Parameters", "Parameters", "A JSON template of the input; keys ending in .$ take a path.",
                    FieldKind.JSON));
        }
        if (!task && type == StateType.PARALLEL && (form.jsonata() || FormBuilder.has(source, "Arguments"))) {
            rows.add(form.field("/Arguments", "Arguments", "The input of the branches: JSON with {% … %} values.", FieldKind.JSON));
        }
        if (type == StateType.PASS) {
            rows.add(form.field("/Result", "Result", "A fixed JSON value this step outputs.", FieldKind.JSON));
        }
        if ((task || type == StateType.PARALLEL || type == StateType.MAP) && (jsonpath || FormBuilder.has(source, "ResultSelector"))) {
            rows.add(form.field("/ResultSelector", "Result selector", "A JSON template picking parts of the result.", FieldKind.JSON));
        }
        if (shapesResult && (jsonpath || FormBuilder.has(source, "ResultPath"))) {
            rows.add(form.field("/ResultPath", "Put the result at",
                    "Where the result goes in the input, e.g. $.result; empty: the result replaces the input; null: keep the input.",
                    FieldKind.REFERENCE_PATH));
        }
        if (!fail && (jsonpath || FormBuilder.has(source, "OutputPath"))) {
            rows.add(form.field("/OutputPath", "Output (part to pass on)", "A path picking what goes to the next step.",
                    FieldKind.PATH));
        }
        if (!fail && (form.jsonata() || FormBuilder.has(source, "Output"))) {
            rows.add(form.field("/Output", "Output", "What goes to the next step: JSON with {% … %} values, or one {% … %}.",
                    FieldKind.JSON));
        }
        return new Section("io", "Input and output", "How this step reads its input and shapes its output.", rows);
    }

    private static Section errorHandling(FormBuilder form) {
        boolean jsonata = form.jsonata();
        ItemListModel retry = new ItemListModel("/Retry", "Retry rule", "Add a retry rule", i -> {
            String at = "/Retry/" + i;
            return List.of(
                    errors(form, at + "/ErrorEquals"),
                    form.field(at + "/IntervalSeconds", "First wait (s)", "Seconds before the first retry (default 1).", FieldKind.INTEGER),
                    form.field(at + "/MaxAttempts", "Attempts", "How many retries at most (default 3; 0: never).", FieldKind.INTEGER),
                    form.field(at + "/BackoffRate", "Backoff", "Each wait is this many times the last (default 2).", FieldKind.DECIMAL),
                    form.field(at + "/MaxDelaySeconds", "Longest wait (s)", "A cap on any one wait.", FieldKind.INTEGER),
                    form.field(at + "/JitterStrategy", "Jitter", "FULL spreads retries randomly so they do not all come at once.",
                            FieldKind.CHOICE, FormBuilder.options("", "None (default)", "FULL", "FULL", "NONE", "NONE")),
                    form.field(at + "/Comment", "Note", "", FieldKind.TEXT));
        }, () -> {
            ObjectNode item = NODES.objectNode();
            item.putArray("ErrorEquals").add("States.ALL");
            item.put("IntervalSeconds", 1);
            item.put("MaxAttempts", 3);
            item.put("BackoffRate", 2);
            return item;
        }, form.listWriter());
        ItemListModel catchers = new ItemListModel("/Catch", "Catch rule", "Add a catch rule", i -> {
            String at = "/Catch/" + i;
            List<FieldModel> fields = new ArrayList<>();
            fields.add(errors(form, at + "/ErrorEquals"));
            fields.add(form.stateField(at + "/Next", "Then go to", "The step that handles the error."));
            if (jsonata) {
                fields.add(form.field(at + "/Output", "Output", "What the handler receives ({% $states.errorOutput %}).", FieldKind.JSON));
            } else {
                fields.add(form.field(at + "/ResultPath", "Put the error at", "e.g. $.error; empty: the error replaces the input.",
                        FieldKind.REFERENCE_PATH));
            }
            fields.add(form.field(at + "/Assign", "Set variables", "", FieldKind.JSON));
            fields.add(form.field(at + "/Comment", "Note", "", FieldKind.TEXT));
            return fields;
        }, () -> {
            ObjectNode item = NODES.objectNode();
            ArrayNode errors = item.putArray("ErrorEquals");
            errors.add("States.ALL");
            List<Option> siblings = form.siblings();
            if (siblings.size() > 1) {
                item.put("Next", siblings.get(1).value());
            }
            return item;
        }, form.listWriter());
        return new Section("errors", "Error handling",
                "Retry rules try the step again; catch rules go to another step when it still fails. The first that matches applies.",
                List.of(retry, catchers));
    }

    private static FieldModel errors(FormBuilder form, String pointer) {
        List<Option> options = new ArrayList<>();
        STANDARD_ERRORS.forEach(error -> options.add(new Option(error, error)));
        return form.field(pointer, "Errors", "Which errors: pick States.ALL for any, or type your own error name.",
                FieldKind.ERRORS, options);
    }
}

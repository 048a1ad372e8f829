package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.model.QueryLanguage;
import dev.loveless.model.StateMachine;
import dev.loveless.model.diagram.WorkflowSettings;
import dev.loveless.model.edit.Document;
import dev.loveless.model.edit.SetMachineField;
import dev.loveless.model.edit.SetWorkflowSettings;
import dev.loveless.model.validation.WorkflowType;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflow's own form, shown when no step is selected: its description, start, query
 * language, time limit and version (ASL), and its type and name for deploy (kept beside the
 * definition, not in it).
 */
public final class MachineForm {

    private MachineForm() {
    }

    /** @return the JSON the form reads: the machine's own fields and the deploy settings as {@code #type}/{@code #name} */
    public static JsonNode sourceOf(Document document) {
        StateMachine machine = document.machine();
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        putText(source, "Comment", machine.comment());
        putText(source, "StartAt", machine.startAt());
        putText(source, "QueryLanguage", machine.queryLanguage());
        if (machine.timeoutSeconds() != null) {
            source.set("TimeoutSeconds", machine.timeoutSeconds());
        }
        putText(source, "Version", machine.version());
        source.put("#type", document.settings().type().name());
        putText(source, "#name", document.settings().name());
        return source;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** @return the shape of the workflow form (its fields depend on nothing but the query language) */
    public static String shapeOf(Document document) {
        return "workflow|" + document.machine().effectiveQueryLanguage();
    }

    public static FormModel build(EditorViewModel editor, String displayName) {
        Document document = editor.document();
        boolean jsonata = document.machine().effectiveQueryLanguage() == QueryLanguage.JSONATA;
        List<FormRow> general = new ArrayList<>();
        general.add(machineField(editor, "Comment", "Description", "What the workflow is for, in plain words.",
                FieldKind.MULTILINE, List.of(), jsonata));
        general.add(machineField(editor, "StartAt", "Starts at", "The first step.", FieldKind.STATE, List.of(), jsonata)
                .withOptions(() -> {
                    List<Option> options = new ArrayList<>();
                    options.add(new Option("", "— none —"));
                    editor.document().machine().statesOrEmpty().names().forEach(name -> options.add(new Option(name, name)));
                    return options;
                }));
        general.add(machineField(editor, "QueryLanguage", "Query language",
                "How steps read and shape data by default: JSONPath (classic) or JSONata (expressions, variables).",
                FieldKind.CHOICE, FormBuilder.options("", "JSONPath (default)", "JSONPath", "JSONPath", "JSONata", "JSONata"), jsonata));
        general.add(machineField(editor, "TimeoutSeconds", "Time limit (s)",
                "Stop the whole workflow after this many seconds (empty: no limit but the service's).", FieldKind.INTEGER,
                List.of(), jsonata));
        general.add(machineField(editor, "Version", "ASL version", "The language version; 1.0 when empty.", FieldKind.TEXT,
                List.of(), jsonata));

        List<FormRow> deploy = new ArrayList<>();
        deploy.add(new FieldModel("/#type", "Workflow type",
                "Standard: up to a year, exactly once, with full history. Express: up to 5 minutes, high volume, cheaper;"
                        + " cannot wait for activities or callbacks.",
                FieldKind.CHOICE, jsonata, FormBuilder.options("STANDARD", "Standard", "EXPRESS", "Express"),
                (value, typing) -> {
                    WorkflowType type = WorkflowType.parse(value == null ? null : value.asText());
                    WorkflowSettings settings = editor.document().settings();
                    editor.execute(new SetWorkflowSettings(settings.withType(type == null ? WorkflowType.STANDARD : type), false));
                    editor.endGesture();
                }, editor::endGesture));
        deploy.add(new FieldModel("/#name", "Name for deploy",
                "The state machine's name in AWS (letters, digits, - and _); empty: from the file name.",
                FieldKind.TEXT, jsonata, List.of(),
                (value, typing) -> editor.execute(new SetWorkflowSettings(
                        editor.document().settings().withName(value == null ? null : value.asText().strip()), typing)),
                editor::endGesture).withCheck(WorkflowSettings::problemWithName));
        return new FormModel(null, displayName, "Workflow", shapeOf(document), List.of(
                new Section("workflow", "Workflow", "Select a step on the canvas to edit it.", general),
                new Section("deploy", "Deploy", "Kept beside the definition, not in it.", deploy)));
    }

    private static FieldModel machineField(EditorViewModel editor, String field, String label, String help, FieldKind kind,
                                           List<Option> options, boolean jsonata) {
        return new FieldModel("/" + field, label, help, kind, jsonata, options,
                (value, typing) -> editor.execute(new SetMachineField(field, value, typing)), editor::endGesture);
    }
}

package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.edit.Edit;
import dev.loveless.model.edit.SetStateField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the fields of one state's form: each writes its value with a {@link SetStateField} edit
 * through the editor (keystrokes merging into one undo step) and ends the gesture when the
 * person leaves the field.
 */
final class FormBuilder {

    private final EditorViewModel editor;
    private final StatePath path;
    private final boolean jsonata;

    FormBuilder(EditorViewModel editor, StatePath path, boolean jsonata) {
        this.editor = editor;
        this.path = path;
        this.jsonata = jsonata;
    }

    EditorViewModel editor() {
        return editor;
    }

    StatePath path() {
        return path;
    }

    boolean jsonata() {
        return jsonata;
    }

    /** @return a field writing its value at {@code pointer} of the state */
    FieldModel field(String pointer, String label, String help, FieldKind kind) {
        return field(pointer, label, help, kind, List.of());
    }

    FieldModel field(String pointer, String label, String help, FieldKind kind, List<Option> options) {
        String description = "Change " + label.toLowerCase(Locale.ROOT) + " of \"" + path.name() + "\"";
        return new FieldModel(pointer, label, help, kind, jsonata, options,
                (value, typing) -> editor.execute(new SetStateField(path, pointer, value, description, typing)),
                editor::endGesture);
    }

    /** @return a field with a writer of its own (a virtual field, or one that changes several values) */
    FieldModel custom(String pointer, String label, String help, FieldKind kind, List<Option> options,
                      FieldModel.FieldWriter writer) {
        return new FieldModel(pointer, label, help, kind, jsonata, options, writer, editor::endGesture);
    }

    /** @return a drop-down of the states this state may lead to (those of its own scope) */
    FieldModel stateField(String pointer, String label, String help) {
        return field(pointer, label, help, FieldKind.STATE).withOptions(this::siblings);
    }

    /** @return the states of this state's scope, with a first "none" choice */
    List<Option> siblings() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "— none —"));
        var scope = StateTree.scopeOf(editor.document().machine(), path);
        if (scope != null) {
            for (String name : scope.statesOrEmpty().names()) {
                if (!name.equals(path.name())) {
                    options.add(new Option(name, name));
                }
            }
        }
        return options;
    }

    /** @return a writer of structural list changes (add, remove, move) as plain undo steps */
    ListWriter listWriter() {
        return (pointer, value, description) -> {
            editor.execute(SetStateField.of(path, pointer, value, description + " of \"" + path.name() + "\""));
            editor.endGesture();
        };
    }

    /** Executes an edit as its own undo step. */
    void execute(Edit edit) {
        editor.execute(edit);
        editor.endGesture();
    }

    /** @return a field factory for the Choice rule builder */
    ChoiceRulesModel.FieldFactory ruleFields() {
        return new ChoiceRulesModel.FieldFactory() {
            @Override
            public FieldModel field(String pointer, String label, String help, FieldKind kind, List<Option> options) {
                return FormBuilder.this.field(pointer, label, help, kind, options);
            }

            @Override
            public FieldModel stateField(String pointer, String label, String help) {
                return FormBuilder.this.stateField(pointer, label, help);
            }
        };
    }

    static List<Option> options(String... valueLabelPairs) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            options.add(new Option(valueLabelPairs[i], valueLabelPairs[i + 1]));
        }
        return options;
    }

    static boolean has(JsonNode source, String field) {
        return source != null && source.has(field);
    }
}

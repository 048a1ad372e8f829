package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.app.designer.EditorViewModel;
import dev.loveless.model.StatePath;

/**
 * The state's name in the form: checked as the person types, applied when they press Enter or
 * leave the field, as one rename that rewrites every transition naming the state.
 */
public final class RenameField implements FormRow {

    private final FieldModel field;
    private final EditorViewModel editor;
    private final StatePath path;

    RenameField(FieldModel field, EditorViewModel editor, StatePath path) {
        this.field = field;
        this.editor = editor;
        this.path = path;
    }

    public FieldModel field() {
        return field;
    }

    @Override
    public void refresh(JsonNode source) {
        ObjectNode named = JsonNodeFactory.instance.objectNode();
        named.put("#name", path.name());
        field.refresh(named);
    }

    /** Renames the state to the field's text, when it is a valid, free name. @return whether it was renamed */
    public boolean commit() {
        String text = field.text().strip();
        if (field.error() != null || text.isEmpty() || text.equals(path.name())) {
            return false;
        }
        return editor.rename(path, text) == null;
    }
}

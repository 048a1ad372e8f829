package dev.loveless.model.edit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.StateMachine;

import java.util.Objects;
import java.util.Set;

/**
 * Sets one of the workflow's own fields: {@code Comment}, {@code StartAt}, {@code QueryLanguage},
 * {@code TimeoutSeconds} or {@code Version}; {@code value == null} removes it. A value of the wrong
 * JSON type for a text field is refused. An ill-typed value kept from the file under the same name
 * goes. Consecutive keystrokes in one field ({@code typing}) merge into one undo step.
 */
public record SetMachineField(String field, JsonNode value, boolean typing) implements Edit {

    /** The fields this edit sets. */
    public static final Set<String> FIELDS = Set.of("Comment", "StartAt", "QueryLanguage", "TimeoutSeconds", "Version");

    public SetMachineField {
        Objects.requireNonNull(field, "field");
        if (!FIELDS.contains(field)) {
            throw new EditException("'" + field + "' is not a field of the workflow this edit sets");
        }
        if (value != null && !field.equals("TimeoutSeconds") && !value.isTextual()) {
            throw new EditException(field + " is text");
        }
        value = value == null ? null : value.deepCopy();
    }

    @Override
    public String description() {
        return "Change the workflow's " + field;
    }

    @Override
    public Document apply(Document document) {
        StateMachine m = document.machine();
        String text = value == null ? null : value.asText();
        StateMachine changed;
        switch (field) {
            case "Comment":
                changed = new StateMachine(text, m.startAt(), m.states(), m.version(), m.timeoutSeconds(), m.queryLanguage(), m.extras());
                break;
            case "StartAt":
                changed = new StateMachine(m.comment(), text, m.states(), m.version(), m.timeoutSeconds(), m.queryLanguage(), m.extras());
                break;
            case "QueryLanguage":
                changed = new StateMachine(m.comment(), m.startAt(), m.states(), m.version(), m.timeoutSeconds(), text, m.extras());
                break;
            case "Version":
                changed = new StateMachine(m.comment(), m.startAt(), m.states(), text, m.timeoutSeconds(), m.queryLanguage(), m.extras());
                break;
            default:
                changed = new StateMachine(m.comment(), m.startAt(), m.states(), m.version(), value, m.queryLanguage(), m.extras());
                break;
        }
        changed = new StateMachine(changed.comment(), changed.startAt(), changed.states(), changed.version(),
                changed.timeoutSeconds(), changed.queryLanguage(), m.extras().without(field));
        return changed.equals(m) ? document : document.withMachine(changed);
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        if (typing && previous instanceof SetMachineField earlier && earlier.typing() && earlier.field().equals(field)) {
            return this;
        }
        return null;
    }
}

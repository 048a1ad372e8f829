package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of an inspector form: a field, a list (retriers, catchers, rules, branches) or the
 * worker switch. A row reads its value(s) from the JSON of what the form shows (a state, or the
 * workflow's own fields) each time the document changes.
 */
public interface FormRow {

    /** Shows the values in {@code source} without losing what the person is typing. */
    void refresh(JsonNode source);
}

package dev.loveless.exporters.iam;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one field of a Task's {@code Parameters} (JSONPath) or {@code Arguments} (JSONata) the
 * way the policy needs it: a literal text value, or "known only at run time".
 */
final class Payload {

    private final JsonNode node;

    Payload(JsonNode parameters, JsonNode arguments) {
        this.node = parameters != null && parameters.isObject() ? parameters
                : arguments != null && arguments.isObject() ? arguments : null;
    }

    /** @return the field's literal text, or {@code null} when absent, dynamic or not text */
    String text(String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        String text = value.textValue();
        return text.startsWith("{%") ? null : text;
    }

    /** @return whether the field is set at run time ({@code Field.$}, or a JSONata expression) */
    boolean dynamic(String field) {
        if (node == null) {
            return false;
        }
        JsonNode value = node.get(field);
        return node.has(field + ".$") || value != null && value.isTextual() && value.textValue().startsWith("{%");
    }
}

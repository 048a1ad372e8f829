package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes a structural change (a list item added, removed or moved) as one undo step. */
@FunctionalInterface
public interface ListWriter {

    /**
     * @param pointer     where, relative to what the form shows
     * @param value       the new value, or {@code null} to remove it
     * @param description what the change does, for the Edit menu
     */
    void set(String pointer, JsonNode value, String description);
}

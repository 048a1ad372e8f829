package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * An {@code ItemReader}'s {@code ReaderConfig}. {@code MaxItems} is a JSON value (a number, or a
 * JSONata expression string); {@code CSVHeaders} is a JSON array of strings when well formed.
 */
public record ReaderConfig(
        String inputType,
        String csvHeaderLocation,
        JsonNode csvHeaders,
        String csvDelimiter,
        JsonNode maxItems,
        String maxItemsPath,
        String manifestType,
        Extras extras) {

    public ReaderConfig {
        Objects.requireNonNull(extras, "extras");
    }
}

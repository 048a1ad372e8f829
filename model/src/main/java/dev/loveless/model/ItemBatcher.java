package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** A distributed Map's {@code ItemBatcher}: how items are grouped into batches for each child execution. */
public record ItemBatcher(
        JsonNode maxItemsPerBatch,
        String maxItemsPerBatchPath,
        JsonNode maxInputBytesPerBatch,
        String maxInputBytesPerBatchPath,
        JsonNode batchInput,
        Extras extras) {

    public ItemBatcher {
        Objects.requireNonNull(extras, "extras");
    }
}

package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** A distributed Map's {@code ItemReader}: where the items come from (S3 objects, a CSV or JSON file, a manifest). */
public record ItemReader(
        String resource, ReaderConfig readerConfig, JsonNode parameters, JsonNode arguments, Extras extras) {

    public ItemReader {
        Objects.requireNonNull(extras, "extras");
    }
}

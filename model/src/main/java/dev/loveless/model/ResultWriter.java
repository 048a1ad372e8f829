package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** A distributed Map's {@code ResultWriter}: where and how the child executions' results are written. */
public record ResultWriter(
        String resource, JsonNode parameters, JsonNode arguments, WriterConfig writerConfig, Extras extras) {

    public ResultWriter {
        Objects.requireNonNull(extras, "extras");
    }
}

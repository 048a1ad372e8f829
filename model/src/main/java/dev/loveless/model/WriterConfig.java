package dev.loveless.model;

import java.util.Objects;

/** A {@code ResultWriter}'s {@code WriterConfig}: {@code OutputType} and {@code Transformation}. */
public record WriterConfig(String outputType, String transformation, Extras extras) {

    public WriterConfig {
        Objects.requireNonNull(extras, "extras");
    }
}

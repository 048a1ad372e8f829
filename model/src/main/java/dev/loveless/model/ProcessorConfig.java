package dev.loveless.model;

import java.util.Objects;

/** A Map processor's {@code ProcessorConfig}: {@code Mode} (INLINE, DISTRIBUTED) and {@code ExecutionType} (STANDARD, EXPRESS). */
public record ProcessorConfig(String mode, String executionType, Extras extras) {

    public ProcessorConfig {
        Objects.requireNonNull(extras, "extras");
    }
}

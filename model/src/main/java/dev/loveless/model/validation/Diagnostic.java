package dev.loveless.model.validation;

import dev.loveless.model.StatePath;

import java.util.Objects;

/**
 * One problem found in a definition, located as precisely as the validator can.
 *
 * @param code      the rule's stable {@code UPPER_SNAKE} code
 * @param severity  from the rule configuration; never {@link Severity#OFF}
 * @param message   what is wrong and how to fix it, in plain words
 * @param statePath the state concerned, or {@code null} for the machine's own fields
 * @param field     the field concerned relative to the state (or the machine), e.g. {@code Retry[0].BackoffRate};
 *                  empty when the whole state is concerned
 * @param pointer   the JSON pointer (RFC 6901) of the field in the definition, e.g. {@code /States/A/Retry/0/BackoffRate}
 * @param line      1-based line in the source text, 0 when unknown
 * @param column    1-based column in the source text, 0 when unknown
 */
public record Diagnostic(
        String code, Severity severity, String message, StatePath statePath, String field, String pointer,
        int line, int column) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(pointer, "pointer");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("a diagnostic cannot be OFF");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** @return whether this diagnostic is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

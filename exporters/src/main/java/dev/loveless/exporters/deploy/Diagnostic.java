package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * One finding about the definition or the deploy, from AWS's {@code ValidateStateMachineDefinition},
 * from Loveless's own validator, or from the planner itself.
 *
 * @param source   who found it
 * @param severity an error blocks apply; a warning does not
 * @param code     a stable code ({@code SCHEMA_VALIDATION_FAILED}, {@code UNRESOLVED_PLACEHOLDER}...)
 * @param message  what is wrong, in a sentence
 * @param location where: a JSON pointer or path into the definition, or {@code null}
 */
public record Diagnostic(Source source, Severity severity, String code, String message, String location) {

    /** Who found a diagnostic. */
    public enum Source {
        /** AWS's own {@code ValidateStateMachineDefinition}. */
        AWS,
        /** Loveless's validator. */
        LOVELESS,
        /** The deploy planner (placeholders, permissions, the type of an existing machine...). */
        PLAN
    }

    /** How bad a diagnostic is. */
    public enum Severity {
        ERROR, WARNING
    }

    public Diagnostic {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return one line: {@code error AWS SCHEMA_VALIDATION_FAILED at /States/A: message} */
    public String describe() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + source + " " + code + "]"
                + (location == null || location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}

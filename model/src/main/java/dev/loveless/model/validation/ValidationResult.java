package dev.loveless.model.validation;

import java.util.List;

/**
 * What a validation found: its diagnostics, sorted by where they stand in the source.
 *
 * @param diagnostics every finding whose rule is not off
 */
public record ValidationResult(List<Diagnostic> diagnostics) {

    public ValidationResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether any diagnostic is an error (the definition would not deploy) */
    public boolean hasErrors() {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                return true;
            }
        }
        return false;
    }

    /** @return how many diagnostics have this severity */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}

package dev.loveless.app.cli;

import dev.loveless.model.validation.Diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one file for the reports: its diagnostics (a file that cannot be
 * parsed has one {@code INVALID_JSON_DESCRIPTION} error).
 */
record FileValidation(String file, List<Diagnostic> diagnostics) {

    FileValidation {
        Objects.requireNonNull(file, "file");
        diagnostics = List.copyOf(diagnostics);
    }

    boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}

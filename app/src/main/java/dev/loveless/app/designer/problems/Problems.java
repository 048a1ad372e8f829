package dev.loveless.app.designer.problems;

import dev.loveless.model.StateTree;
import dev.loveless.model.edit.Document;
import dev.loveless.model.validation.Diagnostic;
import dev.loveless.model.validation.Validator;

import java.util.ArrayList;
import java.util.List;

/** The problem sources of the designer: the validator, asked of whatever the document now is. */
public final class Problems {

    private Problems() {
    }

    /** @return the source of the live problems panel: the validator with the recommended rules */
    public static ProblemSource live() {
        return validating(new Validator());
    }

    /** @return a source that runs {@code validator} and shows each diagnostic as a problem */
    public static ProblemSource validating(Validator validator) {
        return document -> toProblems(validator, document);
    }

    private static List<Problem> toProblems(Validator validator, Document document) {
        // The workflow type chosen for deploy enables the checks of Express workflows.
        List<Diagnostic> diagnostics = validator.withWorkflowType(document.settings().type())
                .validate(document.machine()).diagnostics();
        List<Problem> problems = new ArrayList<>(diagnostics.size());
        for (Diagnostic diagnostic : diagnostics) {
            problems.add(new Problem(severityOf(diagnostic), diagnostic.code(), diagnostic.statePath(),
                    diagnostic.message(), diagnostic.line(), diagnostic.column(), fieldOf(document, diagnostic)));
        }
        return problems;
    }

    /** @return the diagnostic's field as a pointer relative to its state (or the workflow), {@code ""} when none */
    static String fieldOf(Document document, Diagnostic diagnostic) {
        String pointer = diagnostic.pointer();
        String base = diagnostic.statePath() == null ? "" : StateTree.pointerOf(document.machine(), diagnostic.statePath());
        if (base == null || !pointer.startsWith(base)) {
            return "";
        }
        return pointer.substring(base.length());
    }

    private static Problem.Severity severityOf(Diagnostic diagnostic) {
        switch (diagnostic.severity()) {
            case ERROR:
                return Problem.Severity.ERROR;
            case WARNING:
                return Problem.Severity.WARNING;
            default:
                return Problem.Severity.INFO;
        }
    }
}

package dev.loveless.exporters.deploy;

import dev.loveless.model.StateMachine;
import dev.loveless.model.validation.Validator;
import dev.loveless.model.validation.WorkflowType;

import java.util.ArrayList;
import java.util.List;

/**
 * Loveless's validator as the planner's {@link DefinitionCheck}: its errors block apply, its
 * warnings and advice are shown in the plan.
 */
public final class ValidatorCheck implements DefinitionCheck {

    private final Validator validator;

    public ValidatorCheck(Validator validator) {
        this.validator = validator;
    }

    /** @return the recommended rules, with the workflow type's restrictions when it is known */
    public static ValidatorCheck forType(WorkflowType type) {
        Validator validator = new Validator();
        return new ValidatorCheck(type == null ? validator : validator.withWorkflowType(type));
    }

    @Override
    public List<Diagnostic> check(StateMachine machine) {
        List<Diagnostic> findings = new ArrayList<>();
        for (dev.loveless.model.validation.Diagnostic found : validator.validate(machine).diagnostics()) {
            Diagnostic.Severity severity = found.isError() ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING;
            String location = found.pointer().isEmpty() ? null : found.pointer();
            findings.add(new Diagnostic(Diagnostic.Source.LOVELESS, severity, found.code(), found.message(), location));
        }
        return findings;
    }
}

package dev.loveless.exporters.deploy;

import dev.loveless.model.StateMachine;

import java.util.List;

/**
 * Loveless's own validation of a definition, run by the planner beside AWS's
 * {@code ValidateStateMachineDefinition}; its errors block apply like AWS's. This is the seam where
 * the validator ({@code dev.loveless.model.validation}) plugs in: an adapter maps its diagnostics to
 * {@link Diagnostic}s with source {@link Diagnostic.Source#LOVELESS}.
 */
@FunctionalInterface
public interface DefinitionCheck {

    /** No local validation: the plan then says that only AWS's validation ran. */
    DefinitionCheck NONE = new DefinitionCheck() {
        @Override
        public List<Diagnostic> check(StateMachine machine) {
            return List.of();
        }

        @Override
        public boolean runs() {
            return false;
        }
    };

    /** @return the findings about {@code machine} (as designed, before placeholders are resolved) */
    List<Diagnostic> check(StateMachine machine);

    /** @return whether this check does anything (the plan reports when it does not) */
    default boolean runs() {
        return true;
    }
}

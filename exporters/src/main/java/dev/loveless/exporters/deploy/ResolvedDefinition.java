package dev.loveless.exporters.deploy;

import dev.loveless.model.StateMachine;

import java.util.List;
import java.util.Objects;

/**
 * A definition made ready for one account and region: placeholders substituted, activities found.
 *
 * @param json        the definition to send, canonical JSON
 * @param machine     the same definition as a model
 * @param activities  the activities it needs in the target account and region
 * @param diagnostics what resolving found (unresolved placeholders, activities elsewhere)
 */
public record ResolvedDefinition(String json, StateMachine machine, List<ActivityRef> activities,
        List<Diagnostic> diagnostics) {

    public ResolvedDefinition {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(machine, "machine");
        activities = List.copyOf(activities);
        diagnostics = List.copyOf(diagnostics);
    }
}

package dev.loveless.exporters.deploy;

import java.util.Objects;

/**
 * One line of a plan: a resource and what apply will do to it.
 *
 * @param kind    the kind of resource
 * @param name    its name (role name, activity name, state machine name...)
 * @param action  create, update, delete or no change
 * @param summary what changes, in a few words ("definition, logging"), or why nothing does
 * @param diff    a unified diff of the document that changes (definition, policy), or {@code null}
 */
public record PlannedChange(ResourceKind kind, String name, ChangeAction action, String summary, String diff) {

    public PlannedChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(summary, "summary");
    }
}

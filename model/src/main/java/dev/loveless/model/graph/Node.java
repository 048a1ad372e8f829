package dev.loveless.model.graph;

import dev.loveless.model.StatePath;

import java.util.Objects;

/**
 * A node of the {@link WorkflowGraph}: a state of a scope, or the scope's start marker
 * ({@code name == null}), where its {@code StartAt} transition comes from.
 */
public record Node(ScopeId scope, String name) {

    public Node {
        Objects.requireNonNull(scope, "scope");
    }

    public static Node start(ScopeId scope) {
        return new Node(scope, null);
    }

    public boolean isStart() {
        return name == null;
    }

    /** @return the state's path, or {@code null} for a start marker */
    public StatePath path() {
        return name == null ? null : scope.pathOf(name);
    }
}

package dev.loveless.model.graph;

import java.util.Objects;

/**
 * An edge of the {@link WorkflowGraph}. {@code index} is the position of the Choice rule or Catch
 * entry it comes from (0 otherwise), so that two rules to the same target stay two edges.
 * {@code target} may name a state that does not exist: such a transition is dangling.
 */
public record Transition(Node source, String target, TransitionKind kind, int index) {

    public Transition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }
}

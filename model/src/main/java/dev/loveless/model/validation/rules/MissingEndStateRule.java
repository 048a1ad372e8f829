package dev.loveless.model.validation.rules;

import dev.loveless.model.Scope;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;
import java.util.Map;

/**
 * {@code MISSING_END_STATE}: the machine and every Parallel branch and Map processor have a
 * terminal state (a Succeed or Fail state, or one with {@code "End": true}); without one an
 * execution could never finish.
 */
public final class MissingEndStateRule extends AbstractRule {

    public MissingEndStateRule() {
        super("MISSING_END_STATE", Phase.GRAPH,
                "The machine and every branch and processor have a terminal state (Succeed, Fail or \"End\": true).");
    }

    @Override
    public void check(ValidationContext context) {
        for (Map.Entry<ScopeId, Scope> scope : context.scopes().entrySet()) {
            List<StateEntry> states = context.statesOf(scope.getKey());
            if (states.isEmpty()) {
                continue;
            }
            boolean terminal = false;
            for (StateEntry entry : states) {
                if (Transitions.isTerminal(entry.state())) {
                    terminal = true;
                    break;
                }
            }
            if (!terminal) {
                ScopeId id = scope.getKey();
                String what = id.isRoot() ? "The state machine" : "The branch or processor of " + id.owner();
                context.report(id.owner(), context.scopePointer(id), what + " has no terminal state: end it with a"
                        + " Succeed or Fail state, or \"End\": true on its last state.", "States");
            }
        }
    }
}

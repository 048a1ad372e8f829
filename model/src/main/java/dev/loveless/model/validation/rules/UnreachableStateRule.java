package dev.loveless.model.validation.rules;

import dev.loveless.model.Scope;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.ValidationContext;

import java.util.Map;

/**
 * {@code UNREACHABLE_STATE}: every state can be reached from its scope's {@code StartAt} by
 * following transitions. True reachability: a cycle of states that point at each other but that
 * nothing reaches from the start is unreachable too.
 */
public final class UnreachableStateRule extends AbstractRule {

    public UnreachableStateRule() {
        super("UNREACHABLE_STATE", Phase.GRAPH, "Every state is reachable from its scope's StartAt.");
    }

    @Override
    public void check(ValidationContext context) {
        for (Map.Entry<ScopeId, Scope> scope : context.scopes().entrySet()) {
            ScopeFlow flow = ScopeFlow.of(context, scope.getKey(), scope.getValue());
            if (flow.start < 0) {
                continue; // no valid StartAt: INVALID_START_AT or MISSING_REQUIRED_FIELD says so
            }
            boolean[] reached = flow.reachedFromStart();
            for (int i = 0; i < reached.length; i++) {
                if (!reached[i]) {
                    boolean pointedAt = false;
                    for (int j = 0; j < flow.successors.length && !pointedAt; j++) {
                        for (int next : flow.successors[j]) {
                            pointedAt |= next == i;
                        }
                    }
                    context.report(flow.states.get(i), "State \"" + flow.states.get(i).name() + "\" can never run:"
                            + (pointedAt ? " only states that are themselves unreachable lead to it."
                            : " no StartAt, Next, Default or Catch leads to it.") + " Connect it or remove it.");
                }
            }
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.Scope;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.ValidationContext;

import java.util.Map;

/**
 * {@code NO_EXIT_LOOP}: no reachable state leads only into a loop that can never reach a terminal
 * state (an execution entering it would run until its time limit). Reported once, at the state
 * where the execution enters the loop. Scopes without any terminal state are left to
 * {@code MISSING_END_STATE}.
 */
public final class NoExitLoopRule extends AbstractRule {

    public NoExitLoopRule() {
        super("NO_EXIT_LOOP", Phase.GRAPH, "No reachable loop lacks a way out to a terminal state.");
    }

    @Override
    public void check(ValidationContext context) {
        for (Map.Entry<ScopeId, Scope> scope : context.scopes().entrySet()) {
            ScopeFlow flow = ScopeFlow.of(context, scope.getKey(), scope.getValue());
            if (flow.start < 0) {
                continue;
            }
            boolean anyTerminal = false;
            for (var entry : flow.states) {
                anyTerminal |= Transitions.isTerminal(entry.state());
            }
            if (!anyTerminal) {
                continue;
            }
            boolean[] reached = flow.reachedFromStart();
            boolean[] exits = flow.canExit();
            for (int i = 0; i < flow.states.size(); i++) {
                if (!reached[i] || exits[i]) {
                    continue;
                }
                boolean entry = i == flow.start;
                for (int j = 0; j < flow.states.size() && !entry; j++) {
                    if (reached[j] && exits[j]) {
                        for (int next : flow.successors[j]) {
                            entry |= next == i;
                        }
                    }
                }
                if (entry) {
                    context.report(flow.states.get(i), "Once at \"" + flow.states.get(i).name() + "\", the execution"
                            + " can never reach a Succeed, Fail or End state: every path from here loops. Add a way"
                            + " out (a Choice rule or Catch to a terminal state).");
                }
            }
        }
    }
}

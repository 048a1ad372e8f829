package dev.loveless.model.validation.rules;

import dev.loveless.model.Scope;
import dev.loveless.model.graph.ScopeId;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.ValidationContext;

import java.util.Map;

/**
 * {@code INVALID_START_AT}: the machine's, every branch's and every processor's {@code StartAt}
 * names a state of that same scope.
 */
public final class InvalidStartAtRule extends AbstractRule {

    public InvalidStartAtRule() {
        super("INVALID_START_AT", Phase.GRAPH, "Every StartAt names a state of its own scope.");
    }

    @Override
    public void check(ValidationContext context) {
        for (Map.Entry<ScopeId, Scope> entry : context.scopes().entrySet()) {
            Scope scope = entry.getValue();
            String startAt = scope.startAt();
            if (startAt == null || scope.states() == null || scope.states().contains(startAt)) {
                continue;
            }
            ScopeId id = entry.getKey();
            String where = id.isRoot() ? "the state machine" : "this branch or processor";
            context.report(id.owner(), context.scopePointer(id), "StartAt names \"" + startAt + "\", which is not a"
                    + " state of " + where + Graphs.elsewhere(context, startAt) + ".", "StartAt");
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.MapState;
import dev.loveless.model.QueryLanguage;
import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;
import dev.loveless.model.StateMachine;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code INVALID_QUERY_LANGUAGE}: {@code QueryLanguage} is {@code JSONPath} or {@code JSONata},
 * and a state of a JSONata machine does not switch back to JSONPath (AWS allows a state to opt
 * into JSONata, not out of it); a distributed Map's child workflow may choose its own.
 */
public final class InvalidQueryLanguageRule extends AbstractRule {

    public InvalidQueryLanguageRule() {
        super("INVALID_QUERY_LANGUAGE", Phase.PATHS,
                "QueryLanguage is JSONPath or JSONata; a state of a JSONata machine cannot switch back to JSONPath.");
    }

    /** @return whether the state runs in a distributed Map's child workflow (a machine of its own) */
    private static boolean inChildWorkflow(StateMachine machine, StateEntry entry) {
        for (StatePath owner = entry.path().parent(); owner != null; owner = owner.parent()) {
            if (StateTree.resolve(machine, owner) instanceof MapState map && map.isDistributed()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(ValidationContext context) {
        StateMachine machine = context.machine();
        if (machine.queryLanguage() != null && QueryLanguage.parseOr(machine.queryLanguage(), null) == null) {
            context.reportMachine("QueryLanguage must be \"JSONPath\" or \"JSONata\", not \"" + machine.queryLanguage()
                    + "\".", "QueryLanguage");
        }
        boolean jsonataMachine = machine.effectiveQueryLanguage() == QueryLanguage.JSONATA;
        for (StateEntry entry : context.states()) {
            String own = entry.state().common().queryLanguage();
            if (own == null) {
                continue;
            }
            QueryLanguage language = QueryLanguage.parseOr(own, null);
            if (language == null) {
                context.report(entry, "QueryLanguage must be \"JSONPath\" or \"JSONata\", not \"" + own + "\".",
                        "QueryLanguage");
            } else if (language == QueryLanguage.JSONPATH && jsonataMachine && !inChildWorkflow(machine, entry)) {
                context.report(entry, "This state cannot use JSONPath: the state machine uses JSONata, and a state"
                        + " may switch from JSONPath to JSONata but not back.", "QueryLanguage");
            }
        }
    }
}

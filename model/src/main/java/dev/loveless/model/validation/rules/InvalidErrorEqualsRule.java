package dev.loveless.model.validation.rules;

import dev.loveless.model.Catcher;
import dev.loveless.model.Retrier;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.List;

/**
 * {@code INVALID_ERROR_EQUALS}: every retrier's and catcher's {@code ErrorEquals} names at least
 * one error; {@code States.ALL} stands alone in its {@code ErrorEquals}, and only in the last
 * retrier or catcher (it matches everything, so nothing after it could ever run).
 */
public final class InvalidErrorEqualsRule extends AbstractRule {

    static final String ALL = "States.ALL";

    public InvalidErrorEqualsRule() {
        super("INVALID_ERROR_EQUALS", Phase.STRUCTURE,
                "ErrorEquals is not empty; States.ALL appears alone and only in the last retrier or catcher.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            List<Retrier> retry = entry.state().common().retry();
            if (retry != null) {
                for (int i = 0; i < retry.size(); i++) {
                    check(context, entry, retry.get(i).errorEquals(), "Retry", i, retry.size(), "retrier");
                }
            }
            List<Catcher> catchers = entry.state().common().catchers();
            if (catchers != null) {
                for (int i = 0; i < catchers.size(); i++) {
                    check(context, entry, catchers.get(i).errorEquals(), "Catch", i, catchers.size(), "catcher");
                }
            }
        }
    }

    private static void check(ValidationContext context, StateEntry entry, List<String> errors, String field,
                              int index, int count, String what) {
        if (errors == null) {
            return;
        }
        if (errors.isEmpty()) {
            context.report(entry, "ErrorEquals is empty: name at least one error (e.g. States.ALL).", field, index,
                    "ErrorEquals");
            return;
        }
        int all = errors.indexOf(ALL);
        if (all < 0) {
            return;
        }
        if (errors.size() > 1) {
            context.report(entry, "States.ALL must be the only error in its ErrorEquals (it already matches every"
                    + " error).", field, index, "ErrorEquals", all);
        }
        if (index < count - 1) {
            context.report(entry, "The " + what + " with States.ALL must be the last one: the " + what + "s after it"
                    + " could never run.", field, index, "ErrorEquals");
        }
    }
}

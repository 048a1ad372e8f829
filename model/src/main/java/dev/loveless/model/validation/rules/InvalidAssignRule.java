package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.Catcher;
import dev.loveless.model.ChoiceRule;
import dev.loveless.model.ChoiceState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.Iterator;
import java.util.List;

/**
 * {@code INVALID_ASSIGN}: every {@code Assign} (of a state, a catcher or a Choice rule) is an
 * object whose keys are variable names: not empty, at most 80 characters, without spaces,
 * control characters, {@code .} or {@code $} (a JSONPath state adds {@code .$} to a key to
 * evaluate its value), and not the reserved name {@code states}.
 */
public final class InvalidAssignRule extends AbstractRule {

    public InvalidAssignRule() {
        super("INVALID_ASSIGN", Phase.PATHS,
                "Assign is an object of variable names (no spaces, dots or $), not the reserved name 'states'.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            assign(context, entry, entry.state().common().assign(), "Assign");
            List<Catcher> catchers = entry.state().common().catchers();
            if (catchers != null) {
                for (int i = 0; i < catchers.size(); i++) {
                    assign(context, entry, catchers.get(i).assign(), "Catch", i, "Assign");
                }
            }
            if (entry.state() instanceof ChoiceState choice) {
                List<ChoiceRule> rules = choice.choicesOrEmpty();
                for (int i = 0; i < rules.size(); i++) {
                    assign(context, entry, rules.get(i).assign(), "Choices", i, "Assign");
                }
            }
        }
    }

    private static void assign(ValidationContext context, StateEntry entry, JsonNode assign, Object... tokens) {
        if (assign == null) {
            return;
        }
        if (!assign.isObject()) {
            context.report(entry, "Assign must be an object of variables, e.g. {\"orderId\": …}, not "
                    + Json.describe(assign) + ".", tokens);
            return;
        }
        for (Iterator<String> names = assign.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            String name = !entry.jsonata() && key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
            String problem = problem(name);
            if (problem != null) {
                context.report(entry, "\"" + key + "\" " + problem + ".", MissingRequiredFieldRule.append(tokens, key));
            }
        }
    }

    /** @return what is wrong with a variable name, or {@code null} */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "is not a variable name: it is empty";
        }
        if (name.equals("states")) {
            return "is reserved: Step Functions provides $states itself; choose another name";
        }
        if (name.length() > 80) {
            return "is longer than the 80 characters a variable name may have";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '.' || c == '$') {
                return "is not a variable name: it cannot contain " + (c == '.' || c == '$' ? "'" + c + "'"
                        : "spaces or control characters");
            }
        }
        return null;
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code INVALID_STATE_NAME}: a state name is 1 to 80 characters long and holds no control
 * characters.
 */
public final class InvalidStateNameRule extends AbstractRule {

    static final int MAX_LENGTH = 80;

    public InvalidStateNameRule() {
        super("INVALID_STATE_NAME", Phase.STRUCTURE,
                "State names are 1 to 80 characters long, without control characters.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            String name = entry.name();
            int length = name.codePointCount(0, name.length());
            if (length == 0) {
                context.report(entry, "A state name cannot be empty.");
            } else if (length > MAX_LENGTH) {
                context.report(entry, "The state name \"" + Json.abbreviate(name) + "\" is " + length
                        + " characters long; AWS allows at most " + MAX_LENGTH + ".");
            } else if (hasControl(name)) {
                context.report(entry, "The state name \"" + name.replaceAll("\\p{Cntrl}", "?")
                        + "\" contains a control character (a line break, a tab…); remove it.");
            }
        }
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

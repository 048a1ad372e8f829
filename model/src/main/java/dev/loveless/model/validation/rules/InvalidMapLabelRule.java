package dev.loveless.model.validation.rules;

import dev.loveless.model.MapState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

/**
 * {@code INVALID_MAP_LABEL}: a Map's {@code Label} (which names its Map Runs and child executions)
 * is at most 40 characters, holds no whitespace, brackets ({@code < > { } [ ]}), wildcards
 * ({@code ? *}), special characters ({@code " # % \ ^ | ~ ` $ & , ; : /}) or control characters,
 * and is unique within the state machine definition (AWS's "Distributed Map state" page).
 */
public final class InvalidMapLabelRule extends AbstractRule {

    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public InvalidMapLabelRule() {
        super("INVALID_MAP_LABEL", Phase.STRUCTURE,
                "A Map Label is at most 40 characters, without whitespace, brackets, wildcards or special characters, and unique.");
    }

    @Override
    public void check(ValidationContext context) {
        java.util.Map<String, StateEntry> first = new java.util.HashMap<>();
        for (StateEntry entry : context.states()) {
            if (!(entry.state() instanceof MapState map) || map.label() == null) {
                continue;
            }
            String label = map.label();
            StateEntry earlier = first.putIfAbsent(label, entry);
            if (earlier != null) {
                context.report(entry, "The Label \"" + Json.abbreviate(label) + "\" is already the Label of the Map"
                        + " state at " + earlier.path() + "; a Label must be unique within the state machine.",
                        "Label");
            }
            if (label.codePointCount(0, label.length()) > 40) {
                context.report(entry, "The Label \"" + Json.abbreviate(label) + "\" is longer than 40 characters.",
                        "Label");
                continue;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (Character.isWhitespace(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
                    context.report(entry, "The Label \"" + label + "\" contains '" + (Character.isWhitespace(c)
                            || Character.isISOControl(c) ? "whitespace" : String.valueOf(c))
                            + "'; a Label has no whitespace, brackets, wildcards or " + FORBIDDEN.substring(8)
                            + ".", "Label");
                    break;
                }
            }
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.IntrinsicFunctions;
import dev.loveless.model.validation.check.PathSyntax;


/**
 * {@code INVALID_PAYLOAD_PATH}: in the payload templates of JSONPath states ({@code Parameters},
 * {@code ResultSelector}, {@code ItemSelector}, {@code Credentials}, {@code Assign}, the
 * distributed Map's {@code Parameters} and {@code BatchInput}), a key ending in {@code .$} holds a
 * string that is a path ({@code $…}), a context path ({@code $$…}), a variable ({@code $name}) or
 * an intrinsic function ({@code States.…}, checked by {@code INVALID_INTRINSIC_FUNCTION}).
 */
public final class InvalidPayloadPathRule extends AbstractRule {

    public InvalidPayloadPathRule() {
        super("INVALID_PAYLOAD_PATH", Phase.PATHS,
                "Keys ending in .$ hold a path, a context path, a variable or an intrinsic function.");
    }

    @Override
    public void check(ValidationContext context) {
        Derived.payloadFields(context, (entry, key, value, tokens) -> {
            if (key.endsWith(".$")) {
                check(context, entry, key, value, Derived.at(tokens, key));
            }
        });
    }

    private static void check(ValidationContext context, StateEntry entry, String key,
                              com.fasterxml.jackson.databind.JsonNode value, Object[] tokens) {
        if (!value.isTextual()) {
            context.report(entry, "\"" + key + "\" must hold a path or an intrinsic function as a string, not "
                    + Json.describe(value) + "; to give a fixed value, drop the .$ from the key.", tokens);
            return;
        }
        String text = value.textValue();
        if (IntrinsicFunctions.looksLikeCall(text)) {
            return;
        }
        PathSyntax.Result path = PathSyntax.parse(text);
        if (!path.ok()) {
            String hint = text.trim().startsWith("States.") || text.trim().startsWith("$")
                    ? " (no spaces around it)" : "; to give a fixed value, drop the .$ from the key";
            context.report(entry, "\"" + key + "\" holds \"" + Json.abbreviate(text) + "\", which is neither a path"
                    + " nor an intrinsic function: " + path.error() + hint + ".", tokens);
        }
    }
}

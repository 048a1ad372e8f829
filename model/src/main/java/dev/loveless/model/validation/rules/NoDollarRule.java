package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.IntrinsicFunctions;
import dev.loveless.model.validation.check.PathSyntax;


/**
 * {@code NO_DOLLAR} (AWS's warning): in a JSONPath payload template, a key without {@code .$}
 * holds a string that looks like a path or an intrinsic function; it is passed on as that literal
 * text, which is rarely what was meant.
 */
public final class NoDollarRule extends AbstractRule {

    public NoDollarRule() {
        super("NO_DOLLAR", Phase.PATHS,
                "A payload key without .$ holds a string that looks like a path or an intrinsic function.");
    }

    @Override
    public void check(ValidationContext context) {
        Derived.payloadFields(context, (entry, key, value, tokens) -> {
            if (key.endsWith(".$") || !value.isTextual()) {
                return;
            }
            String text = value.textValue();
            if (looksEvaluated(text)) {
                context.report(entry, "\"" + key + "\" holds \"" + Json.abbreviate(text)
                        + "\" as plain text; to evaluate it, name the key \"" + key + ".$\".", Derived.at(tokens, key));
            }
        });
    }

    static boolean looksEvaluated(String text) {
        if (text.startsWith("$.") || text.startsWith("$$.") || text.startsWith("$[")) {
            return PathSyntax.parse(text).ok();
        }
        return IntrinsicFunctions.looksLikeCall(text) && text.endsWith(")") && IntrinsicFunctions.check(text).ok();
    }
}

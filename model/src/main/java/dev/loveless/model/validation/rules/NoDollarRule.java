package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.IntrinsicFunctions;
import dev.loveless.model.validation.check.PathSyntax;

import java.util.ArrayList;
import java.util.List;

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
        for (StateEntry entry : context.states()) {
            if (entry.jsonata()) {
                continue;
            }
            for (Templates.Located template : Derived.payloads(context, entry)) {
                Json.objects(template.value(), template.start(), (object, tokens) ->
                        object.fields().forEachRemaining(field -> {
                            if (field.getKey().endsWith(".$") || !field.getValue().isTextual()) {
                                return;
                            }
                            String text = field.getValue().textValue();
                            if (looksEvaluated(text)) {
                                List<Object> at = new ArrayList<>(tokens);
                                at.add(field.getKey());
                                context.report(entry, "\"" + field.getKey() + "\" holds \"" + Json.abbreviate(text)
                                        + "\" as plain text; to evaluate it, name the key \"" + field.getKey()
                                        + ".$\".", at.toArray());
                            }
                        }));
            }
        }
    }

    static boolean looksEvaluated(String text) {
        if (text.startsWith("$.") || text.startsWith("$$.") || text.startsWith("$[")) {
            return PathSyntax.parse(text).ok();
        }
        return IntrinsicFunctions.looksLikeCall(text) && text.endsWith(")") && IntrinsicFunctions.check(text).ok();
    }
}

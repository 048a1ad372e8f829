package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.JsonataExpressions;

/**
 * {@code INVALID_JSONATA}: in JSONata states, every string meant as an expression (starting with
 * {@code {%} or ending with {@code %}}) is exactly {@code {% expression %}} on one line (AWS
 * refuses a line break inside) and the expression parses as JSONata, without {@code $}/{@code $$}
 * at its top level.
 */
public final class InvalidJsonataRule extends AbstractRule {

    public InvalidJsonataRule() {
        super("INVALID_JSONATA", Phase.PATHS, "JSONata values are {% expression %} on one line, with an expression that parses.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!entry.jsonata()) {
                continue;
            }
            for (Templates.Located value : Derived.jsonataValues(context, entry)) {
                Json.strings(value.value(), value.start(), (key, text, tokens) -> {
                    if (!JsonataExpressions.isExpression(text)) {
                        return;
                    }
                    JsonataExpressions.Result result = JsonataExpressions.check(text);
                    if (!result.ok()) {
                        context.report(entry, "\"" + Json.abbreviate(text) + "\": " + result.error() + ".",
                                tokens.toArray());
                    }
                });
            }
        }
    }
}

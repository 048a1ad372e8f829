package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.ResourceArns;

/**
 * {@code UNTERMINATED_PLACEHOLDER}: every deploy-time placeholder {@code ${name}} in a payload
 * ({@code Parameters}, {@code Arguments}, {@code Credentials}…) is closed by {@code }}; an open
 * one would reach AWS verbatim (a {@code Resource}'s placeholders are checked by
 * {@code INVALID_RESOURCE}).
 */
public final class UnterminatedPlaceholderRule extends AbstractRule {

    public UnterminatedPlaceholderRule() {
        super("UNTERMINATED_PLACEHOLDER", Phase.RESOURCES, "Every ${name} placeholder in a payload is closed by '}'.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            var payloads = entry.jsonata() ? Derived.jsonataValues(context, entry) : Derived.payloads(context, entry);
            for (Templates.Located payload : payloads) {
                Json.strings(payload.value(), payload.start(), (key, text, tokens) -> {
                    if (text.indexOf("${") < 0) {
                        return;
                    }
                    int open = ResourceArns.unterminatedPlaceholder(text);
                    if (open >= 0) {
                        context.report(entry, "The placeholder starting \"" + Json.abbreviate(text.substring(open))
                                + "\" is not closed: write ${name}.", tokens.toArray());
                    }
                });
            }
        }
    }
}

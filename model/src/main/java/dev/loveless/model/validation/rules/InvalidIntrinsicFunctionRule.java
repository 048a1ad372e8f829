package dev.loveless.model.validation.rules;

import dev.loveless.model.FailState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;
import dev.loveless.model.validation.check.IntrinsicFunctions;


/**
 * {@code INVALID_INTRINSIC_FUNCTION}: every intrinsic function call (in a {@code .$} key of a
 * payload template, or in a Fail's {@code ErrorPath}/{@code CausePath}) parses: a known
 * {@code States.} function, the right number and types of arguments, valid string escapes, nothing
 * after the closing parenthesis; in {@code ErrorPath}/{@code CausePath} it returns a string.
 */
public final class InvalidIntrinsicFunctionRule extends AbstractRule {

    public InvalidIntrinsicFunctionRule() {
        super("INVALID_INTRINSIC_FUNCTION", Phase.PATHS,
                "Intrinsic functions are known, with the right argument count and types, and well-formed strings.");
    }

    @Override
    public void check(ValidationContext context) {
        Derived.payloadFields(context, (entry, key, value, tokens) -> {
            if (key.endsWith(".$") && value.isTextual() && IntrinsicFunctions.looksLikeCall(value.textValue())) {
                call(context, entry, value.textValue(), false, Derived.at(tokens, key));
            }
        });
        for (StateEntry entry : context.states()) {
            if (entry.jsonata()) {
                continue;
            }
            if (entry.state() instanceof FailState fail) {
                if (IntrinsicFunctions.looksLikeCall(fail.errorPath())) {
                    call(context, entry, fail.errorPath(), true, "ErrorPath");
                }
                if (IntrinsicFunctions.looksLikeCall(fail.causePath())) {
                    call(context, entry, fail.causePath(), true, "CausePath");
                }
            }
        }
    }

    private static void call(ValidationContext context, StateEntry entry, String text, boolean mustReturnString,
                             Object... tokens) {
        IntrinsicFunctions.Result result = IntrinsicFunctions.check(text);
        if (!result.ok()) {
            context.report(entry, "\"" + Json.abbreviate(text) + "\": " + result.error()
                    + (result.offset() > 0 ? " (at character " + (result.offset() + 1) + ")" : "") + ".", tokens);
        } else if (mustReturnString && result.returns() != IntrinsicFunctions.Type.STRING) {
            context.report(entry, tokens[0] + " must give a string, and \"" + Json.abbreviate(text)
                    + "\" does not (use States.Format or States.JsonToString).", tokens);
        }
    }
}

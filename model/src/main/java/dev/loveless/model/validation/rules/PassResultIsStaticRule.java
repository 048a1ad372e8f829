package dev.loveless.model.validation.rules;

import dev.loveless.model.PassState;
import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code PASS_RESULT_IS_STATIC} (AWS's warning): a Pass state's {@code Result} is fixed JSON; a
 * key ending in {@code .$} there is not evaluated. Use {@code Parameters} to build a value from
 * the input.
 */
public final class PassResultIsStaticRule extends AbstractRule {

    public PassResultIsStaticRule() {
        super("PASS_RESULT_IS_STATIC", Phase.PATHS, "A Pass state's Result has a .$ key, which is never evaluated.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (!(entry.state() instanceof PassState pass) || pass.result() == null) {
                continue;
            }
            List<Object> start = new ArrayList<>(List.of("Result"));
            Json.objects(pass.result(), start, (object, tokens) -> object.fieldNames().forEachRemaining(key -> {
                if (key.endsWith(".$")) {
                    List<Object> at = new ArrayList<>(tokens);
                    at.add(key);
                    context.report(entry, "Result is fixed JSON, so \"" + key + "\" is not evaluated; to build the"
                            + " result from the input, use Parameters.", at.toArray());
                }
            }));
        }
    }
}

package dev.loveless.model.validation.rules;

import dev.loveless.model.validation.Phase;
import dev.loveless.model.validation.StateEntry;
import dev.loveless.model.validation.ValidationContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code DUPLICATE_PAYLOAD_KEY}: no object of a JSONPath payload template has both {@code name}
 * and {@code name.$}: once the {@code .$} is removed during evaluation they would be the same key.
 */
public final class DuplicatePayloadKeyRule extends AbstractRule {

    public DuplicatePayloadKeyRule() {
        super("DUPLICATE_PAYLOAD_KEY", Phase.PATHS, "A payload template never has both name and name.$ in one object.");
    }

    @Override
    public void check(ValidationContext context) {
        for (StateEntry entry : context.states()) {
            if (entry.jsonata()) {
                continue;
            }
            for (Templates.Located template : Derived.payloads(context, entry)) {
                Json.objects(template.value(), template.start(), (object, tokens) -> {
                    Set<String> names = null;
                    for (var it = object.fieldNames(); it.hasNext(); ) {
                        String key = it.next();
                        if (!key.endsWith(".$")) {
                            continue;
                        }
                        String plain = key.substring(0, key.length() - 2);
                        if (names == null) {
                            names = new HashSet<>();
                            object.fieldNames().forEachRemaining(names::add);
                        }
                        if (names.contains(plain)) {
                            List<Object> at = new ArrayList<>(tokens);
                            at.add(key);
                            context.report(entry, "\"" + plain + "\" and \"" + key + "\" both give the field \""
                                    + plain + "\"; keep one.", at.toArray());
                        }
                    }
                });
            }
        }
    }
}

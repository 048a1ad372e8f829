package dev.loveless.app.designer.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loveless.model.validation.check.IntrinsicFunctions;
import dev.loveless.model.validation.check.JsonataExpressions;
import dev.loveless.model.validation.check.PathSyntax;
import dev.loveless.model.validation.check.Timestamps;

import java.util.Iterator;
import java.util.Map;

/**
 * Checks a field's value as the person types, with the validator's own checkers: JSONPath syntax
 * ({@link PathSyntax}), intrinsic functions ({@link IntrinsicFunctions}), JSONata expressions
 * ({@link JsonataExpressions}) and timestamps ({@link Timestamps}). Each check returns what is
 * wrong in plain words, or {@code null}.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** @return what is wrong with {@code text} as a JSONPath, or {@code null} */
    public static String path(String text, boolean reference) {
        PathSyntax.Result result = PathSyntax.parse(text);
        if (!result.ok()) {
            return at(result.error(), result.offset());
        }
        if (reference && !result.reference()) {
            return "This path must name one single place (no *, .., filters or slices).";
        }
        return null;
    }

    /** @return what is wrong with {@code text} as a {@code {% JSONata %}} value, or {@code null} */
    public static String jsonata(String text) {
        JsonataExpressions.Result result = JsonataExpressions.check(text);
        return result.ok() ? null : at(result.error(), result.offset());
    }

    /** @return what is wrong with {@code text} as a timestamp, or {@code null} */
    public static String timestamp(String text) {
        return Timestamps.problem(text);
    }

    /**
     * @return what is wrong inside a payload template: a {@code "key.$"} whose value is not a path
     *         or an intrinsic function, or a string that looks like a JSONata expression but is not one
     */
    public static String template(JsonNode value) {
        return template(value, "");
    }

    private static String template(JsonNode value, String where) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                String inner = where.isEmpty() ? key : where + "." + key;
                if (key.endsWith(".$")) {
                    if (!field.getValue().isTextual()) {
                        return inner + ": a field ending in .$ takes a path or an intrinsic function as text.";
                    }
                    String text = field.getValue().textValue();
                    String problem = IntrinsicFunctions.looksLikeCall(text) ? intrinsic(text) : path(text, false);
                    if (problem != null) {
                        return inner + ": " + problem;
                    }
                } else {
                    String problem = template(field.getValue(), inner);
                    if (problem != null) {
                        return problem;
                    }
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String problem = template(value.get(i), where + "[" + i + "]");
                if (problem != null) {
                    return problem;
                }
            }
        } else if (value.isTextual() && JsonataExpressions.isExpression(value.textValue())) {
            String problem = jsonata(value.textValue());
            if (problem != null) {
                return (where.isEmpty() ? "" : where + ": ") + problem;
            }
        }
        return null;
    }

    private static String intrinsic(String text) {
        IntrinsicFunctions.Result result = IntrinsicFunctions.check(text);
        return result.ok() ? null : at(result.error(), result.offset());
    }

    private static String at(String error, int offset) {
        String sentence = Character.toUpperCase(error.charAt(0)) + error.substring(1);
        return offset >= 0 ? sentence + " (at character " + (offset + 1) + ")." : sentence + ".";
    }
}

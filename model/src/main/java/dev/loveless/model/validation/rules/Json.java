package dev.loveless.model.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Walks JSON values for the rules, keeping the pointer tokens that lead to each part. */
final class Json {

    /** Receives each object of a walk with the tokens leading to it (a live list: copy it to keep it). */
    @FunctionalInterface
    interface ObjectVisitor {
        void visit(JsonNode object, List<Object> tokens);
    }

    /** Receives each string of a walk: its key ({@code null} in an array) and the tokens leading to it. */
    @FunctionalInterface
    interface StringVisitor {
        void visit(String key, String value, List<Object> tokens);
    }

    private Json() {
    }

    /** Visits {@code node} and every object nested in it, parents first. */
    static void objects(JsonNode node, List<Object> tokens, ObjectVisitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            visitor.visit(node, tokens);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode()) {
                    tokens.add(field.getKey());
                    objects(field.getValue(), tokens, visitor);
                    tokens.remove(tokens.size() - 1);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    tokens.add(i);
                    objects(node.get(i), tokens, visitor);
                    tokens.remove(tokens.size() - 1);
                }
            }
        }
    }

    /** Visits every string in {@code node} (itself included). */
    static void strings(JsonNode node, List<Object> tokens, StringVisitor visitor) {
        strings(null, node, tokens, visitor);
    }

    private static void strings(String key, JsonNode node, List<Object> tokens, StringVisitor visitor) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            visitor.visit(key, node.textValue(), tokens);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                tokens.add(field.getKey());
                strings(field.getKey(), field.getValue(), tokens, visitor);
                tokens.remove(tokens.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tokens.add(i);
                strings(null, node.get(i), tokens, visitor);
                tokens.remove(tokens.size() - 1);
            }
        }
    }

    /** @return a JSON value's kind in words, for messages */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the string \"" + abbreviate(node.textValue()) + "\"";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}

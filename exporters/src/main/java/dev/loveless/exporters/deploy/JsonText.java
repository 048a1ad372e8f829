package dev.loveless.exporters.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Compares and pretty-prints JSON documents (definitions, policies) as values, not as text. */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /** @return whether two texts hold the same JSON value (whitespace and key order aside); unparsable text compares as text */
    static boolean same(String a, String b) {
        JsonNode left = parse(a);
        JsonNode right = parse(b);
        return left != null && right != null ? left.equals(right) : a.equals(b);
    }

    /** @return the JSON pretty-printed with two-space indentation, or the text as is when it does not parse */
    static String pretty(String text) {
        JsonNode node = parse(text);
        if (node == null) {
            return text;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}

package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.loveless.model.Extras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the typed fields of one model object (absent ones are skipped) and merges them with
 * its {@link Extras} into a JSON object: keys in the order they were read, then new typed fields
 * in canonical order, then new unknown fields.
 */
final class FieldWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final Map<String, JsonNode> typed = new LinkedHashMap<>();

    FieldWriter text(String name, String value) {
        if (value != null) {
            typed.put(name, TextNode.valueOf(value));
        }
        return this;
    }

    FieldWriter bool(String name, Boolean value) {
        if (value != null) {
            typed.put(name, BooleanNode.valueOf(value));
        }
        return this;
    }

    FieldWriter integer(String name, Integer value) {
        if (value != null) {
            typed.put(name, IntNode.valueOf(value));
        }
        return this;
    }

    FieldWriter decimal(String name, BigDecimal value) {
        if (value != null) {
            typed.put(name, DecimalNode.valueOf(value));
        }
        return this;
    }

    FieldWriter any(String name, JsonNode value) {
        if (value != null) {
            typed.put(name, value);
        }
        return this;
    }

    FieldWriter texts(String name, List<String> values) {
        if (values != null) {
            ArrayNode array = NODES.arrayNode(values.size());
            values.forEach(array::add);
            typed.put(name, array);
        }
        return this;
    }

    <T> FieldWriter object(String name, T value, Function<T, ObjectNode> writer) {
        if (value != null) {
            typed.put(name, writer.apply(value));
        }
        return this;
    }

    <T> FieldWriter objects(String name, List<T> values, Function<T, ObjectNode> writer) {
        if (values != null) {
            ArrayNode array = NODES.arrayNode(values.size());
            for (T value : values) {
                array.add(writer.apply(value));
            }
            typed.put(name, array);
        }
        return this;
    }

    /**
     * @return the JSON object: the fields in the order of {@code extras}; a typed field that was
     *         not there before goes in front of the first present field that follows it in
     *         canonical order (so an added field changes no other line); new unknown fields last
     */
    ObjectNode build(Extras extras) {
        Map<String, JsonNode> unknown = extras.unknown();
        List<String> keys = new ArrayList<>(typed.size() + unknown.size());
        for (String key : extras.order()) {
            if (typed.containsKey(key) || unknown.containsKey(key)) {
                keys.add(key);
            }
        }
        if (keys.size() < typed.size() + unknown.size()) {
            insertNewKeys(keys, unknown);
        }
        ObjectNode object = NODES.objectNode();
        for (String key : keys) {
            JsonNode value = typed.get(key);
            object.set(key, value != null ? value : unknown.get(key));
        }
        return object;
    }

    private void insertNewKeys(List<String> keys, Map<String, JsonNode> unknown) {
        Map<String, Integer> rank = new HashMap<>();
        for (String key : typed.keySet()) {
            rank.put(key, rank.size());
        }
        Set<String> present = new HashSet<>(keys);
        for (String key : typed.keySet()) {
            if (present.contains(key)) {
                continue;
            }
            int position = keys.size();
            for (int i = 0; i < keys.size(); i++) {
                Integer other = rank.get(keys.get(i));
                if (other != null && other > rank.get(key)) {
                    position = i;
                    break;
                }
            }
            keys.add(position, key);
        }
        for (String key : unknown.keySet()) {
            if (!present.contains(key)) {
                keys.add(key);
            }
        }
    }

    static JsonNodeFactory nodes() {
        return NODES;
    }
}

package dev.loveless.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loveless.model.Extras;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes the typed fields out of one JSON object. Each getter takes a field only when it has the
 * expected JSON type; a field that is absent gives {@code null}, and a field of the wrong type is
 * left behind, so that {@link #extras()} keeps it verbatim with the unknown fields and the key order.
 */
final class FieldReader {

    private final ObjectNode object;
    private final Map<String, JsonNode> left;

    FieldReader(ObjectNode object) {
        this.object = object;
        this.left = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            left.put(field.getKey(), field.getValue());
        }
    }

    /** @return a string field */
    String text(String name) {
        JsonNode value = left.get(name);
        if (value == null || !value.isTextual()) {
            return null;
        }
        left.remove(name);
        return value.textValue();
    }

    /** @return a boolean field */
    Boolean bool(String name) {
        JsonNode value = left.get(name);
        if (value == null || !value.isBoolean()) {
            return null;
        }
        left.remove(name);
        return value.booleanValue();
    }

    /** @return an integer field that fits an {@code int} */
    Integer integer(String name) {
        JsonNode value = left.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            return null;
        }
        left.remove(name);
        return value.intValue();
    }

    /** @return a number field as a decimal that keeps its written scale ({@code 2} vs {@code 2.0}) */
    BigDecimal decimal(String name) {
        JsonNode value = left.get(name);
        if (value == null || !value.isNumber()) {
            return null;
        }
        left.remove(name);
        return value.decimalValue();
    }

    /** @return any JSON value */
    JsonNode any(String name) {
        return left.remove(name);
    }

    /** @return a string or a JSON null */
    JsonNode textOrNull(String name) {
        JsonNode value = left.get(name);
        if (value == null || !(value.isTextual() || value.isNull())) {
            return null;
        }
        return left.remove(name);
    }

    /** @return an array of strings, or {@code null} when absent or when any element is not a string */
    List<String> texts(String name) {
        JsonNode value = left.get(name);
        if (value == null || !value.isArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                return null;
            }
            texts.add(element.textValue());
        }
        left.remove(name);
        return texts;
    }

    /** @return an object field read by {@code reader} */
    <T> T object(String name, Function<ObjectNode, T> reader) {
        JsonNode value = left.get(name);
        if (value == null || !value.isObject()) {
            return null;
        }
        left.remove(name);
        return reader.apply((ObjectNode) value);
    }

    /** @return an array of objects, each read by {@code reader}; {@code null} when any element is not an object */
    <T> List<T> objects(String name, Function<ObjectNode, T> reader) {
        JsonNode value = left.get(name);
        if (value == null || !value.isArray()) {
            return null;
        }
        for (JsonNode element : value) {
            if (!element.isObject()) {
                return null;
            }
        }
        left.remove(name);
        List<T> items = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            items.add(reader.apply((ObjectNode) element));
        }
        return items;
    }

    /** @return the key order and every field not taken */
    Extras extras() {
        List<String> order = new ArrayList<>(object.size());
        object.fieldNames().forEachRemaining(order::add);
        return new Extras(order, left);
    }
}

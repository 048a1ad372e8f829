package dev.loveless.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the typed model does not capture of one JSON object: the order its keys were read in, and
 * the fields it does not know or could not type (a known field holding a value of the wrong JSON
 * type is kept here too, so that the validator can report it and a save writes it back).
 *
 * <p>Invariants: both collections are unmodifiable; {@code unknown} keeps its insertion order.
 * An empty {@code order} means "canonical order".
 */
public record Extras(List<String> order, Map<String, JsonNode> unknown) {

    /** No unknown fields, canonical order. */
    public static final Extras NONE = new Extras(List.of(), Map.of());

    public Extras {
        order = List.copyOf(Objects.requireNonNull(order, "order"));
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(unknown, "unknown")));
    }

    /** @return whether there is an unknown (or ill-typed) field of this name */
    public boolean has(String field) {
        return unknown.containsKey(field);
    }

    /** @return the raw value of an unknown (or ill-typed) field, or {@code null} */
    public JsonNode get(String field) {
        return unknown.get(field);
    }

    /** @return these extras with one more unknown field, appended after the others */
    public Extras with(String field, JsonNode value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(unknown);
        copy.put(field, value);
        List<String> newOrder = order;
        if (!order.isEmpty() && !order.contains(field)) {
            newOrder = new ArrayList<>(order);
            newOrder.add(field);
        }
        return new Extras(newOrder, copy);
    }

    /** @return these extras without the named unknown field */
    public Extras without(String field) {
        if (!unknown.containsKey(field)) {
            return this;
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>(unknown);
        copy.remove(field);
        return new Extras(order, copy);
    }
}

package dev.loveless.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The states of one scope (the machine, a Parallel branch or a Map processor), by name, in the
 * order they were written. Immutable.
 */
public record States(Map<String, State> byName) {

    public static final States EMPTY = new States(Map.of());

    public States {
        Objects.requireNonNull(byName, "byName");
        byName.forEach((name, state) -> {
            Objects.requireNonNull(name, "state name");
            Objects.requireNonNull(state, "state " + name);
        });
        byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public State get(String name) {
        return byName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public List<String> nameList() {
        return List.copyOf(byName.keySet());
    }

    public int size() {
        return byName.size();
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** @return these states with {@code name} set to {@code state}, replacing in place or appending */
    public States with(String name, State state) {
        Map<String, State> copy = new LinkedHashMap<>(byName);
        copy.put(name, state);
        return new States(copy);
    }

    /** @return these states without {@code name} */
    public States without(String name) {
        Map<String, State> copy = new LinkedHashMap<>(byName);
        copy.remove(name);
        return new States(copy);
    }
}

package dev.loveless.model.layout;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The result of an automatic layout: the bounds of every state laid out (a container's bounds
 * hold its header and its lanes) in absolute diagram coordinates, and the bounds of it all.
 */
public record Layout(Map<StatePath, Bounds> states, Bounds total) {

    public Layout {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(states, "states")));
        Objects.requireNonNull(total, "total");
    }

    /** @return a diagram placing the states where this layout put them */
    public Diagram toDiagram(Set<StatePath> collapsed) {
        return new Diagram(states, collapsed);
    }
}

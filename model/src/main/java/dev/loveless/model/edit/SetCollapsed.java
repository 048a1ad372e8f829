package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.StateTree;

import java.util.Objects;

/** Collapses a Parallel or Map container to a single box, or expands it again. */
public record SetCollapsed(StatePath path, boolean collapsed) implements Edit {

    public SetCollapsed {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String description() {
        return (collapsed ? "Collapse" : "Expand") + " \"" + path.name() + "\"";
    }

    @Override
    public Document apply(Document document) {
        var state = Scopes.requireState(document.machine(), path);
        if (StateTree.scopesOf(state).isEmpty()) {
            throw new EditException("\"" + path.name() + "\" holds no states to " + (collapsed ? "collapse" : "expand"));
        }
        return document.withDiagram(document.diagram().withCollapsed(path, collapsed));
    }
}

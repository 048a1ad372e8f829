package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;
import dev.loveless.model.graph.ScopeId;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Deletes states (with everything nested in them) and clears every transition that named them
 * ({@link Transitions}), including a scope's {@code StartAt}. Their diagram entries go too.
 */
public record DeleteStates(Set<StatePath> paths) implements Edit {

    public DeleteStates {
        paths = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(paths, "paths")));
        if (paths.isEmpty()) {
            throw new EditException("nothing to delete");
        }
    }

    @Override
    public String description() {
        return paths.size() == 1 ? "Delete \"" + paths.iterator().next().name() + "\""
                : "Delete " + paths.size() + " states";
    }

    @Override
    public Document apply(Document document) {
        var machine = document.machine();
        Diagram diagram = document.diagram();
        for (StatePath path : roots(paths)) {
            if (dev.loveless.model.StateTree.resolve(machine, path) == null) {
                continue; // already gone with an enclosing state
            }
            String name = path.name();
            machine = Scopes.update(machine, ScopeId.of(path), scope -> Scopes.withoutStates(scope, Set.of(name), gone -> null));
            diagram = diagram.without(path);
        }
        return document.with(machine, diagram);
    }

    /** @return the paths not nested inside another one of the set */
    static Set<StatePath> roots(Set<StatePath> paths) {
        Set<StatePath> roots = new LinkedHashSet<>();
        for (StatePath path : paths) {
            boolean nested = paths.stream().anyMatch(other -> !other.equals(path) && Diagram.isWithin(path, other));
            if (!nested) {
                roots.add(path);
            }
        }
        return roots;
    }
}

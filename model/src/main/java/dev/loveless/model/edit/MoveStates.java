package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Diagram;

import java.util.Objects;
import java.util.Set;

/**
 * Moves states on the diagram (with everything nested in them) by a distance. The steps of one
 * drag merge into a single undo step.
 */
public record MoveStates(Set<StatePath> paths, double dx, double dy) implements Edit {

    public MoveStates {
        paths = Set.copyOf(Objects.requireNonNull(paths, "paths"));
        if (paths.isEmpty()) {
            throw new EditException("nothing to move");
        }
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new EditException("a move needs a finite distance");
        }
    }

    @Override
    public String description() {
        return paths.size() == 1 ? "Move \"" + paths.iterator().next().name() + "\"" : "Move " + paths.size() + " states";
    }

    @Override
    public Document apply(Document document) {
        Set<StatePath> roots = DeleteStates.roots(paths);
        for (StatePath path : roots) {
            Scopes.requireState(document.machine(), path);
            if (document.diagram().boundsOf(path) == null) {
                throw new EditException("\"" + path + "\" has no place on the diagram yet");
            }
        }
        Diagram moved = document.diagram().translated(roots, dx, dy);
        return document.withDiagram(moved);
    }

    @Override
    public Edit mergedAfter(Edit previous) {
        if (previous instanceof MoveStates earlier && earlier.paths().equals(paths)) {
            return new MoveStates(paths, earlier.dx() + dx, earlier.dy() + dy);
        }
        return null;
    }
}

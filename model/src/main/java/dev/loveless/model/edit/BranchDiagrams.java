package dev.loveless.model.edit;

import dev.loveless.model.StatePath;
import dev.loveless.model.diagram.Bounds;
import dev.loveless.model.diagram.Diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/** Keeps a diagram in step with a Parallel state whose branches were added, removed or reordered. */
final class BranchDiagrams {

    private BranchDiagrams() {
    }

    /**
     * @param renumber the new index of each old branch index, or -1 when that branch is gone
     * @return the diagram with every state inside {@code parallel} re-keyed by its branch's new index
     */
    static Diagram renumbered(Diagram diagram, StatePath parallel, IntUnaryOperator renumber) {
        Map<StatePath, Bounds> bounds = new LinkedHashMap<>();
        diagram.bounds().forEach((path, box) -> {
            StatePath moved = moved(path, parallel, renumber);
            if (moved != null) {
                bounds.put(moved, box);
            }
        });
        Set<StatePath> collapsed = new LinkedHashSet<>();
        for (StatePath path : diagram.collapsed()) {
            StatePath moved = moved(path, parallel, renumber);
            if (moved != null) {
                collapsed.add(moved);
            }
        }
        return new Diagram(bounds, collapsed);
    }

    private static StatePath moved(StatePath path, StatePath parallel, IntUnaryOperator renumber) {
        int depth = parallel.names().size();
        if (path.names().size() <= depth || !Diagram.isWithin(path, parallel)) {
            return path;
        }
        int index = renumber.applyAsInt(path.branches().get(depth - 1));
        if (index < 0) {
            return null;
        }
        List<Integer> branches = new ArrayList<>(path.branches());
        branches.set(depth - 1, index);
        return new StatePath(path.names(), branches);
    }
}

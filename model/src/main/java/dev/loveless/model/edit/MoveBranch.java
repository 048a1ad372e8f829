package dev.loveless.model.edit;

import dev.loveless.model.Branch;
import dev.loveless.model.ParallelState;
import dev.loveless.model.StatePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Moves a branch of a Parallel state to another place in its list (the order of the Parallel's
 * output array); the diagram entries of the states inside follow their branch.
 */
public record MoveBranch(StatePath parallel, int from, int to) implements Edit {

    public MoveBranch {
        Objects.requireNonNull(parallel, "parallel");
    }

    @Override
    public String description() {
        return "Move branch " + (from + 1) + " of \"" + parallel.name() + "\"";
    }

    @Override
    public Document apply(Document document) {
        ParallelState state = Branches.require(document, parallel);
        List<Branch> branches = new ArrayList<>(state.branchesOrEmpty());
        if (from < 0 || to < 0 || from >= branches.size() || to >= branches.size()) {
            throw new EditException("\"" + parallel.name() + "\" has no branch there");
        }
        if (from == to) {
            return document;
        }
        branches.add(to, branches.remove(from));
        var machine = Scopes.updateState(document.machine(), parallel, s -> state.withBranches(branches));
        var diagram = BranchDiagrams.renumbered(document.diagram(), parallel, old -> {
            if (old == from) {
                return to;
            }
            if (from < to && old > from && old <= to) {
                return old - 1;
            }
            if (to < from && old >= to && old < from) {
                return old + 1;
            }
            return old;
        });
        return document.with(machine, diagram);
    }
}

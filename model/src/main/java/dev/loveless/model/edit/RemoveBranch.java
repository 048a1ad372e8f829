package dev.loveless.model.edit;

import dev.loveless.model.Branch;
import dev.loveless.model.ParallelState;
import dev.loveless.model.StatePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Removes one branch of a Parallel state with every state in it; later branches move up one place. */
public record RemoveBranch(StatePath parallel, int index) implements Edit {

    public RemoveBranch {
        Objects.requireNonNull(parallel, "parallel");
        if (index < 0) {
            throw new EditException("there is no branch " + (index + 1));
        }
    }

    @Override
    public String description() {
        return "Remove branch " + (index + 1) + " of \"" + parallel.name() + "\"";
    }

    @Override
    public Document apply(Document document) {
        ParallelState state = Branches.require(document, parallel);
        List<Branch> branches = new ArrayList<>(state.branchesOrEmpty());
        if (index >= branches.size()) {
            throw new EditException("\"" + parallel.name() + "\" has no branch " + (index + 1));
        }
        branches.remove(index);
        var machine = Scopes.updateState(document.machine(), parallel, s -> state.withBranches(branches));
        var diagram = BranchDiagrams.renumbered(document.diagram(), parallel,
                old -> old == index ? -1 : old > index ? old - 1 : old);
        return document.with(machine, diagram);
    }
}
